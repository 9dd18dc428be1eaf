import AggregatorService
import ArgumentParser
import Foundation
import Logging
import ServiceCommandLine
import ServiceLifecycle
import Wire

/// `aggregator`: the single writer of the claim graph, serving queries and ingest.
/// Tokens come from files or the environment, never from the command line (where `ps` shows them).
struct Aggregator: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregator",
        abstract: "Store analysed articles durably and answer queries over the claim graph.",
        discussion: """
            Tokens: CLAIMWIRE_INGEST_TOKEN (extractors must present it) and CLAIMWIRE_READER_TOKEN \
            (clients must present it), or --token-file / --reader-token-file. A file wins over the \
            environment. TLS: --tls-cert and --tls-key (or CLAIMWIRE_TLS_CERT / CLAIMWIRE_TLS_KEY) turn \
            it on for both listeners; a plaintext peer is then refused with an Error saying so. \
            Logs go to standard error; `listening on HOST:PORT` is logged once per \
            listener when it accepts connections. SIGTERM or SIGINT: graceful shutdown, exit 0. \
            The data directory holds the store (claims.sqlite and its WAL) and graph.snapshot, the \
            graph as of a point in the store: written on graceful shutdown and in the background \
            (--snapshot-every, --snapshot-interval), it lets a restart replay only the articles \
            stored after it. A missing, damaged or stale snapshot is logged and the whole store \
            replayed; deleting it is always safe.
            """)

    @Option(help: ArgumentHelp("Data directory of the store (created when absent).", valueName: "dir"))
    var data: String = "./data"

    @Option(help: ArgumentHelp("Query listener for clients.", valueName: "host:port"))
    var listen: String = "127.0.0.1:7700"

    @Option(
        name: .customLong("ingest-listen"),
        help: ArgumentHelp("Ingest listener for extractors.", valueName: "host:port"))
    var ingestListen: String = "127.0.0.1:7701"

    @Option(
        name: .customLong("token-file"),
        help: ArgumentHelp("File holding the token extractors must present.", valueName: "file"))
    var tokenFile: String?

    @Option(
        name: .customLong("reader-token-file"),
        help: ArgumentHelp("File holding the token clients must present to query.", valueName: "file"))
    var readerTokenFile: String?

    @OptionGroup var listenerOptions: ServerTLSOptions

    @Flag(
        name: .customLong("no-graph-snapshot"),
        help: "Neither read nor write graph.snapshot: every start replays the whole store.")
    var noGraphSnapshot = false

    @Option(
        name: .customLong("snapshot-every"),
        help: ArgumentHelp(
            "Write graph.snapshot in the background after this many new articles (0: never by count).",
            valueName: "articles"))
    var snapshotEvery: Int = GraphSnapshotPolicy().everyArticles

    @Option(
        name: .customLong("snapshot-interval"),
        help: ArgumentHelp(
            "...or this many seconds after the last one, when articles arrived (0: never by time).",
            valueName: "seconds"))
    var snapshotInterval: Int = 600

    @Option(help: ArgumentHelp("trace, debug, info, notice, warning, error or critical.", valueName: "level"))
    var logLevel: String = "info"

    func validate() throws {
        guard HostPort(listen) != nil else {
            throw ValidationError("--listen \(listen): expected HOST:PORT with a port in 0...65535")
        }
        guard HostPort(ingestListen) != nil else {
            throw ValidationError(
                "--ingest-listen \(ingestListen): expected HOST:PORT with a port in 0...65535")
        }
        guard snapshotEvery >= 0, snapshotInterval >= 0 else {
            throw ValidationError("--snapshot-every and --snapshot-interval take 0 or more")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError(
                "--log-level \(logLevel): expected trace, debug, info, notice, warning, error or critical")
        }
    }

    func run() async throws {
        guard let query = HostPort(listen), let ingest = HostPort(ingestListen),
            let level = Logger.Level(rawValue: logLevel)
        else { throw ValidationError("invalid listen address or log level") }
        let environment = ProcessInfo.processInfo.environment
        let ingestToken: String?
        let readerToken: String?
        let tls: WireServerTLS?
        do {
            ingestToken = try ServiceToken.read(
                file: tokenFile, variable: "CLAIMWIRE_INGEST_TOKEN", environment: environment)
            readerToken = try ServiceToken.read(
                file: readerTokenFile, variable: "CLAIMWIRE_READER_TOKEN", environment: environment)
            tls = try listenerOptions.serverTLS(environment: environment)
        } catch {
            throw StartupFailure(reason: "\(error)")
        }

        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "aggregator")
        let configuration = AggregatorConfiguration(
            dataDirectory: data, queryHost: query.host, queryPort: query.port, ingestHost: ingest.host,
            ingestPort: ingest.port, ingestToken: ingestToken, readerToken: readerToken,
            frameTimeout: .seconds(listenerOptions.frameTimeout), tls: tls,
            graphSnapshots: GraphSnapshotPolicy(
                enabled: !noGraphSnapshot, everyArticles: snapshotEvery,
                interval: snapshotInterval > 0 ? .seconds(snapshotInterval) : nil))
        let service: AggregatorService
        do {
            service = try AggregatorService(
                configuration: configuration, graph: AggregatorService.makeGraph(), logger: logger)
        } catch {
            throw StartupFailure(reason: "cannot start: \(error)")
        }
        let group = ServiceGroup(
            services: [service], gracefulShutdownSignals: [.sigterm, .sigint], cancellationSignals: [],
            logger: logger)
        do {
            try await group.run()
        } catch {
            throw StartupFailure(reason: "stopped: \(Self.reason(error))")
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let runner = error as? ServiceGroupError { return "\(runner)" }
        return "\(error)"
    }
}

/// A reason to exit non-zero, printed as one line.
struct StartupFailure: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
