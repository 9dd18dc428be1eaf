import Testing

@testable import ClaimGraph

/// A walk returns every item filed under the key, latest first, across blocks of every size,
/// and a snapshot reads back the same lists; chains a snapshot could not have come from are
/// refused.
@Suite struct BlockChainsTests {
    @Test(arguments: [1, 2, 3, 6, 7, 14, 15, 31, 40])
    func walkFindsItemsLatestFirst(count: Int) {
        var chains = BlockChains<Int32>()
        var filed: [Int32: [Int32]] = [:]
        for n in 0..<count {
            for key in Int32(1)...3 where n % Int(key) == 0 {
                let item = Int32(n) * 10 + key
                chains.append(item, under: key)
                filed[key, default: []].append(item)
            }
        }
        for key in Int32(1)...4 {
            var found: [Int32] = []
            chains.forEach(under: key) { found.append($0) }
            #expect(found == Array((filed[key] ?? []).reversed()))
        }
        #expect(chains.itemCount == filed.values.reduce(0) { $0 + $1.count })
    }

    func read(_ writer: SnapshotWriter) throws -> BlockChains<UInt64> {
        try writer.bytes.withUnsafeBytes { bytes in
            var reader = SnapshotReader(bytes)
            return try BlockChains<UInt64>(reading: &reader)
        }
    }

    @Test func snapshotReadsBackTheLists() throws {
        var chains = BlockChains<UInt64>()
        for n in Int32(0)..<50 { chains.append(n, under: UInt64(n % 4)) }
        var writer = SnapshotWriter()
        chains.write(to: &writer)
        let read = try read(writer)
        for key in UInt64(0)..<5 {
            var before: [Int32] = []
            var after: [Int32] = []
            chains.forEach(under: key) { before.append($0) }
            read.forEach(under: key) { after.append($0) }
            #expect(after == before)
        }
    }

    /// `PostingChains` and `BlockChains` write one layout: either reads the other's.
    @Test func readsPostingChainsSnapshots() throws {
        var posting = PostingChains<UInt64>()
        for n in Int32(0)..<30 { posting.append(n, under: UInt64(n % 3)) }
        var writer = SnapshotWriter()
        posting.write(to: &writer)
        let read = try read(writer)
        for key in UInt64(0)..<3 {
            var before: [Int32] = []
            var after: [Int32] = []
            posting.forEach(under: key) { before.append($0) }
            read.forEach(under: key) { after.append($0) }
            #expect(after == before)
        }
    }

    /// A link to a later node could make a cycle, and two keys sharing a chain could make a
    /// read quadratic: both are refused.
    @Test func refusesForwardLinksAndSharedChains() {
        func snapshot(heads: [(UInt64, Int32)], nodes: [Int32]) -> SnapshotWriter {
            var writer = SnapshotWriter()
            writer.write(UInt64(heads.count))
            for (key, head) in heads {
                key.write(to: &writer)
                writer.write(head)
            }
            writer.write(integers: nodes)
            return writer
        }
        for writer in [
            snapshot(heads: [(1, 1)], nodes: [7, 1, 8, 0]),
            snapshot(heads: [(1, 1), (2, 1)], nodes: [7, -1, 8, 0]),
        ] {
            #expect(throws: GraphSnapshotError.self) { try read(writer) }
        }
        let valid = snapshot(heads: [(1, 1), (2, 0)], nodes: [7, -1, 8, -1])
        #expect((try? read(valid)) != nil)
    }
}
