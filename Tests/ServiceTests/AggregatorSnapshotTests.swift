import AggregatorService
import ClaimModel
import Foundation
import Testing
import Wire

/// Restarts from `graph.snapshot`: the snapshot plus the articles stored after it give the
/// export a replay of the whole store gives; a damaged or stale snapshot is replaced by a full
/// replay, never refused.
@Suite("Aggregator restarts from a graph snapshot")
struct AggregatorSnapshotTests {
    static let later = [
        AggregatorFixtures.article(
            outlet: "Harbour Times", title: "Globex dividends at $3bn", day: 21,
            sentence: "Globex paid dividends of $3 billion in 2025, filings show.",
            subject: "Globex", measure: "dividends", amount: 3e9, simhash: 0x5555_6666_7777_1111),
        AggregatorFixtures.article(
            outlet: "Market Post", title: "Acme capex seen at $41bn", day: 5,
            sentence: "Acme capital expenditure will reach $41 billion in 2025, analysts said.",
            subject: "Acme", measure: "capital expenditure", amount: 41e9, simhash: 0x2222_9999_0000_4444),
    ]

    static func start(_ directory: String, snapshots: GraphSnapshotPolicy = GraphSnapshotPolicy())
        async throws -> RunningAggregator
    {
        try await RunningAggregator.start(directory: directory, graphSnapshots: snapshots)
    }

    static func ingest(_ aggregator: RunningAggregator, _ articles: [AnalyzedArticle]) async throws {
        let extractor = try await aggregator.extractor()
        let ack = try await extractor.ingest(articles)
        #expect(ack.articles.allSatisfy { $0.outcome == .accepted })
        await extractor.close()
    }

    static func export(_ aggregator: RunningAggregator) async throws -> GraphExport? {
        let client = try await aggregator.client()
        defer { Task { await client.close() } }
        guard case .export(let export) = try await client.query(.export) else {
            Issue.record("export query did not answer an export")
            return nil
        }
        return export
    }

    static func snapshotPath(_ directory: String) -> String { directory + "/graph.snapshot" }

    @Test("snapshot plus the tail stored after it is the full rebuild")
    func snapshotPlusTailIsTheFullRebuild() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }

        // First run: two batches, graceful stop writes the snapshot.
        let first = try await Self.start(directory)
        try await Self.ingest(first, [AggregatorFixtures.acmeWire, AggregatorFixtures.globex])
        try await Self.ingest(first, [AggregatorFixtures.acmeRival, AggregatorFixtures.acmeTimes])
        let before = try await Self.export(first)
        try await first.stop()
        #expect(FileManager.default.fileExists(atPath: Self.snapshotPath(directory)))

        // Restart: everything from the snapshot, nothing replayed.
        let second = try await Self.start(directory)
        #expect(second.service.rebuild.restoredArticles == 4)
        #expect(second.service.rebuild.articles == 4)
        #expect(try await Self.export(second) == before)
        try await second.stop()

        // A run without snapshots adds articles: the snapshot on disk is now behind the store.
        let third = try await Self.start(directory, snapshots: .disabled)
        #expect(third.service.rebuild.restoredArticles == 0)
        try await Self.ingest(third, Self.later)
        try await third.stop()

        let fourth = try await Self.start(directory)
        #expect(fourth.service.rebuild.restoredArticles == 4)
        #expect(fourth.service.rebuild.articles == 6)
        let restored = try #require(try await Self.export(fourth))
        // Resends of snapshotted and replayed articles are duplicates.
        let extractor = try await fourth.extractor()
        let resend = try await extractor.ingest([AggregatorFixtures.acmeWire, Self.later[0]])
        #expect(resend.articles.map(\.outcome) == [.duplicate, .duplicate])
        await extractor.close()
        try await fourth.stop()

        let scratch = try await Self.start(directory, snapshots: .disabled)
        #expect(scratch.service.rebuild.restoredArticles == 0)
        let rebuilt = try #require(try await Self.export(scratch))
        try await scratch.stop()
        #expect(restored == rebuilt)
        #expect(restored.articles.count == 6)
    }

    @Test("a damaged snapshot is logged and the whole store replayed")
    func damagedSnapshotFallsBack() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try await Self.start(directory)
        try await Self.ingest(first, AggregatorFixtures.all)
        let before = try await Self.export(first)
        try await first.stop()

        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.snapshotPath(directory))))
        bytes[bytes.count * 2 / 3] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: Self.snapshotPath(directory)))
        let second = try await Self.start(directory)
        #expect(second.service.rebuild.restoredArticles == 0)
        #expect(second.service.rebuild.articles == 4)
        #expect(try await Self.export(second) == before)
        try await second.stop()
        // The graceful stop wrote a good snapshot again.
        let third = try await Self.start(directory)
        #expect(third.service.rebuild.restoredArticles == 4)
        try await third.stop()

        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: Self.snapshotPath(directory)))
        let fourth = try await Self.start(directory)
        #expect(fourth.service.rebuild.restoredArticles == 0)
        #expect(fourth.service.rebuild.articles == 4)
        try await fourth.stop()
    }

    @Test("a snapshot of another store is not used")
    func snapshotOfAnotherStoreFallsBack() async throws {
        let first = AggregatorFixtures.temporaryDirectory()
        let other = AggregatorFixtures.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: other)
        }
        let a = try await Self.start(first)
        try await Self.ingest(a, AggregatorFixtures.all)
        try await a.stop()
        // The same articles in another arrival order: the same count up to the mark, another
        // article at it.
        let b = try await Self.start(other, snapshots: .disabled)
        try await Self.ingest(b, AggregatorFixtures.all.reversed())
        try await b.stop()
        try FileManager.default.copyItem(atPath: Self.snapshotPath(first), toPath: Self.snapshotPath(other))
        let c = try await Self.start(other)
        #expect(c.service.rebuild.restoredArticles == 0)
        #expect(c.service.rebuild.articles == 4)
        try await c.stop()

        // Fewer articles stored up to the mark than the snapshot holds.
        let fewer = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: fewer) }
        let d = try await Self.start(fewer, snapshots: .disabled)
        try await Self.ingest(d, [AggregatorFixtures.globex])
        try await d.stop()
        try FileManager.default.copyItem(atPath: Self.snapshotPath(first), toPath: Self.snapshotPath(fewer))
        let e = try await Self.start(fewer)
        #expect(e.service.rebuild.restoredArticles == 0)
        #expect(e.service.rebuild.articles == 1)
        try await e.stop()
    }

    @Test("background snapshots follow the policy's article count")
    func backgroundSnapshotByCount() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let aggregator = try await Self.start(
            directory, snapshots: GraphSnapshotPolicy(everyArticles: 3, interval: nil))
        try await Self.ingest(aggregator, AggregatorFixtures.all)
        // Checked once a second: wait up to 20 s for it.
        var written = false
        for _ in 0..<200 where !written {
            try await Task.sleep(for: .milliseconds(100))
            written = FileManager.default.fileExists(atPath: Self.snapshotPath(directory))
        }
        #expect(written)
        // Not stopped gracefully: the background snapshot is what a restart finds.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.snapshotPath(directory)))
        try await aggregator.stop()
        try bytes.write(to: URL(fileURLWithPath: Self.snapshotPath(directory)))
        let again = try await Self.start(directory)
        #expect(again.service.rebuild.restoredArticles == 4)
        try await again.stop()
    }
}
