import ClaimModel
import Foundation
import Testing

@testable import ClaimGraph

/// A graph read back from its snapshot is the graph: the same export, and the same export
/// after further inserts (so every index came back too); damaged snapshots are refused with
/// the reason.
@Suite struct GraphSnapshotTests {
    /// Stories, copies, denials, precise figures and templated wording, shuffled.
    static func articles(seed: UInt64) -> [AnalyzedArticle] {
        let all =
            OrderIndependenceTests.corpus() + LinkingIndexTests.corpus(count: 70, seed: seed)
            + LinkingIndexTests.figureCorpus(count: 60, seed: seed)
            + LinkingIndexTests.templatedCorpus(count: 60, seed: seed)
        var generator = SeededGenerator(state: seed)
        return all.shuffled(using: &generator)
    }

    static func graph(_ articles: some Sequence<AnalyzedArticle>) -> ClaimGraph {
        var graph = ClaimGraph()
        for article in articles { graph.insert(article) }
        return graph
    }

    @Test(arguments: [3, 17] as [UInt64])
    func roundTripKeepsTheExportAndFurtherInserts(seed: UInt64) throws {
        let articles = Self.articles(seed: seed)
        let split = articles.count * 2 / 3
        var original = Self.graph(articles[..<split])
        let bytes = original.snapshot(mark: 1234)
        let header = try bytes.withUnsafeBytes { raw in try ClaimGraph.snapshotHeader(raw) }
        #expect(header.mark == 1234)
        #expect(header.articleCount == original.articleCount)
        #expect(header.mentionCount == original.mentionCount)

        var restored = try ClaimGraph(snapshot: bytes)
        #expect(restored.articleCount == original.articleCount)
        #expect(try canonicalBytes(restored.export()) == canonicalBytes(original.export()))
        #expect(restored.stats() == original.stats())

        // The tail, inserted into both: the indexes must find the same candidates.
        for article in articles[split...] {
            #expect(restored.insert(article) == original.insert(article))
        }
        let whole = try canonicalBytes(Self.graph(articles).export())
        #expect(try canonicalBytes(original.export()) == whole)
        #expect(try canonicalBytes(restored.export()) == whole)
        // A resend of a snapshotted article is still a duplicate.
        #expect(restored.insert(articles[0]) == .duplicate)
        // The export must exercise the structures.
        let export = restored.export()
        #expect(export.stories.contains { $0.articles.count > 2 })
        #expect(export.articles.contains { $0.duplicateOf != nil })
        #expect(!export.conflicts.isEmpty)
    }

    @Test func emptyGraphRoundTrips() throws {
        let bytes = ClaimGraph().snapshot()
        var restored = try ClaimGraph(snapshot: bytes)
        #expect(restored.articleCount == 0)
        let articles = Self.articles(seed: 5)
        for article in articles { restored.insert(article) }
        #expect(try canonicalBytes(restored.export()) == canonicalBytes(Self.graph(articles).export()))
    }

    static let snapshot = graph(OrderIndependenceTests.corpus()).snapshot(mark: 7)

    func refusal(_ bytes: [UInt8], rules: GraphRules = GraphRules()) -> GraphSnapshotError? {
        do {
            _ = try ClaimGraph(snapshot: bytes, rules: rules)
            return nil
        } catch {
            return error
        }
    }

    @Test func truncatedSnapshotIsRefused() {
        let bytes = Self.snapshot
        let payload = bytes.count - GraphSnapshotHeader.size
        #expect(
            refusal(Array(bytes.dropLast(10)))
                == .truncated(offset: GraphSnapshotHeader.size, needed: payload, available: payload - 10))
        #expect(refusal(Array(bytes.prefix(20))) == .truncated(offset: 20, needed: 8, available: 0))
        #expect(refusal([]) == .truncated(offset: 0, needed: 8, available: 0))
    }

    @Test func trailingBytesAreRefused() {
        #expect(refusal(Self.snapshot + [1, 2, 3]) == .trailingBytes(offset: Self.snapshot.count, count: 3))
    }

    @Test func corruptedPayloadFailsTheChecksum() {
        var bytes = Self.snapshot
        bytes[bytes.count / 2] ^= 0x10
        guard case .checksumMismatch(let found, let expected) = refusal(bytes) else {
            Issue.record("a flipped bit was not caught: \(String(describing: refusal(bytes)))")
            return
        }
        #expect(found != expected)
    }

    @Test func otherFormatVersionIsRefused() {
        var bytes = Self.snapshot
        bytes[8] = 99
        bytes[9] = 0
        bytes[10] = 0
        bytes[11] = 0
        #expect(refusal(bytes) == .unsupportedVersion(found: 99, expected: ClaimGraph.snapshotFormatVersion))
        var other = Self.snapshot
        other[0] = UInt8(ascii: "X")
        guard case .notASnapshot = refusal(other) else {
            Issue.record("a wrong magic was not caught")
            return
        }
    }

    @Test func snapshotUnderOtherRulesIsRefused() {
        var rules = GraphRules()
        rules.storyThreshold = 0.3
        #expect(
            refusal(Self.snapshot, rules: rules)
                == .rulesDiffer(
                    found: ClaimGraph.fingerprint(of: GraphRules()),
                    expected: ClaimGraph.fingerprint(of: rules)))
        #expect(ClaimGraph.fingerprint(of: rules) != ClaimGraph.fingerprint(of: GraphRules()))
    }

    /// Bytes that pass the checksum but do not hold together are refused, not trusted.
    @Test func inconsistentPayloadWithValidChecksumIsRefused() {
        var bytes = Self.snapshot
        // The article count, the payload's first field: one article fewer.
        let at = GraphSnapshotHeader.size
        bytes[at] &-= 1
        let checksum = bytes.withUnsafeBytes { raw in
            SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: raw[GraphSnapshotHeader.size...]))
        }
        withUnsafeBytes(of: checksum.littleEndian) { raw in
            for (i, byte) in raw.enumerated() { bytes[GraphSnapshotHeader.size - 8 + i] = byte }
        }
        let error = refusal(bytes)
        #expect(error != nil)
        if case .checksumMismatch = error { Issue.record("the checksum was not recomputed") }
    }
}
