import AggregatorService
import ClaimModel
import Foundation
import Testing
import Wire

@Suite("Aggregator service over real sockets")
struct AggregatorServiceTests {
    @Test("ingest is acknowledged per article, resends are duplicates, queries see the graph")
    func ingestAndQuery() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let aggregator = try await RunningAggregator.start(directory: directory)
        let extractor = try await aggregator.extractor()
        let client = try await aggregator.client()

        var broken = AggregatorFixtures.globex
        broken.id = ArticleID("broken-span")
        broken.mentions[0].evidence = TextSpan(start: 0, end: 1_000_000)
        let ack = try await extractor.ingest(AggregatorFixtures.all + [broken])
        #expect(ack.articles.count == 5)
        #expect(ack.articles.prefix(4).allSatisfy { $0.outcome == .accepted && $0.mentionCount == 1 })
        #expect(ack.articles.map(\.ref) == (AggregatorFixtures.all + [broken]).map(\.article.ref))
        guard case .rejected(let reason) = ack.articles[4].outcome else {
            Issue.record("expected a rejection, got \(ack.articles[4].outcome)")
            return
        }
        #expect(reason.contains("outside text"))

        let resend = try await extractor.ingest([AggregatorFixtures.acmeTimes, AggregatorFixtures.globex])
        #expect(resend.articles.map(\.outcome) == [.duplicate, .duplicate])

        guard case .stats(let stats) = try await client.query(.stats) else {
            Issue.record("stats query did not answer stats")
            return
        }
        #expect(stats.articles == 4)
        #expect(stats.mentions == 4)

        guard case .export(let export) = try await client.query(.export) else {
            Issue.record("export query did not answer an export")
            return
        }
        #expect(Set(export.articles.map(\.id)) == Set(AggregatorFixtures.all.map(\.id)))
        #expect(!export.claims.isEmpty)

