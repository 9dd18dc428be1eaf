import AggregatorService
import ClaimModel
import Foundation
import Testing
import Wire

/// Whole-graph answers (stats, story list, conflicts, export) are kept per graph version and
/// shared by concurrent clients; these check they never hide an acknowledged article.
@Suite("Aggregator query cache")
struct QueryCacheTests {
    /// Article `index` of a run: its own company, outlet and day, so each is a story of its own.
    static func article(_ index: Int) -> AnalyzedArticle {
        let company = "Company\(index)"
        return AggregatorFixtures.article(
            outlet: "Outlet \(index % 5)", title: "\(company) to spend $\(index + 2)bn", day: 1 + index % 27,
            sentence: "\(company) will spend $\(index + 2) billion on plants in 2025, a filing showed.",
            subject: company, measure: "capital expenditure", amount: Double(index + 2) * 1e9,
            simhash: UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15)
    }

    @Test("a query after an Ack sees the article, and kept answers are replaced after ingest")
    func readYourWrites() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let aggregator = try await RunningAggregator.start(directory: directory)
        let extractor = try await aggregator.extractor()
        let client = try await aggregator.client()
        var acked: Set<ArticleID> = []
        for index in 0..<10 {
            let article = Self.article(index)
            let ack = try await extractor.ingest([article])
            try #require(ack.articles.map(\.outcome) == [.accepted])
            acked.insert(article.id)
            // Twice each: the second is answered from what the first kept, and must agree.
            for _ in 0..<2 {
                guard case .stats(let stats) = try await client.query(.stats) else {
                    Issue.record("stats query did not answer stats")
                    return
                }
                #expect(stats.articles == acked.count)
                guard case .stories(let stories) = try await client.query(.stories(limit: 0)) else {
                    Issue.record("stories query did not answer stories")
                    return
                }
                #expect(stories.reduce(0) { $0 + $1.articleCount } == acked.count)
                guard case .export(let export) = try await client.query(.export) else {
                    Issue.record("export query did not answer an export")
                    return
                }
                #expect(Set(export.articles.map(\.id)) == acked)
                guard case .conflicts(let conflicts) = try await client.query(.conflicts(story: nil)) else {
                    Issue.record("conflicts query did not answer conflicts")
                    return
                }
                // Every claim of the whole-graph conflict view is a claim of the same version.
                let claims = Set(export.claims.map(\.id))
                #expect(conflicts.claims.allSatisfy { claims.contains($0.id) })
            }
        }
        await extractor.close()
        await client.close()
        try await aggregator.stop()
    }

    @Test("concurrent queriers never miss an article acknowledged before they asked")
    func concurrentQueriesDuringIngest() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let aggregator = try await RunningAggregator.start(directory: directory)
        let extractor = try await aggregator.extractor()
        let ledger = AckLedger()
        let batches = 12
        let batchSize = 3
        let total = batches * batchSize
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for batch in 0..<batches {
                    let articles = (0..<batchSize).map { Self.article(batch * batchSize + $0) }
                    let ack = try await extractor.ingest(articles)
                    #expect(ack.articles.allSatisfy { $0.outcome == .accepted })
                    await ledger.acknowledge(articles.count)
                }
                await ledger.finish()
            }
            for querier in 0..<4 {
                group.addTask {
                    let client = try await aggregator.client()
                    var answered = 0
                    while true {
                        let finished = await ledger.isFinished
                        let before = await ledger.acknowledged
                        let query: Query = querier % 2 == 0 ? .stats : .stories(limit: 0)
                        let seen: Int
                        switch try await client.query(query) {
                        case .stats(let stats): seen = stats.articles
                        case .stories(let stories): seen = stories.reduce(0) { $0 + $1.articleCount }
                        default:
                            Issue.record("\(query) got an answer of another kind")
                            seen = -1
                        }
                        #expect(
                            seen >= before, "\(query): \(seen) articles, \(before) acknowledged before asking"
                        )
                        #expect(seen <= total)
                        answered += 1
                        if finished { break }
                    }
                    #expect(answered > 0)
                    await client.close()
                }
            }
            try await group.waitForAll()
        }
        let client = try await aggregator.client()
        guard case .stats(let stats) = try await client.query(.stats) else {
            Issue.record("stats query did not answer stats")
            return
        }
        #expect(stats.articles == total)
        await client.close()
        await extractor.close()
        try await aggregator.stop()
    }
}

/// How many articles the sender has had acknowledged, read by queriers before each query.
private actor AckLedger {
    private(set) var acknowledged = 0
    private(set) var isFinished = false

    func acknowledge(_ count: Int) { acknowledged += count }
    func finish() { isFinished = true }
}
