import ClaimGraph
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
    private let snapshots: GraphSnapshots
    private let logger: Logger
    private let addresses = ListeningAddresses()

    /// Opens the store in `configuration.dataDirectory` and rebuilds `graph` from it: from the
    /// graph snapshot there plus the articles stored after it when the snapshot is usable, else
    /// from every stored article (`GraphSnapshotPolicy`). Throws `ClaimStoreError` when the
    /// store cannot be opened or read; a bad snapshot is logged and replaced by a full replay.
    public init(
        configuration: AggregatorConfiguration, graph: any ClaimGraphModel, logger: Logger
    ) throws {
        self.configuration = configuration
        self.logger = logger
        // Before the graph is restored or replayed: its memory is then what it holds (`GraphHeap`).
        GraphHeap.fixAllocatorThresholds()
        let store = try ClaimStore.open(directory: configuration.dataDirectory)
        self.store = store
        if store.isReadOnly {
            logger.warning(
                "store is read-only: ingest will be refused, queries served",
                metadata: ["path": "\(store.path)"])
        }
        let snapshots = GraphSnapshots(
            directory: configuration.dataDirectory, store: store, policy: configuration.graphSnapshots,
            logger: logger)
        self.snapshots = snapshots
        let clock = ContinuousClock()
        let start = clock.now
        // From the snapshot when there is a usable one: then only the articles stored after its
        // mark are replayed (see `GraphSnapshots`).
        let restored = snapshots.restore(model: graph)
        var rebuilt = restored?.graph ?? graph
        let restoredArticles = rebuilt.articleCount
        let restoredMentions = rebuilt.mentionCount
        let restoreSeconds = (clock.now - start) / .seconds(1)
        var lastSequence = restored?.mark ?? 0
        var articles = 0
        var mentions = 0
        // Reading the store overlaps inserting into the graph (`replay` reads ahead), and
        // inserting a batch prepares its articles on other threads while this one commits them.
        var batch: [AnalyzedArticle] = []
        let batchSize = 1_024
        try store.replay(after: lastSequence) { sequence, article in
            batch.append(article)
            if batch.count == batchSize {
                rebuilt.add(contentsOf: batch)
                batch.removeAll(keepingCapacity: true)
            }
            articles += 1
            mentions += article.mentions.count
            lastSequence = sequence
        }
        rebuilt.add(contentsOf: batch)
        self.rebuild = RebuildSummary(
            articles: restoredArticles + articles, mentions: restoredMentions + mentions,
            duration: clock.now - start, restoredArticles: restoredArticles,
            restoredMentions: restoredMentions)
        // Arrays grown by doubling while replaying hold up to as much again unused.
        rebuilt.releaseSlack()
        self.graph = SharedGraph(rebuilt, lastSequence: lastSequence)
        // The store was read in batches (and the snapshot file), all freed now: their pages go
        // back to the system, with the buffers `releaseSlack` replaced.
        FreedHeapPages.release()
        logger.info(
            restored == nil ? "graph rebuilt from store" : "graph restored from snapshot and store",
            metadata: [
                "path": "\(store.path)", "articles": "\(rebuild.articles)", "mentions": "\(rebuild.mentions)",
                "restored_articles": "\(restoredArticles)", "restore_seconds": "\(restoreSeconds)",
                "replayed_articles": "\(articles)", "seconds": "\(rebuild.seconds)",
                "mentions_per_s":
                    "\(rebuild.seconds > 0 ? Int(Double(rebuild.mentions) / rebuild.seconds) : 0)",
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
        let graph = self.graph
        let snapshots = self.snapshots
        defer {
            do {
                try store.close()
                logger.info("store closed", metadata: ["path": "\(store.path)"])
            } catch {
                logger.error("store close failed", metadata: ["reason": "\(error)"])
            }
        }
        // Background snapshots until the listeners stop; the last one is written after them.
        let background = Task { await snapshots.runInBackground(graph) }
        defer { background.cancel() }
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
        background.cancel()
        await background.value
        // Every batch received has committed and is in the graph: the snapshot holds them all.
        snapshots.write(graph, reason: "shutdown")
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
    /// Articles and mentions in the graph after the rebuild.
    public var articles: Int
    public var mentions: Int
    /// Restoring the snapshot, checking it and replaying the rest of the store.
    public var duration: Duration
    /// Of `articles` and `mentions`, those the graph snapshot held (0 when none was used).
    public var restoredArticles: Int = 0
    public var restoredMentions: Int = 0

    public var seconds: Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