        // A claim's evidence comes back as the sentence cut from the stored text.
        let claim = try #require(export.claims.first { $0.sources.contains(AggregatorFixtures.globex.id) })
        guard case .claim(let evidence) = try await client.query(.claim(id: claim.id)) else {
            Issue.record("claim query did not answer evidence")
            return
        }
        #expect(
            evidence.sentences.map(\.sentence) == [
                AggregatorFixtures.globex.article.text.prefix(
                    AggregatorFixtures.globex.mentions[0].evidence.end
                ).description
            ])
        #expect(evidence.sentences.first?.outlet == "Daily Ledger")

        guard case .notFound = try await client.query(.claim(id: "no-such-claim")) else {
            Issue.record("an unknown claim was found")
            return
        }
        guard case .stories(let stories) = try await client.query(.stories(limit: 0)) else {
            Issue.record("stories query did not answer stories")
            return
        }
        #expect(!stories.isEmpty)
        let storyID = try #require(stories.first?.id)
        guard case .story(let page) = try await client.query(.story(id: storyID)) else {
            Issue.record("story query did not answer a page")
            return
        }
        #expect(page.stories.contains { $0.id == storyID })

        await extractor.close()
        await client.close()
        try await aggregator.stop()
    }

    @Test("a restart rebuilds the same export from the store")
    func restartRebuildsSameExport() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try await RunningAggregator.start(directory: directory)
        let extractor = try await first.extractor()
        _ = try await extractor.ingest([AggregatorFixtures.acmeWire, AggregatorFixtures.globex])
        _ = try await extractor.ingest([AggregatorFixtures.acmeRival, AggregatorFixtures.acmeTimes])
        let client = try await first.client()
        guard case .export(let before) = try await client.query(.export) else {
            Issue.record("no export")
            return
        }
        await client.close()
        await extractor.close()
        try await first.stop()

        let second = try await RunningAggregator.start(directory: directory)
        #expect(second.service.rebuild.articles == 4)
        #expect(second.service.rebuild.mentions == 4)
        let again = try await second.client()
        guard case .export(let after) = try await again.query(.export) else {
            Issue.record("no export after restart")
            return
        }
        #expect(after == before)
        let resend = try await second.extractor()
        let ack = try await resend.ingest(AggregatorFixtures.all)
        #expect(ack.articles.allSatisfy { $0.outcome == .duplicate })
        await resend.close()
        await again.close()
        try await second.stop()
    }

    @Test("each listener admits only its role, and checks the token when one is set")
    func rolesAndTokens() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let aggregator = try await RunningAggregator.start(
            directory: directory, ingestToken: "ingest-secret", readerToken: "reader-secret")
        let addresses = aggregator.addresses

        await expectRefusal(.roleNotAllowed) {
            try await WireClient.connect(
                host: addresses.ingestHost, port: addresses.ingestPort, role: .client, token: "ingest-secret")
        }
        await expectRefusal(.roleNotAllowed) {
            try await WireClient.connect(
                host: addresses.queryHost, port: addresses.queryPort, role: .extractor, token: "reader-secret"
            )
        }
        await expectRefusal(.unauthorized) { try await aggregator.extractor(token: "wrong") }
        await expectRefusal(.unauthorized) { try await aggregator.extractor() }
        await expectRefusal(.unauthorized) { try await aggregator.client(token: "ingest-secret") }

        let extractor = try await aggregator.extractor(token: "ingest-secret")
        #expect(try await extractor.ingest([AggregatorFixtures.globex]).articles.first?.outcome == .accepted)
        let client = try await aggregator.client(token: "reader-secret")
        guard case .stats(let stats) = try await client.query(.stats) else {
            Issue.record("no stats")
            return
        }
        #expect(stats.articles == 1)
        await extractor.close()
        await client.close()
        try await aggregator.stop()
    }

    @Test("concurrent extractors all get their articles committed and acknowledged")
    func concurrentIngest() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let aggregator = try await RunningAggregator.start(directory: directory)
        var batches: [[AnalyzedArticle]] = []
        for batch in 0..<24 {
            var articles: [AnalyzedArticle] = []
            for index in 0..<10 {
                let seed = UInt64(batch * 1_000 + index) &* 0x9E37_79B9_7F4A_7C15
                let sentence = "Company \(batch) will spend $\(index + 1) billion on plants in 2025."
                articles.append(
                    AggregatorFixtures.article(
                        outlet: "Outlet \(index % 4)", title: "Item \(batch)-\(index)", day: 1 + index,
                        sentence: sentence, subject: "Company \(batch)", measure: "capital expenditure",
                        amount: Double(index + 1) * 1e9, simhash: seed))
            }
            batches.append(articles)
        }
        let shards = (0..<4).map { shard in
            batches.enumerated().filter { $0.offset % 4 == shard }.map(\.element)
        }
        let outcomes = try await withThrowingTaskGroup(of: [ArticleOutcome].self) { group in
            for shard in shards {
                group.addTask {
                    let extractor = try await aggregator.extractor()
                    var outcomes: [ArticleOutcome] = []
                    for batch in shard {
                        outcomes += try await extractor.ingest(batch).articles.map(\.outcome)
                    }
                    await extractor.close()
                    return outcomes
                }
            }
            var all: [ArticleOutcome] = []
            for try await outcomes in group { all += outcomes }
            return all
        }
        #expect(outcomes.count == 240)
        #expect(outcomes.allSatisfy { $0 == .accepted })
        #expect(try aggregator.service.store.counts().articles == 240)
        #expect(aggregator.service.store.groupCommitTransactions <= 24)
        try await aggregator.stop()
    }

    @Test("after graceful shutdown the listeners are closed and the store holds every acked article")
    func gracefulShutdown() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let aggregator = try await RunningAggregator.start(directory: directory)
        let extractor = try await aggregator.extractor()
        let ack = try await extractor.ingest(AggregatorFixtures.all)
        try await aggregator.stop()
        await #expect(throws: (any Error).self) { try await aggregator.client() }
        let reopened = try await RunningAggregator.start(directory: directory)
        let acked = Set(ack.articles.filter { $0.outcome == ArticleOutcome.accepted }.compactMap(\.id))
        #expect(acked.count == 4)
        #expect(Set(try reopened.service.store.loadAll().map(\.id)) == acked)
        try await reopened.stop()
    }

    private func expectRefusal(
        _ code: WireErrorCode, _ connect: () async throws -> WireClient,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        do {
            let client = try await connect()
            await client.close()
            Issue.record("connected; expected \(code)", sourceLocation: sourceLocation)
        } catch WireClientError.remote(let error) {
            #expect(error.code == code, sourceLocation: sourceLocation)
        } catch {
            Issue.record("expected \(code), got \(error)", sourceLocation: sourceLocation)
        }
    }
}
