import ClaimModel

/// Articles by id, and by the first `ClaimGraph.idPrefixLength` characters of their id (story
/// and claim ids carry that prefix): two open-addressing tables of 8-byte slots (32 bits of a
/// key read from the id, and the article), each article found checked against its own id by
/// the caller. Articles whose keys agree share a probe run, so any number of them is found.
///
/// A `Dictionary` keyed by the id `String`, and another by its prefix `Substring`, cost about
/// 19 bytes per mention at 10 mentions an article; posting chains under 64-bit keys about 10;
/// these about 4.
struct ArticleIDIndex: Sendable {
    /// A table slot: a folded key and an article, `article` -1 when empty.
    private struct Slot: Sendable {
        var key: UInt32
        var article: Int32

        static let empty = Slot(key: 0, article: -1)
    }

    /// Each a power of two long (or empty), at most three quarters full.
    private var byID: [Slot] = []
    private var byPrefix: [Slot] = []
    private var count = 0

    /// Files article `article` under `id`.
    mutating func add(_ article: Int32, id: ArticleID) {
        precondition(article >= 0, "articles are not negative")
        if 4 * (count + 1) > 3 * byID.count {
            let size = max(64, 2 * byID.count)
            Self.rebuild(&byID, size: size)
            Self.rebuild(&byPrefix, size: size)
        }
        Self.insert(Slot(key: Self.idKey(id), article: article), into: &byID)
        Self.insert(
            Slot(key: Self.prefixKey(id.rawValue.prefix(ClaimGraph.idPrefixLength)), article: article),
            into: &byPrefix)
        count += 1
    }

    /// The article whose id is `id` in `strings`, or nil.
    func article(id: ArticleID, in strings: ArticleStrings) -> Int32? {
        var found: Int32?
        Self.forEach(under: Self.idKey(id), in: byID) { article in
            if found == nil, strings.idEquals(Int(article), id) { found = article }
        }
        return found
    }

    /// Calls `body` with every article whose id starts with `prefix` (a whole
    /// `idPrefixLength`-character prefix), latest filed first.
    func forEachArticle(prefix: Substring, in strings: ArticleStrings, _ body: (Int32) -> Void) {
        guard prefix.count == ClaimGraph.idPrefixLength else { return }
        var found: [Int32] = []
        Self.forEach(under: Self.prefixKey(prefix), in: byPrefix) { article in
            if strings.idHasPrefix(Int(article), prefix) { found.append(article) }
        }
        // A probe run holds them in no particular order.
        for article in found.sorted(by: >) { body(article) }
    }

    private static func idKey(_ id: ArticleID) -> UInt32 { fold(ClaimGraph.hashPrefix(id.rawValue)) }

    private static func prefixKey(_ prefix: Substring) -> UInt32 { fold(StableHash.of(String(prefix))) }

    /// 32 bits of a 64-bit key, SplitMix64's finaliser first: the id's hex digits, read as a
    /// number, are not spread over every bit.
    private static func fold(_ key: UInt64) -> UInt32 {
        var z = key &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return UInt32(truncatingIfNeeded: z ^ (z >> 31))
    }

    private static func insert(_ entry: Slot, into table: inout [Slot]) {
        let mask = table.count - 1
        var slot = Int(entry.key) & mask
        table.withUnsafeMutableBufferPointer { table in
            while table[slot].article >= 0 { slot = (slot + 1) & mask }
            table[slot] = entry
        }
    }

    private static func forEach(under key: UInt32, in table: [Slot], _ body: (Int32) -> Void) {
        guard !table.isEmpty else { return }
        let mask = table.count - 1
        var slot = Int(key) & mask
        table.withUnsafeBufferPointer { table in
            while table[slot].article >= 0 {
                if table[slot].key == key { body(table[slot].article) }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func rebuild(_ table: inout [Slot], size: Int) {
        let old = table
        table = Array(repeating: .empty, count: size)
        for entry in old where entry.article >= 0 { insert(entry, into: &table) }
    }

    var memoryBytes: Int { HeapBytes.array(byID) + HeapBytes.array(byPrefix) }
}
