import AggregatorService
import ArgumentParser
import Foundation
import Logging
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
            listener when it accepts connections. SIGTERM or SIGINT: graceful shutdown, exit 0.
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

    @Option(
        name: .customLong("tls-cert"),
        help: ArgumentHelp(
            "PEM certificate chain both listeners present; turns TLS on (default: $CLAIMWIRE_TLS_CERT).",
            valueName: "file"))
    var tlsCert: String?

    @Option(
        name: .customLong("tls-key"),
        help: ArgumentHelp("PEM private key of --tls-cert (default: $CLAIMWIRE_TLS_KEY).", valueName: "file"))
    var tlsKey: String?

    @Option(
        name: .customLong("tls-client-ca"),
        help: ArgumentHelp(
            "PEM CA file; when given, peers must present a certificate it signed (default: $CLAIMWIRE_TLS_CLIENT_CA).",
            valueName: "file"))
    var tlsClientCA: String?

    @Option(
        name: .customLong("frame-timeout"),
        help: ArgumentHelp(
            "Seconds a frame has to arrive once it began, plus 1 s per 16 KiB received.", valueName: "seconds"
        ))
    var frameTimeout: Int = 30

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
        guard frameTimeout >= 1 else { throw ValidationError("--frame-timeout must be at least 1 second") }
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
        let ingestToken = try Self.token(file: tokenFile, environment: environment["CLAIMWIRE_INGEST_TOKEN"])
        let readerToken = try Self.token(
            file: readerTokenFile, environment: environment["CLAIMWIRE_READER_TOKEN"])
        let tls = try Self.serverTLS(
            certificate: tlsCert ?? environment["CLAIMWIRE_TLS_CERT"],
            key: tlsKey ?? environment["CLAIMWIRE_TLS_KEY"],
            clientCA: tlsClientCA ?? environment["CLAIMWIRE_TLS_CLIENT_CA"])

        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "aggregator")
        let configuration = AggregatorConfiguration(
            dataDirectory: data, queryHost: query.host, queryPort: query.port, ingestHost: ingest.host,
            ingestPort: ingest.port, ingestToken: ingestToken, readerToken: readerToken,
            frameTimeout: .seconds(frameTimeout), tls: tls)
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

    /// The token from `file` (surrounding whitespace trimmed) or else from the environment;
    /// nil when neither gives a non-empty one.
    static func token(file: String?, environment: String?) throws -> String? {
        if let file {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw StartupFailure(
                    reason: "cannot read token file \(file): \((error as NSError).localizedDescription)")
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else { throw StartupFailure(reason: "token file \(file) is empty") }
            return token
        }
        let token = environment?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return token.isEmpty ? nil : token
    }

    /// TLS for both listeners from a certificate and key path (both or neither; empty is
    /// none), loaded now so a bad file stops the start with the file named.
    static func serverTLS(certificate: String?, key: String?, clientCA: String?) throws -> WireServerTLS? {
        let certificate = certificate.flatMap { $0.isEmpty ? nil : $0 }
        let key = key.flatMap { $0.isEmpty ? nil : $0 }
        let clientCA = clientCA.flatMap { $0.isEmpty ? nil : $0 }
        guard certificate != nil || key != nil else {
            if clientCA != nil {
                throw StartupFailure(reason: "--tls-client-ca needs TLS on: give --tls-cert and --tls-key")
            }
            return nil
        }
        guard let certificate, let key else {
            throw StartupFailure(
                reason:
                    "\(WireTLSError.incompleteIdentity(certificatePath: certificate, privateKeyPath: key))")
        }
        let tls = WireServerTLS(
            certificateChainPath: certificate, privateKeyPath: key, clientCAPath: clientCA)
        do {
            try tls.validate()
        } catch {
            throw StartupFailure(reason: "\(error)")
        }
        return tls
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
