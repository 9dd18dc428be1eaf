import ClaimModel
import ClaimStore
import Logging
import NIOCore
import ServiceLifecycle
import Wire

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The aggregator: the single writer of the claim graph. Opens the store, rebuilds the graph
/// from it, then serves two listeners until graceful shutdown (SIGTERM through a
/// `ServiceGroup`): the query listener for clients and the ingest listener for extractors.
///
/// On shutdown both listeners stop accepting; batches already received finish committing and
/// are acknowledged if their connection is still open (up to `drainTimeout`); nothing is
/// acknowledged that was not committed. The store is checkpointed and closed last.
public final class AggregatorService: Service, Sendable {
    public let configuration: AggregatorConfiguration
    /// The store; open from `init` until `run` returns.
    public let store: ClaimStore
    /// Articles and mentions replayed into the graph at start, and how long it took.
    public let rebuild: RebuildSummary
    private let graph: SharedGraph
    private let logger: Logger
    private let addresses = ListeningAddresses()

    /// Opens the store in `configuration.dataDirectory` and rebuilds `graph` from it.
    /// Throws `ClaimStoreError` when the store cannot be opened or read.
    public init(
        configuration: AggregatorConfiguration, graph: any ClaimGraphModel, logger: Logger
    ) throws {
        self.configuration = configuration
        self.logger = logger
        let store = try ClaimStore.open(directory: configuration.dataDirectory)
        self.store = store
        if store.isReadOnly {
            logger.warning(
                "store is read-only: ingest will be refused, queries served",
                metadata: ["path": "\(store.path)"])
        }
        var rebuilt = graph
        let clock = ContinuousClock()
        let start = clock.now
        var articles = 0
        var mentions = 0
        // Reading the store overlaps inserting into the graph (`replay` reads ahead).
        try store.replay { article in
            rebuilt.add(article)
            articles += 1
            mentions += article.mentions.count
        }
        self.rebuild = RebuildSummary(articles: articles, mentions: mentions, duration: clock.now - start)
        self.graph = SharedGraph(rebuilt)
        // The store was read in batches, all freed now: their pages go back to the system.
        FreedHeapPages.release()
        logger.info(
            "graph rebuilt from store",
            metadata: [
                "path": "\(store.path)", "articles": "\(articles)", "mentions": "\(mentions)",
                "seconds": "\(rebuild.seconds)",
                "mentions_per_s": "\(rebuild.seconds > 0 ? Int(Double(mentions) / rebuild.seconds) : 0)",
            ])
    }

    /// The addresses both listeners bound, once they have (port 0 gives ephemeral ports).
    public func listening() async -> AggregatorAddresses {
        await addresses.wait()
    }

    public func run() async throws {
        let ingest = IngestHandler(store: store, graph: graph, logger: logger)
        let queries = QueryHandler(store: store, graph: graph, logger: logger)
        let queryServer = WireServer(
            configuration: serverConfiguration(
                host: configuration.queryHost, port: configuration.queryPort, role: .client,
                token: configuration.readerToken),
            responder: queries.respond, logger: listenerLogger(.query))
        let ingestServer = WireServer(
            configuration: serverConfiguration(
                host: configuration.ingestHost, port: configuration.ingestPort, role: .extractor,
                token: configuration.ingestToken),
            responder: ingest.respond, logger: listenerLogger(.ingest))
        let addresses = self.addresses
        let logger = self.logger
        defer {
            do {
                try store.close()
                logger.info("store closed", metadata: ["path": "\(store.path)"])
            } catch {
                logger.error("store close failed", metadata: ["reason": "\(error)"])
            }
        }
        try await cancelWhenGracefulShutdown {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (listener, server) in [(AggregatorListener.query, queryServer), (.ingest, ingestServer)] {
                    group.addTask {
                        do {
                            try await server.run { host, port in
                                logger.info(
                                    "listening on \(host):\(port)",
                                    metadata: ["listener": "\(listener.rawValue)"])
                                addresses.bound(listener, host: host, port: port)
                            }
                        } catch {
                            let configuration = server.configuration
                            throw AggregatorError.cannotListen(
                                listener: listener.rawValue, host: configuration.host,
                                port: configuration.port,
                                reason: Self.reason(error))
                        }
                    }
                }
                // One listener failing (a port in use) stops the other: the service is both or none.
                defer { group.cancelAll() }
                try await group.next()
                try await group.next()
            }
        }
        logger.info("stopped")
    }

    private func serverConfiguration(
        host: String, port: Int, role: PeerRole, token: String?
    ) -> WireServerConfiguration {
        WireServerConfiguration(
            host: host, port: port, serverRole: .aggregator, acceptedRoles: [role],
            tokens: token.map { [role: $0] } ?? [:], limits: configuration.limits,
            idleTimeout: configuration.idleTimeout, maxConnections: configuration.maxConnectionsPerListener,
            maxInFlightPerConnection: configuration.maxInFlightPerConnection,
            software: "claimwire-aggregator/1.0", drainTimeout: configuration.drainTimeout,
            handshakeTimeout: configuration.handshakeTimeout, frameTimeout: configuration.frameTimeout,
            minimumFrameRate: configuration.minimumFrameRate, tls: configuration.tls)
    }

    /// The system's wording of a socket error (`Address already in use`), else the error.
    private static func reason(_ error: any Error) -> String {
        if let io = error as? IOError, let text = strerror(io.errnoCode) { return String(cString: text) }
        return "\(error)"
    }

    private func listenerLogger(_ listener: AggregatorListener) -> Logger {
        var logger = self.logger
        logger[metadataKey: "listener"] = "\(listener.rawValue)"
        return logger
    }
}

/// What the start-up rebuild replayed.
public struct RebuildSummary: Sendable, Hashable {
    public var articles: Int
    public var mentions: Int
    public var duration: Duration

    public var seconds: Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
