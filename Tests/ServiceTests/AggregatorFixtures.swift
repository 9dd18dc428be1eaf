import AggregatorService
import ClaimModel
import Foundation
import Logging
import ServiceLifecycle
import Wire

/// Analysed articles of our own: two outlets on one spending story, a third on another company,
/// so the graph has a shared claim, a competing figure and two stories.
enum AggregatorFixtures {
    static func article(
        outlet: String, title: String, day: Int, sentence: String, subject: String, measure: String,
        amount: Double, resolution: Double = 1e9, simhash: UInt64
    ) -> AnalyzedArticle {
        let text = "\(sentence) The company did not comment."
        let end = sentence.utf8.count
        let mention = Mention(
            subject: subject, measure: measure,
            quantity: Quantity(values: [Value(amount: amount, unit: .usd, resolution: resolution)]),
            period: .year(2025), attribution: outlet, hedged: false,
            evidence: TextSpan(start: 0, end: end), passage: 0)
        let features = ArticleFeatures(
            textHash: String(format: "%016llx", simhash) + String(repeating: "0", count: 48),
            simhash: simhash, entities: [EntityCount(name: subject, count: 2)],
            keyTerms: [subject.lowercased(), "spending", "2025"],
            passages: [
                Passage(span: TextSpan(start: 0, end: text.utf8.count), isMain: true, entities: [subject])
            ])
        let id = ArticleID(String(format: "%016llx", simhash &* 31 &+ UInt64(outlet.utf8.count)) + "a0")
        return AnalyzedArticle(
            id: id,
            article: Article(
                ref: "\(outlet.lowercased().replacingOccurrences(of: " ", with: "-"))#\(day)", outlet: outlet,
                title: title, published: Day(year: 2025, month: 3, day: day), text: text),
            mentions: [mention], denials: [], features: features)
    }

    static let acmeWire = article(
        outlet: "Daily Ledger", title: "Acme to spend $40bn on data centres", day: 3,
        sentence: "Acme will spend $40 billion on data centres in 2025, the Daily Ledger reported.",
        subject: "Acme", measure: "capital expenditure", amount: 40e9, simhash: 0x0F0F_0F0F_1234_5678)
    static let acmeTimes = article(
        outlet: "Harbour Times", title: "Acme lifts capital spending to $40 billion", day: 4,
        sentence: "Acme plans capital expenditure of about $40 billion this year.",
        subject: "Acme", measure: "capital expenditure", amount: 40e9, simhash: 0x7777_0000_3333_9999)
    static let acmeRival = article(
        outlet: "Market Post", title: "Acme budget put at $25bn", day: 4,
        sentence: "Acme has budgeted $25 billion for capital expenditure in 2025.",
        subject: "Acme", measure: "capital expenditure", amount: 25e9, simhash: 0x1111_2222_4444_8888)
    static let globex = article(
        outlet: "Daily Ledger", title: "Globex users reach 300 million", day: 20,
        sentence: "Globex said it paid $3 billion in dividends in 2025.",
        subject: "Globex", measure: "dividends", amount: 3e9, simhash: 0xABCD_EF01_2345_6789)

    static let all = [acmeWire, acmeTimes, acmeRival, globex]

    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("aggregator-tests-\(UUID().uuidString)")
            .path
    }
}

/// An aggregator started in-process on ephemeral loopback ports, stopped through graceful
/// shutdown as SIGTERM would.
struct RunningAggregator {
    let service: AggregatorService
    let group: ServiceGroup
    let task: Task<Void, any Error>
    let addresses: AggregatorAddresses

    static let quietLogger = Logger(label: "aggregator-tests") { _ in SwiftLogNoOpLogHandler() }

    static func start(
        directory: String, ingestToken: String? = nil, readerToken: String? = nil,
        graphSnapshots: GraphSnapshotPolicy = GraphSnapshotPolicy()
    ) async throws -> RunningAggregator {
        let configuration = AggregatorConfiguration(
            dataDirectory: directory, queryPort: 0, ingestPort: 0, ingestToken: ingestToken,
            readerToken: readerToken, drainTimeout: .seconds(5), graphSnapshots: graphSnapshots)
        let service = try AggregatorService(
            configuration: configuration, graph: AggregatorService.makeGraph(), logger: quietLogger)
        let group = ServiceGroup(services: [service], logger: quietLogger)
        let task = Task { try await group.run() }
        let addresses = await service.listening()
        return RunningAggregator(service: service, group: group, task: task, addresses: addresses)
    }

    func extractor(token: String? = nil) async throws -> WireClient {
        try await WireClient.connect(
            host: addresses.ingestHost, port: addresses.ingestPort, role: .extractor, token: token)
    }

    func client(token: String? = nil) async throws -> WireClient {
        try await WireClient.connect(
            host: addresses.queryHost, port: addresses.queryPort, role: .client, token: token)
    }

    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }
}
