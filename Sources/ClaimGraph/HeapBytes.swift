/// What the graph's structures take from the heap, counted the way glibc's allocator hands it
/// out: for the memory accounting (`ClaimGraph.memoryBreakdown`), never for a decision.
enum HeapBytes {
    /// Moves `array` to a buffer of its count (see `ClaimGraph.releaseSlack`): the old buffer,
    /// up to twice as large after growing by doubling, is freed.
    static func releaseSlack<Element>(_ array: inout [Element]) {
        guard array.capacity > array.count + array.count / 64 else { return }
        array = [Element](unsafeUninitializedCapacity: array.count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: array)
        }
    }

    /// Makes room in `array` for `adding` more elements. A large array grows by a quarter, not
    /// by doubling: its unused capacity is then at most a fifth of it, not half. That slack is
    /// resident when the buffer reuses freed heap memory (the inserted articles' texts are
    /// freed between inserts), and `malloc_trim` cannot return it; the copies cost a few more
    /// memcpys per element over the array's life.
    @inline(__always)
    static func reserveRoom<Element>(_ array: inout [Element], adding: Int) {
        let needed = array.count + adding
        guard needed > array.capacity else { return }
        let grown = array.count < 16_384 ? 2 * array.count : array.count + array.count / 4
        array.reserveCapacity(max(needed, grown))
    }

    /// Header of a native array's or string's storage object.
    static let objectHeader = 32

    /// A malloc of `payload` bytes: the payload and an 8-byte chunk header, rounded up to 16,
    /// at least 32.
    static func allocation(_ payload: Int) -> Int {
        payload <= 0 ? 0 : max(32, (payload + 8 + 15) & ~15)
    }

    /// An array's buffer at its capacity (slack included; none for an empty array).
    static func array<Element>(_ array: [Element]) -> Int {
        array.capacity == 0 ? 0 : allocation(objectHeader + array.capacity * MemoryLayout<Element>.stride)
    }

    /// A string's own storage: none for one of at most 15 UTF-8 bytes (held inline).
    static func string(_ string: String) -> Int {
        let count = string.utf8.count
        return count <= 15 ? 0 : allocation(objectHeader + count + 1)
    }

    /// A dictionary's table: a power of two of buckets, at most three quarters used, each a key,
    /// a value and a bit of metadata.
    static func dictionary<Key, Value>(_ dictionary: [Key: Value]) -> Int {
        guard dictionary.capacity > 0 else { return 0 }
        let buckets = hashBuckets(capacity: dictionary.capacity)
        return allocation(
            64 + buckets / 8 + buckets * (MemoryLayout<Key>.stride + MemoryLayout<Value>.stride))
    }

    /// A set's table (see `dictionary`).
    static func set<Element>(_ set: Set<Element>) -> Int {
        guard set.capacity > 0 else { return 0 }
        let buckets = hashBuckets(capacity: set.capacity)
        return allocation(64 + buckets / 8 + buckets * MemoryLayout<Element>.stride)
    }

    private static func hashBuckets(capacity: Int) -> Int {
        var buckets = 1
        while buckets * 3 < capacity * 4 { buckets <<= 1 }
        return buckets
    }
}
