import CacheHints

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Strings stored once and referred to by a 32-bit index: subjects, measures, outlets and
/// terms repeat across millions of mentions.
///
/// Looked up by an open-addressing table of ids keyed by a hash of the UTF-8 bytes read eight
/// at a time (`hash(_:)`), each id's hash kept beside it: a `Dictionary<String, Int32>` hashed
/// every subject, measure and name of every mention with SipHash, most of what interning cost.
/// Ids are positions in `strings`, given in the order strings are first interned; the hash
/// only decides where an id sits in the table, so it need not be stable across processes.
struct Interner: Sendable {
    private(set) var strings: [String] = []
    /// Per id, its string's hash: compared before the bytes, and read instead of the string
    /// when the table grows.
    private var hashes: [UInt64] = []
    /// Per slot, an id plus one, or 0 for an empty slot. A power of two long, at most half full.
    private var slots: [Int32] = []
    /// Every string's UTF-8 bytes, one after another; id `i`'s end at `ends[i]`. A probe
    /// compares bytes here: reading the `String` retained and released it.
    private var bytes: [UInt8] = []
    private var ends: [Int32] = []

    mutating func intern(_ string: String) -> Int32 {
        if let id = string.utf8.withContiguousStorageIfAvailable({ internBytes($0, string) }) { return id }
        var contiguous = string
        contiguous.makeContiguousUTF8()
        return contiguous.utf8.withContiguousStorageIfAvailable { internBytes($0, contiguous) } ?? -1
    }

    /// `intern(string)` given `hash(of: string)`, worked out beforehand (`PreparedArticle`, on
    /// another thread): the probe does not hash again.
    mutating func intern(_ string: String, hash: UInt64) -> Int32 {
        if let id = string.utf8.withContiguousStorageIfAvailable({ internBytes($0, hash: hash) }) {
            return id
        }
        return intern(string)
    }

    /// The id of the string whose UTF-8 bytes are `bytes`, interning it if new: a string is
    /// only built for a new one.
    mutating func intern(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        internBytes(bytes, nil)
    }

    private mutating func internBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ string: String?) -> Int32 {
        internBytes(bytes, hash: Self.hash(bytes))
    }

    private mutating func internBytes(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let (slot, found) = find(bytes, hash: hash)
        if let found { return found }
        let id = Int32(strings.count)
        // Its own storage, not the caller's: a string sharing an inserted article's buffer would
        // keep that buffer's heap page resident after the rest of the article is freed.
        strings.append(String(decoding: bytes, as: UTF8.self))
        hashes.append(hash)
        self.bytes.append(contentsOf: bytes)
        ends.append(Int32(self.bytes.count))
        if 2 * strings.count > slots.count {
            rebuildSlots(capacity: max(16, 4 * strings.count))
        } else {
            slots[slot] = id + 1
        }
        return id
    }

    func lookup(_ string: String) -> Int32? {
        var string = string
        return string.withUTF8 { bytes in find(bytes, hash: Self.hash(bytes)).id }
    }

    subscript(id: Int32) -> String { strings[Int(id)] }

    /// The slot holding the string of `bytes`, with its id; or the empty slot where it would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, id: Int32?) {
        guard !slots.isEmpty else { return (0, nil) }
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                ends.withUnsafeBufferPointer { ends in
                    self.bytes.withUnsafeBufferPointer { stored in
                        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
                        while true {
                            let entry = slots[slot]
                            if entry == 0 { return (slot, nil) }
                            let id = Int(entry - 1)
                            if hashes[id] == hash {
                                let start = id == 0 ? 0 : Int(ends[id - 1])
                                if Int(ends[id]) - start == bytes.count, Self.same(stored, at: start, bytes) {
                                    return (slot, Int32(id))
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// Starts loading what probes for strings of hashes `probes` (`hash(of:)`) read: the slot
    /// each starts at, then the hash and end of the id there, then its first bytes, each step
    /// for every hash before the next (`cache_hint_read`). A caller about to intern an
    /// article's strings calls this first: in a table of millions of strings each step misses
    /// the cache, and a probe's steps depend on one another, so probes made one after another
    /// waited for memory three or four times each. Changes nothing.
    func prefetch(_ probes: ArraySlice<UInt64>) {
        guard !slots.isEmpty, !probes.isEmpty else { return }
        let mask = slots.count - 1
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                ends.withUnsafeBufferPointer { ends in
                    bytes.withUnsafeBufferPointer { bytes in
                        guard let slot = slots.baseAddress, let hash = hashes.baseAddress,
                            let end = ends.baseAddress, let byte = bytes.baseAddress
                        else { return }
                        for probe in probes { cache_hint_read(slot + Self.home(probe, mask: mask)) }
                        for probe in probes {
                            let id = Int(slot[Self.home(probe, mask: mask)]) - 1
                            guard id >= 0 else { continue }
                            cache_hint_read(hash + id)
                            cache_hint_read(end + id)
                        }
                        for probe in probes {
                            let id = Int(slot[Self.home(probe, mask: mask)]) - 1
                            guard id >= 1 else { continue }
                            let start = Int(end[id - 1])
                            if start < bytes.count { cache_hint_read(byte + start) }
                        }
                    }
                }
            }
        }
    }

    /// The slot a probe for a string of hash `hash` starts at.
    private static func home(_ hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 32) & mask }

    /// Whether `stored` holds `bytes` from `start` (enough bytes are there).
    private static func same(
        _ stored: UnsafeBufferPointer<UInt8>, at start: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard let storedBase = stored.baseAddress, let base = bytes.baseAddress else { return bytes.isEmpty }
        return memcmp(storedBase + start, base, bytes.count) == 0
    }

    private mutating func rebuildSlots(capacity: Int) {
        var size = 16
        while size < capacity { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id) + 1
        }
        self.slots = slots
    }

    /// `hash` of a string's UTF-8 bytes: what `intern(_:hash:)` takes. Reads nothing of an
    /// interner, so any thread may work it out.
    static func hash(of string: String) -> UInt64 {
        if let hash = string.utf8.withContiguousStorageIfAvailable({ hash($0) }) { return hash }
        var contiguous = string
        contiguous.makeContiguousUTF8()
        return contiguous.utf8.withContiguousStorageIfAvailable { hash($0) } ?? 0
    }

    /// A 64-bit hash of bytes, eight at a time (multiply and fold), finished with SplitMix64's
    /// finaliser.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = UInt64(truncatingIfNeeded: bytes.count) &* 0x9e37_79b9_7f4a_7c15
        guard let base = bytes.baseAddress else { return finalize(state) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            state = (state ^ word) &* 0xff51_afd7_ed55_8ccd
            state ^= state >> 32
            offset += 8
        }
        if offset < bytes.count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count {
                word |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
            state = (state ^ word) &* 0xff51_afd7_ed55_8ccd
        }
        return finalize(state)
    }

    private static func finalize(_ state: UInt64) -> UInt64 {
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    var memoryBytes: Int {
        strings.reduce(HeapBytes.array(strings)) { $0 + HeapBytes.string($1) } + HeapBytes.array(hashes)
            + HeapBytes.array(slots) + HeapBytes.array(bytes) + HeapBytes.array(ends)
    }
}

extension Interner: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { strings.write(to: &writer) }

    /// The table is rebuilt from the strings: each string's id is its position.
    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        for string in try [String](reading: &reader) {
            let expected = Int32(self.strings.count)
            guard intern(string) == expected else { throw reader.invalid("interner with repeated strings") }
        }
    }
}
