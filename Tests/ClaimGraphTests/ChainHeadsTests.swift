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

    /// A key without a head gets the one offered; a key with one keeps it and returns it.
    @Test(arguments: [1, 13, 2_000])
    func insertingIfAbsentKeepsTheFirstHead(count: Int) {
        var table = ChainHeads<Int32>()
        var reference: [Int32: Int32] = [:]
        for n in 0..<count {
            let key = Int32(n % 61) * 3
            let found = table.head(of: key, insertingIfAbsent: Int32(n))
            #expect(found == reference[key])
            if found == nil { reference[key] = Int32(n) }
        }
        #expect(table.count == reference.count)
        for (key, head) in reference { #expect(table.head(of: key) == head) }
    }

    /// Keys whose cells are probe offsets: runs of adjacent cells, negative ones included,
    /// share probe regions across subjects, units and spans.
    @Test func offsetKeysMatchADictionary() {
        var table = ChainHeads<DatedValueKey>()
        var reference: [DatedValueKey: Int32] = [:]
        var node: Int32 = 0
        for subject in Int32(0)..<40 {
            for unit in Int32(0)..<3 {
                for cell in [Int32(-1_030), -1_029, -1_028, 0, 1_001, 1_002, 1_003, 1_040] {
                    for span in Int32(2_460)..<2_463 where (subject + cell + span) % 3 != 0 {
                        let key = DatedValueKey(
                            bucket: ValueBucketKey(subject: subject, unit: unit, cell: cell), span: span)
                        #expect(table.replaceHead(of: key, with: node) == reference[key] ?? -1)
                        reference[key] = node
                        node += 1
                    }
                }
            }
        }
        #expect(table.count == reference.count)
        for (key, head) in reference { #expect(table.head(of: key) == head) }
        let absent = DatedValueKey(bucket: ValueBucketKey(subject: 3, unit: 1, cell: 1_004), span: 2_460)
        #expect(table.head(of: absent) == nil)
    }

    @Test func collidingKeysKeepTheirOwnHeads() {
        var table = ChainHeads<CollidingKey>()
        for n in 0..<40 { _ = table.replaceHead(of: CollidingKey(value: Int32(n)), with: Int32(n * 2)) }
        for n in 0..<40 { #expect(table.head(of: CollidingKey(value: Int32(n))) == Int32(n * 2)) }
        #expect(table.head(of: CollidingKey(value: 40)) == nil)
    }
}
