/// Counts of words: ASCII words of up to `PackedWord.capacity` bytes (nearly every word) by
/// their packed bytes in an open-addressing table, others as `String`s. Counting and looking up
/// a word costs no `Hasher` run over a `String`, which dominated the per-article vocabulary.
struct WordTally {
    private var mask = 15
    /// Per slot: entry index + 1, 0 when empty.
    private var slots = [Int32](repeating: 0, count: 16)
    private var keys: [PackedWord] = []
    private var counts: [Int] = []
    /// Words that do not pack. (No packed word equals one of them as a `String`: equality of an
    /// ASCII string is equality of its bytes.)
    private var others: [String: Int] = [:]

    init() {}

    /// An empty tally with room for `capacity` distinct words before it grows.
    init(capacity: Int) {
        var slotCount = 16
        while slotCount < capacity * 2 + 2 { slotCount *= 2 }
        mask = slotCount - 1
        slots = [Int32](repeating: 0, count: slotCount)
        keys.reserveCapacity(capacity)
        counts.reserveCapacity(capacity)
    }

    /// Adds `amount` to the count of `word`.
    mutating func add(_ word: String, _ amount: Int = 1) {
        guard let key = PackedWord(word) else {
            others[word, default: 0] += amount
            return
        }
        add(key, amount)
    }

    /// Adds `amount` to the count of the word whose UTF-8 is `bytes`, upper-case ASCII letters
    /// lowered when `lowering`. `word()` gives the same word as a `String` (lowered the same
    /// way); it is called only for a word that does not pack.
    mutating func add(
        utf8 bytes: UnsafeBufferPointer<UInt8>, lowering: Bool = false, _ amount: Int = 1,
        orElse word: () -> String
    ) {
        guard let key = PackedWord(bytes, lowering: lowering) else {
            others[word(), default: 0] += amount
            return
        }
        add(key, amount)
    }

    private mutating func add(_ key: PackedWord, _ amount: Int) {
        var slot = key.hashValue & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { break }
            if keys[entry] == key {
                counts[entry] += amount
                return
            }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        counts.append(amount)
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > mask { grow() }
    }

    /// How many times `word` was added (0 when never).
    func count(_ word: String) -> Int {
        guard let key = PackedWord(word) else { return others[word] ?? 0 }
        var slot = key.hashValue & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return 0 }
            if keys[entry] == key { return counts[entry] }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let capacity = (mask + 1) * 4
        mask = capacity - 1
        slots = [Int32](repeating: 0, count: capacity)
        for (index, key) in keys.enumerated() {
            var slot = key.hashValue & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}

/// A set of words on a `WordTally`.
struct WordSet: ExpressibleByArrayLiteral {
    private var tally = WordTally()

    init() {}

    /// An empty set with room for `capacity` words before it grows.
    init(capacity: Int) { tally = WordTally(capacity: capacity) }

    init(arrayLiteral words: String...) {
        for word in words { insert(word) }
    }

    mutating func insert(_ word: String) { tally.add(word) }

    /// Inserts the word whose UTF-8 is `bytes` (see `WordTally.add(utf8:lowering:_:orElse:)`).
    mutating func insert(
        utf8 bytes: UnsafeBufferPointer<UInt8>, lowering: Bool = false, orElse word: () -> String
    ) {
        tally.add(utf8: bytes, lowering: lowering, orElse: word)
    }

    func contains(_ word: String) -> Bool { tally.count(word) > 0 }
}
