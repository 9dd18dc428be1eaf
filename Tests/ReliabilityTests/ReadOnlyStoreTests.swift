import AggregatorService
import ClaimModel
import Foundation
import TestSupport
import Testing
import Wire

/// The data directory on a filesystem that refuses writes. We run as root, for whom `chmod`
/// does not block writes, so the honest mechanism is a real filesystem: a small tmpfs mounted
/// for the test, remounted read-only, or filled until the store hits SQLITE_FULL. Skipped
/// (with a message) where mounting is not permitted.
@Suite("Read-only and full data directory", .serialized)
struct ReadOnlyStoreTests {
    static func articles(_ range: Range<Int>, textBytes: Int = 200) -> [AnalyzedArticle] {
        range.map { index in
            let text = "Article \(index) " + String(repeating: "filler words ", count: textBytes / 13)
            return AnalyzedArticle(
                id: ArticleID(String(format: "ro%06d", index)),
                article: Article(
                    ref: "ro#\(index)", outlet: "Outlet \(index % 3)", title: "T\(index)", text: text),
                mentions: [], denials: [],
                features: ArticleFeatures(textHash: String(format: "%08x", index), simhash: UInt64(index)))
        }
    }

    @Test("a read-only data directory: ingest refused as unavailable, queries served")
    func readOnly() async throws {
        guard let mount = TemporaryMount.make(size: "16m", prefix: "reliability") else { return }
        defer { mount.remove() }
        let data = mount.path + "/data"
        let first = try await InProcessAggregator.start(directory: data)
        let extractor = try await first.extractor()
        let ack = try await extractor.ingest(Self.articles(0..<5))
        #expect(ack.articles.allSatisfy { $0.outcome == .accepted })
        await extractor.close()
        try await first.stop(removingData: false)

        try #require(mount.remount(readOnly: true), "remount read-only failed")
        let second = try await InProcessAggregator.start(directory: data)
        #expect(second.service.store.isReadOnly)
        let refused = try await second.extractor()
        do {
            _ = try await refused.ingest(Self.articles(5..<7))
            Issue.record("a read-only store acknowledged an ingest")
        } catch WireClientError.remote(let error) {
            #expect(error.code == .unavailable)
            #expect(!error.closesConnection)
            #expect(
                error.message.contains("read-only") || error.message.contains("readOnly"), "\(error.message)")
        }
        let client = try await second.client()
        guard case .stats(let stats) = try await client.query(.stats) else {
            Issue.record("no stats from a read-only aggregator")
            return
        }
        #expect(stats.articles == 5)
        await refused.close()
        await client.close()
        try await second.stop(removingData: false)
        _ = mount.remount(readOnly: false)
    }

    @Test("a full disk: every acknowledged article survives a restart, the rest is refused")
    func diskFull() async throws {
        guard let mount = TemporaryMount.make(size: "3m", prefix: "reliability") else { return }
        defer { mount.remove() }
        let data = mount.path + "/data"
        let aggregator = try await InProcessAggregator.start(directory: data)
        let extractor = try await aggregator.extractor()
        var acknowledged: Set<ArticleID> = []
        var refusal: ErrorMessage?
        for batch in 0..<200 where refusal == nil {
            do {
                let ack = try await extractor.ingest(
                    Self.articles(batch * 20..<(batch + 1) * 20, textBytes: 4_000))
                for article in ack.articles where article.outcome == .accepted {
                    if let id = article.id { acknowledged.insert(id) }
                }
            } catch WireClientError.remote(let error) {
                refusal = error
            }
        }
        let error = try #require(refusal, "3 MiB never filled up")
        #expect(error.code == .unavailable)
        #expect(!acknowledged.isEmpty)
        // Queries still answer while the disk is full.
        let client = try await aggregator.client()
        _ = try await client.ping()
        guard case .stats = try await client.query(.stats) else {
            Issue.record("no stats while the disk is full")
            return
        }
        await client.close()
        await extractor.close()
        try? await aggregator.stop(removingData: false)

        // Everything acknowledged is there after a restart; nothing unacknowledged is counted.
        let restarted = try await InProcessAggregator.start(directory: data)
        let reader = try await restarted.client()
        guard case .export(let export) = try await reader.query(.export) else {
            Issue.record("no export after the restart")
            return
        }
        let stored = Set(export.articles.map(\.id))
        #expect(
            acknowledged.isSubset(of: stored), "lost \(acknowledged.subtracting(stored).count) acked articles"
        )
        print(
            "disk full: \(acknowledged.count) acknowledged, \(stored.count) stored, refusal: \(error.message)"
        )
        await reader.close()
        try? await restarted.stop(removingData: false)
    }
}
