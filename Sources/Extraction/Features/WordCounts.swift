/// Counts of the distinct ASCII words of a `WordList`, by open addressing over the words'
/// bytes: no `String` and no `Hasher` run per word.
struct WordCounts {
    private let words: WordList
    private var mask: Int
    /// Per slot: index into `distinct` + 1, 0 when empty.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    /// Each distinct word by the index of its first occurrence in `words`, with its count, in
    /// order of first occurrence.
    private(set) var distinct: [(index: Int, count: Int)] = []

    init(_ words: WordList) {
        self.words = words
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int32](repeating: 0, count: capacity)
    }

    /// Adds every word of the list, word `i` weighing `heavyWeight` when `i < heavy` and 1
    /// otherwise; returns the words that are not all ASCII (counted by the caller). What `add`
    /// does word by word, in one pass over the list's buffers.
    mutating func addAll(heavy: Int, heavyWeight: Int) -> [Int] {
        var others: [Int] = []
        var slots = self.slots
        self.slots = []
        var hashes = self.hashes
        var distinct = self.distinct
        self.hashes = []
        self.distinct = []
        hashes.reserveCapacity(min(words.count, 1024))
        distinct.reserveCapacity(min(words.count, 1024))
        let mask = self.mask
        words.bytes.withUnsafeBufferPointer { bytes in
            words.ends.withUnsafeBufferPointer { ends in
                slots.withUnsafeMutableBufferPointer { slots in
                    var from = 0
                    for index in 0..<ends.count {
                        let to = ends[index]
                        defer { from = to }
                        let weight = index < heavy ? heavyWeight : 1
                        var hasher = StableHash()
                        var ascii = true
                        for k in from..<to {
                            let byte = bytes[k]
                            if byte >= 0x80 {
                                ascii = false
                                break
                            }
                            hasher.combine(byte: byte)
                        }
                        guard ascii else {
                            others.append(index)
                            continue
                        }
                        Self.tally(
                            index, weight: weight, hash: hasher.finalized, bytes: bytes, ends: ends,
                            mask: mask,
                            slots: slots, hashes: &hashes, distinct: &distinct)
                    }
                }
            }
        }
        self.slots = slots
        self.hashes = hashes
        self.distinct = distinct
        return others
    }

    /// Adds `weight` to the count of word `index`; false (and nothing counted) when the word
    /// is not all ASCII.
    mutating func add(_ index: Int, _ weight: Int) -> Bool {
        let from = words.start(index)
        let to = words.ends[index]
        let mask = self.mask
        return words.bytes.withUnsafeBufferPointer { bytes in
            // One pass: the ASCII test and the hash.
            var hasher = StableHash()
            for k in from..<to {
                let byte = bytes[k]
                if byte >= 0x80 { return false }
                hasher.combine(byte: byte)
            }
            words.ends.withUnsafeBufferPointer { ends in
                slots.withUnsafeMutableBufferPointer { slots in
                    Self.tally(
                        index, weight: weight, hash: hasher.finalized, bytes: bytes, ends: ends, mask: mask,
                        slots: slots, hashes: &hashes, distinct: &distinct)
                }
            }
            return true
        }
    }

    /// Counts word `index` (of hash `hash`) `weight` more times: a new entry in the first empty
    /// slot of its probe sequence, or the entry of the same bytes met on the way.
    @inline(__always) private static func tally(
        _ index: Int, weight: Int, hash: UInt64, bytes: UnsafeBufferPointer<UInt8>,
        ends: UnsafeBufferPointer<Int>,
        mask: Int, slots: UnsafeMutableBufferPointer<Int32>, hashes: inout [UInt64],
        distinct: inout [(index: Int, count: Int)]
    ) {
        let from = index == 0 ? 0 : ends[index - 1]
        let to = ends[index]
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 {
                distinct.append((index, weight))
                hashes.append(hash)
                slots[slot] = Int32(distinct.count)
                return
            }
            if hashes[entry] == hash {
                let other = distinct[entry].index
                let otherFrom = other == 0 ? 0 : ends[other - 1]
                if ends[other] - otherFrom == to - from, equal(bytes, from, otherFrom, count: to - from) {
                    distinct[entry].count += weight
                    return
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The `count` bytes at `a` equal those at `b`.
    @inline(__always) private static func equal(
        _ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, count: Int
    ) -> Bool {
        for k in 0..<count where bytes[a + k] != bytes[b + k] { return false }
        return true
    }
}
