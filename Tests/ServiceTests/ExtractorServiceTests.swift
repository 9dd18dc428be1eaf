import ClaimModel
import ExtractorService
import Testing
import Wire

@Suite(.timeLimit(.minutes(1))) struct ExtractorServiceTests {
    @Test func mergesItsRejectionsWithTheAggregatorsAck() async throws {
        let fake = FakeAggregator()
        let aggregator = try await ExtractorHarness.startAggregator(fake)
        let extractor = try await ExtractorHarness.startExtractor(
            ExtractorHarness.configuration(aggregatorPort: aggregator.port))
        let client = try await WireClient.connect(host: "127.0.0.1", port: extractor.port, role: .client)
        let batch = [
            ExtractorHarness.article("a#1", "Osprey revenue rose to €1 billion."),
            ExtractorHarness.article("a#2", "   \n"),
            ExtractorHarness.article("a#3", "Osprey opened a second plant."),
        ]
        let first = try await client.submit(batch)
        #expect(first.articles.map(\.ref) == ["a#1", "a#2", "a#3"])
        #expect(first.articles.map(\.outcome) == [.accepted, .rejected(reason: "empty text"), .accepted])
        #expect(first.articles[0].mentionCount == 1)
        #expect(first.articles[1].id == nil)

        let again = try await client.submit(batch)
        #expect(again.articles.map(\.outcome) == [.duplicate, .rejected(reason: "empty text"), .duplicate])
        #expect(await fake.committed.count == 2)
        await client.close()
        await extractor.stop()
        await aggregator.stop()
    }

    @Test func aBatchOfOnlyRejectionsNeedsNoAggregator() async throws {
        let port = try await ExtractorHarness.freePort()
        let extractor = try await ExtractorHarness.startExtractor(
            ExtractorHarness.configuration(aggregatorPort: port, wait: .seconds(30)))
        let client = try await WireClient.connect(host: "127.0.0.1", port: extractor.port, role: .client)
        let ack = try await client.submit([ExtractorHarness.article("x", "12 34 56")])
        #expect(ack.articles.map(\.outcome) == [.rejected(reason: "text has no words")])
        await client.close()
        await extractor.stop()
    }

    @Test func waitsForAnAggregatorThatStartsLater() async throws {
        let port = try await ExtractorHarness.freePort()
        let extractor = try await ExtractorHarness.startExtractor(
            ExtractorHarness.configuration(aggregatorPort: port))
        let client = try await WireClient.connect(host: "127.0.0.1", port: extractor.port, role: .client)
        let pending = Task { try await client.submit([ExtractorHarness.article("late", "Osprey grew.")]) }
        try await Task.sleep(for: .milliseconds(300))
        let fake = FakeAggregator()
        let aggregator = try await ExtractorHarness.startAggregator(fake, port: port)
        let ack = try await pending.value
        #expect(ack.articles.map(\.outcome) == [.accepted])
        await client.close()
        await extractor.stop()
        await aggregator.stop()
    }

    @Test func answersUnavailableRatherThanAckingWhatIsNotCommitted() async throws {
        let port = try await ExtractorHarness.freePort()
        let extractor = try await ExtractorHarness.startExtractor(
            ExtractorHarness.configuration(aggregatorPort: port, wait: .milliseconds(400)))
        let client = try await WireClient.connect(host: "127.0.0.1", port: extractor.port, role: .client)
        await #expect {
            _ = try await client.submit([ExtractorHarness.article("lost", "Osprey grew.")])
        } throws: { error in
            guard case .remote(let message) = error as? WireClientError else { return false }
            return message.code == .unavailable && message.message.contains("127.0.0.1:\(port)")
        }
        await client.close()
        await extractor.stop()
    }

    @Test func retriesWhenTheAggregatorIsBusyAndAfterItRestarts() async throws {
        let fake = FakeAggregator()
        var aggregator = try await ExtractorHarness.startAggregator(fake)
        let port = aggregator.port
        let extractor = try await ExtractorHarness.startExtractor(
            ExtractorHarness.configuration(aggregatorPort: port))
        let client = try await WireClient.connect(host: "127.0.0.1", port: extractor.port, role: .client)
        await fake.refuseNext(2)
        let busy = try await client.submit([ExtractorHarness.article("b1", "Osprey hired staff.")])
        #expect(busy.articles.map(\.outcome) == [.accepted])

        await aggregator.stop()
        aggregator = try await ExtractorHarness.startAggregator(fake, port: port)
        let restarted = try await client.submit([ExtractorHarness.article("b2", "Osprey sold a unit.")])
        #expect(restarted.articles.map(\.outcome) == [.accepted])
        #expect(await fake.committed.count == 2)
        await client.close()
        await extractor.stop()
        await aggregator.stop()
    }

    @Test func manyBatchesInFlightAllComeBackInOrder() async throws {
        let fake = FakeAggregator()
        let aggregator = try await ExtractorHarness.startAggregator(fake)
        var configuration = ExtractorHarness.configuration(aggregatorPort: aggregator.port)
        configuration.maxInFlightBatches = 2
        let extractor = try await ExtractorHarness.startExtractor(configuration)
        let client = try await WireClient.connect(host: "127.0.0.1", port: extractor.port, role: .client)
        let acks = try await withThrowingTaskGroup(of: Ack.self) { group in
            for b in 0..<12 {
                group.addTask {
                    try await client.submit(
                        (0..<25).map { ExtractorHarness.article("b\(b)#\($0)", "Osprey item \(b) \($0).") })
                }
            }
            var acks: [Ack] = []
            for try await ack in group { acks.append(ack) }
            return acks
        }
        #expect(acks.count == 12)
        for ack in acks {
            let b = ack.articles.first.map { $0.ref.split(separator: "#")[0] } ?? ""
            #expect(ack.articles.map(\.ref) == (0..<25).map { "\(b)#\($0)" })
            #expect(ack.articles.allSatisfy { $0.outcome == .accepted })
        }
        #expect(await fake.committed.count == 300)
        await client.close()
        await extractor.stop()
        await aggregator.stop()
    }

    @Test func validationNamesTheProblem() {
        #expect(ArticleValidation.problem(with: Article(ref: "", title: "t", text: "words")) == "missing ref")
        #expect(ArticleValidation.problem(with: Article(ref: "r", title: "t", text: " \t\n")) == "empty text")
        #expect(ArticleValidation.problem(with: Article(ref: "r", title: "t", text: "Some words.")) == nil)
    }

    @Test func addressesParse() throws {
        #expect(
            try ServiceAddress(parsing: "127.0.0.1:7600") == ServiceAddress(host: "127.0.0.1", port: 7600))
        #expect(try ServiceAddress(parsing: "aggregator", defaultPort: 7701).port == 7701)
        #expect(try ServiceAddress(parsing: "[::1]:9").host == "::1")
        #expect(throws: AddressError.badPort("h:99999")) { try ServiceAddress(parsing: "h:99999") }
        #expect(throws: AddressError.missingPort("h")) { try ServiceAddress(parsing: "h") }
        #expect(throws: AddressError.malformed(":80")) { try ServiceAddress(parsing: ":80") }
    }
}
