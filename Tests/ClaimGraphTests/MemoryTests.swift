import ClaimModel
import Foundation
import Testing

@testable import ClaimGraph

/// The memory work changes no answer: a graph whose slack was released answers and takes
/// further inserts as before, and a mention's packed flags read back as given.
@Suite struct MemoryTests {
    @Test(arguments: [5, 23] as [UInt64])
    func releasingSlackKeepsTheExportAndFurtherInserts(seed: UInt64) throws {
        let articles = GraphSnapshotTests.articles(seed: seed)
        let split = articles.count / 2
        var grown = GraphSnapshotTests.graph(articles[..<split])
        var released = grown
        released.releaseSlack()
        #expect(try canonicalBytes(released.export()) == canonicalBytes(grown.export()))
        // Every large array is at its size: less than the grown graph holds.
        #expect(released.approximateBytes < grown.approximateBytes)
        for article in articles[split...] {
            #expect(released.insert(article) == grown.insert(article))
        }
        #expect(try canonicalBytes(released.export()) == canonicalBytes(grown.export()))
        #expect(released.stats() == grown.stats())
        #expect(grown.export().stories.contains { $0.articles.count > 2 })
    }

    @Test func breakdownNamesEveryLargeStructure() {
        let graph = GraphSnapshotTests.graph(GraphSnapshotTests.articles(seed: 5))
        let parts = graph.memoryBreakdown
        #expect(parts.reduce(0) { $0 + $1.bytes } == graph.approximateBytes)
        for name in ["mentions", "values", "sketchIndex.table", "figureIndex", "valueIndex", "articleIDs"] {
            #expect(parts.contains { $0.structure == name && $0.bytes > 0 }, "\(name)")
        }
    }

    @Test(arguments: 0..<5)
    func mentionFlagsReadBackAsGiven(flag: Int) {
        let set = (0..<5).map { $0 == flag }
        let mention = MentionEntry(
            article: 1, subject: 2, measure: 3, group: 4, period: -1, span: nil, attribution: -1,
            valueStart: 7, valueCount: 2, upperCount: 1, bound: .exact, hedged: set[0], isMain: set[1],
            corrected: set[2], expected: set[3], unnamed: set[4], evidenceStart: 10, evidenceEnd: 20)
        #expect(
            [mention.hedged, mention.isMain, mention.corrected, mention.expected, mention.unnamed] == set)
        #expect(mention.valueCount == 2 && mention.upperCount == 1 && mention.evidenceEnd == 20)
        #expect(MemoryLayout<MentionEntry>.stride == 52)
    }

    /// An article's published day is given back from its ordinal, at the ends of the years a
    /// `Day` can hold too.
    @Test(arguments: ["0001-01-01", "1969-12-31", "2024-02-29", "9999-12-31"])
    func publishedDayComesBackFromItsOrdinal(iso: String) throws {
        let day = try #require(Day(iso: iso))
        var builder = ArticleBuilder(outlet: "Wire", title: "Acme", day: iso, entities: ["Acme"])
        builder.add("Acme", "revenue", [(1e9, "USD", 1e7)], period: "2024")
        var graph = ClaimGraph()
        graph.insert(builder.analyzed)
        #expect(graph.export().articles.map(\.published) == [day])
    }
}
