import ClaimModel
import Logging
import ServiceLifecycle
import Wire

/// The extractor: accepts `SubmitArticles` from clients, rejects what cannot be analysed,
/// extracts the rest on a bounded worker pool, forwards them to the aggregator as one
/// `IngestBatch`, and relays the aggregator's `Ack` merged with its own rejections. It never
/// acknowledges an article the aggregator has not committed, and holds no state of its own:
/// run as many as you like.
public final class ExtractorService: Service, Sendable {
    /// What extraction is to the service: one article in, everything found in it out.
    public typealias Analyze = @Sendable (Article) -> AnalyzedArticle

    public let configuration: ExtractorConfiguration
    private let analyze: Analyze
    private let logger: Logger
    private let onBound: @Sendable (String, Int) -> Void

    /// - Parameters:
    ///   - analyze: extraction of one article (`Extractor().analyze` in the executable).
    ///   - onBound: called with the real host and port once clients can connect.
    public init(
        configuration: ExtractorConfiguration, analyze: @escaping Analyze, logger: Logger,
        onBound: @escaping @Sendable (String, Int) -> Void = { _, _ in }
    ) {
        self.configuration = configuration
        self.analyze = analyze
        self.logger = logger
        self.onBound = onBound
    }

    /// Serves until cancelled or a graceful shutdown (SIGTERM through a `ServiceGroup`); then
    /// stops accepting, lets batches in flight finish, and closes the aggregator connections.
    public func run() async throws {
        let configuration = self.configuration
        let logger = self.logger
        let link = AggregatorLink(configuration: configuration, logger: logger)
        let pool = AnalysisPool(workers: configuration.workers, analyze: analyze)
        let permits = AsyncPermits(limit: configuration.maxInFlightBatches)
        let handler = BatchHandler(link: link, pool: pool, permits: permits, logger: logger)

        var serverConfiguration = WireServerConfiguration(
            host: configuration.host, port: configuration.port, serverRole: .extractor,
            acceptedRoles: [.client], limits: configuration.limits,
            maxConnections: 256, maxInFlightPerConnection: configuration.maxInFlightPerConnection,
            software: configuration.software,
            // Batches in flight get this long to finish on shutdown, within a supervisor's grace.
            drainTimeout: min(configuration.aggregatorWait, .seconds(15)),
            frameTimeout: configuration.frameTimeout, minimumFrameRate: configuration.minimumFrameRate,
            tls: configuration.tls)
        if let token = configuration.clientToken { serverConfiguration.tokens[.client] = token }
        let server = WireServer(
            configuration: serverConfiguration,
            responder: { message, info in await handler.respond(to: message, from: info) },
            logger: logger)
        let onBound = self.onBound

        await link.maintain()
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await cancelWhenGracefulShutdown {
                        try await server.run { host, port in
                            logger.notice("listening on \(host):\(port)")
                            onBound(host, port)
                        }
                    }
                }
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(1))
                        await link.maintain()
                    }
                }
                // The server returns after draining; then the maintenance loop stops too.
                try await group.next()
                group.cancelAll()
            }
        } catch {
            await link.close()
            await pool.shutdown()
            throw error
        }
        await link.close()
        await pool.shutdown()
        logger.notice("stopped")
    }
}

/// The work behind one `SubmitArticles`: validate, analyse, forward, merge the acks.
struct BatchHandler: Sendable {
    let link: AggregatorLink
    let pool: AnalysisPool
    let permits: AsyncPermits
    let logger: Logger

    func respond(to message: Message, from info: WireConnectionInfo) async -> Message {
        guard case .submitArticles(let submit) = message else {
            return .error(
                ErrorMessage(
                    code: .unexpectedMessage, message: "an extractor answers SubmitArticles only",
                    closesConnection: false, requestID: message.requestID))
        }
        do {
            let acks = try await permits.withPermit { try await process(submit.articles) }
            return .ack(Ack(requestID: submit.requestID, articles: acks))
        } catch let error as ExtractorError {
            logger.warning("batch \(submit.requestID) not acknowledged: \(error)")
            let code: WireErrorCode
            switch error {
            case .aggregatorRefused: code = .invalidRequest
            case .ackMismatch: code = .internalError
            case .aggregatorUnavailable, .shuttingDown: code = .unavailable
            }
            return .error(
                ErrorMessage(
                    code: code, message: "\(error)", closesConnection: false, requestID: submit.requestID))
        } catch {
            return .error(
                ErrorMessage(
                    code: .internalError, message: "\(error)", closesConnection: false,
                    requestID: submit.requestID))
        }
    }

    /// Acks in the batch's order: this extractor's rejections where it rejected, the
    /// aggregator's answer for everything it forwarded.
    func process(_ articles: [Article]) async throws -> [ArticleAck] {
        var acks = [ArticleAck?](repeating: nil, count: articles.count)
        var forwardIndex: [Int] = []
        var valid: [Article] = []
        for (index, article) in articles.enumerated() {
            if let problem = ArticleValidation.problem(with: article) {
                acks[index] = ArticleAck(
                    ref: article.ref, id: nil, outcome: .rejected(reason: problem), mentionCount: 0)
            } else {
                forwardIndex.append(index)
                valid.append(article)
            }
        }
        if !valid.isEmpty {
            let analysed = try await pool.analyze(valid)
            let ack = try await link.ingest(analysed)
            guard ack.articles.count == analysed.count else {
                throw ExtractorError.ackMismatch(sent: analysed.count, acknowledged: ack.articles.count)
            }
            for (position, index) in forwardIndex.enumerated() {
                acks[index] = ack.articles[position]
            }
        }
        return acks.compactMap { $0 }
    }
}
