import ClaimModel
import ExtractorService
import Logging
import NIOCore
import NIOPosix
import Wire

/// An aggregator stand-in: commits each new article id, answers `duplicate` for a known one,
/// and can be told to refuse the next batches as `unavailable`.
actor FakeAggregator {
    private(set) var committed: [ArticleID] = []
    private(set) var batches = 0
    private var refusals = 0

    func refuseNext(_ count: Int) { refusals = count }

    func respond(_ message: Message) -> Message {
        guard case .ingestBatch(let batch) = message else {
            return .error(
                ErrorMessage(code: .unexpectedMessage, message: "ingest only", closesConnection: false))
        }
        if refusals > 0 {
            refusals -= 1
            return .error(
                ErrorMessage(
                    code: .unavailable, message: "store busy", closesConnection: false,
                    requestID: batch.requestID))
        }
        batches += 1
        let acks = batch.articles.map { analysed -> ArticleAck in
            let known = committed.contains(analysed.id)
            if !known { committed.append(analysed.id) }
            return ArticleAck(
                ref: analysed.article.ref, id: analysed.id, outcome: known ? .duplicate : .accepted,
                mentionCount: analysed.mentions.count)
        }
        return .ack(Ack(requestID: batch.requestID, articles: acks))
    }
}

/// Starts servers in tasks and learns their ports.
enum ExtractorHarness {
    static let logger: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return logger
    }()

    /// A stand-in extraction: one mention per article, identity from outlet and text.
    static let analyze: ExtractorService.Analyze = { article in
        let mention = Mention(
            subject: "Osprey", measure: "revenue",
            quantity: Quantity(values: [Value(amount: 1e9, unit: "EUR")]),
            evidence: TextSpan(start: 0, end: article.text.utf8.count))
        return AnalyzedArticle(
            id: ArticleID((article.outlet ?? "-") + "|" + article.text), article: article,
            mentions: [mention],
            denials: [], features: ArticleFeatures(textHash: article.text, simhash: 0))
    }

    struct Running: Sendable {
        let port: Int
        let task: Task<Void, Error>

        func stop() async {
            task.cancel()
            _ = try? await task.value
        }
    }

    static func startAggregator(_ fake: FakeAggregator, port: Int = 0) async throws -> Running {
        let server = WireServer(
            configuration: WireServerConfiguration(
                host: "127.0.0.1", port: port, serverRole: .aggregator, acceptedRoles: [.extractor],
                drainTimeout: .seconds(1)),
            responder: { message, _ in await fake.respond(message) }, logger: logger)
        return try await start { onBound in try await server.run(onBound: onBound) }
    }

    static func startExtractor(_ configuration: ExtractorConfiguration) async throws -> Running {
        try await start { onBound in
            let service = ExtractorService(
                configuration: configuration, analyze: analyze, logger: logger, onBound: onBound)
            try await service.run()
        }
    }

    private static func start(
        _ body: @escaping @Sendable (@escaping @Sendable (String, Int) -> Void) async throws -> Void
    ) async throws -> Running {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task {
            defer { continuation.finish() }
            try await body { _, port in continuation.yield(port) }
        }
        for await port in ports { return Running(port: port, task: task) }
        _ = try await task.value
        throw ChannelError.ioOnClosedChannel
    }

    /// A loopback port nothing listens on (bound and released at once).
    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        try await channel.close()
        return port
    }

    static func configuration(aggregatorPort: Int, wait: Duration = .seconds(10)) -> ExtractorConfiguration {
        ExtractorConfiguration(
            host: "127.0.0.1", port: 0, aggregatorPort: aggregatorPort, workers: 2, aggregatorWait: wait,
            reconnectBaseDelay: .milliseconds(20), reconnectMaxDelay: .milliseconds(200))
    }

    static func article(_ ref: String, _ text: String, outlet: String = "Coastal Herald") -> Article {
        Article(ref: ref, outlet: outlet, title: "Title \(ref)", text: text)
    }
}
