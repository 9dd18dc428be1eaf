import Testing

@testable import ClaimGraph

/// The open-addressing table answers as a dictionary would, through growth and for keys
/// whose hashes share their high bits.
@Suite struct ChainHeadsTests {
    /// Keys that all land in one probe run: equality alone tells them apart.
    struct CollidingKey: ChainKey {
        var value: Int32
        static var vacant: CollidingKey { CollidingKey(value: 0) }
        var chainHash: UInt64 { 7 }
    }

    @Test(arguments: [1, 12, 13, 100, 5_000])
    func headsMatchADictionary(count: Int) {
        var table = ChainHeads<ClaimGraph.PostingKey>()
        var reference: [ClaimGraph.PostingKey: Int32] = [:]
        for n in 0..<count {
            // Some keys come back, so heads move; the vacant key is a key like any other.
            let key = ClaimGraph.PostingKey(token: Int32(n % 97), day: Int32(n / 3))
            let previous = table.replaceHead(of: key, with: Int32(n))
            #expect(previous == reference[key] ?? -1)
            reference[key] = Int32(n)
        }
        #expect(table.count == reference.count)
        for (key, head) in reference { #expect(table.head(of: key) == head) }
        #expect(table.head(of: ClaimGraph.PostingKey(token: -1, day: 0)) == nil)
        var seen = 0
        table.forEachHead { key, head in
            #expect(reference[key] == head)
            seen += 1
        }
        #expect(seen == reference.count)
    }

    @Test func collidingKeysKeepTheirOwnHeads() {
        var table = ChainHeads<CollidingKey>()
        for n in 0..<40 { _ = table.replaceHead(of: CollidingKey(value: Int32(n)), with: Int32(n * 2)) }
        for n in 0..<40 { #expect(table.head(of: CollidingKey(value: Int32(n))) == Int32(n * 2)) }
        #expect(table.head(of: CollidingKey(value: 40)) == nil)
    }
}
