/// An ASCII word of up to 16 bytes packed into two integers: equal words pack equal, so a table
/// lookup is a few integer operations instead of a `Hasher` run over a `String`.
struct PackedWord: Equatable, Sendable {
    var low: UInt64
    var high: UInt64
    var count: Int

    /// The longest word that packs.
    static let capacity = 16

    /// The packed form of a word whose bytes the caller has already packed.
    @inline(__always) init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    /// Packs `bytes`, upper-case ASCII letters lowered when `lowering` (what
    /// `Tokenizer.lowercase` makes of ASCII text); nil when they are longer than `capacity` or
    /// not all ASCII.
    @inline(__always) init?(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool = false) {
        guard bytes.count <= PackedWord.capacity else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in 0..<bytes.count {
            var byte = bytes[i]
            if byte >= 0x80 { return nil }
            if lowering, byte >= 65, byte <= 90 { byte += 32 }
            if i < 8 {
                low |= UInt64(byte) << UInt64(8 * i)
            } else {
                high |= UInt64(byte) << UInt64(8 * (i - 8))
            }
        }
        self.low = low
        self.high = high
        self.count = bytes.count
    }

    /// Packs the UTF-8 of `text`; nil when it is longer than `capacity` or not all ASCII.
    init?(_ text: String) {
        var text = text
        guard let packed = text.withUTF8({ PackedWord($0) }) else { return nil }
        self = packed
    }

    /// Well-spread bits for open addressing.
    @inline(__always) var hashValue: Int {
        var z = low &* 0x9e37_79b9_7f4a_7c15 ^ high &* 0xbf58_476d_1ce4_e5b9 ^ UInt64(count)
        z = (z ^ (z >> 31)) &* 0x94d0_49bb_1331_11eb
        return Int(truncatingIfNeeded: z ^ (z >> 29))
    }
}

/// A read-only table from the ASCII keys of a dictionary (up to `PackedWord.capacity` bytes)
/// to their values, by open addressing over packed keys. Keys that do not pack are left out:
/// callers look those up in the dictionary itself.
struct PackedWordIndex<Value> {
    private var mask: Int
    /// Per slot: entry index + 1, 0 when empty.
    private var slots: [Int32]
    private var keys: [PackedWord] = []
    private var values: [Value] = []
    /// Each entry's key as a `String`: a caller that needs the word as text takes this one
    /// instead of making it again from the bytes.
    private var spellings: [String] = []

    init(_ table: [String: Value]) {
        var capacity = 16
        while capacity < table.count * 4 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int32](repeating: 0, count: capacity)
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
            guard let packed = PackedWord(key) else { continue }
            keys.append(packed)
            values.append(value)
            spellings.append(key)
            var slot = packed.hashValue & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(values.count)
        }
    }

    /// The value of `key`, nil when the table has none.
    @inline(__always) func value(_ key: PackedWord) -> Value? {
        entry(key).map { values[$0] }
    }

    /// The value of `key` and the key as the table's `String`, nil when the table has none.
    @inline(__always) func valueAndSpelling(_ key: PackedWord) -> (value: Value, spelling: String)? {
        entry(key).map { (values[$0], spellings[$0]) }
    }

    @inline(__always) private func entry(_ key: PackedWord) -> Int? {
        var slot = key.hashValue & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if keys[entry] == key { return entry }
            slot = (slot + 1) & mask
        }
    }
}

extension PackedWordIndex: Sendable where Value: Sendable {}
