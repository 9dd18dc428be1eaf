import ArgumentParser
import Extraction
import ExtractorService
import Foundation
import Logging
import ServiceLifecycle
import Wire

/// `extractor --listen HOST:PORT --aggregator HOST:PORT [--token-file F]`.
@main
struct ExtractorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extractor",
        abstract: "Claimwire extractor: analyses submitted articles and forwards them to the aggregator.",
        discussion: """
            Stateless; run as many as you like. The ingest token is read from --token-file, or else \
            from the CLAIMWIRE_INGEST_TOKEN environment variable. When --submit-token-file or \
            CLAIMWIRE_SUBMIT_TOKEN gives one, clients must present it. TLS: --tls-cert and --tls-key (or CLAIMWIRE_TLS_CERT / \
            CLAIMWIRE_TLS_KEY) for the client listener; --aggregator-tls-ca (or CLAIMWIRE_TLS_CA) to \
            reach the aggregator over TLS. Exits 0 after a clean shutdown on SIGTERM or SIGINT.
            """
    )

    @Option(help: "Where clients connect (HOST:PORT).")
    var listen = "127.0.0.1:7600"

    @Option(help: "The aggregator's ingest listener (HOST:PORT).")
    var aggregator = "127.0.0.1:7701"

    @Option(help: "A file holding the token the aggregator requires of extractors.")
    var tokenFile: String?

    @Option(
        help:
            "A file holding the token clients must present (default: $CLAIMWIRE_SUBMIT_TOKEN; none: any client)."
    )
    var submitTokenFile: String?

    @Option(help: "Extraction threads (default: one per core).")
    var workers: Int?

    @Option(
        name: .customLong("tls-cert"),
        help: ArgumentHelp(
            "PEM certificate chain the client listener presents; turns TLS on (default: $CLAIMWIRE_TLS_CERT).",
            valueName: "file"))
    var tlsCert: String?

    @Option(
        name: .customLong("tls-key"),
        help: ArgumentHelp("PEM private key of --tls-cert (default: $CLAIMWIRE_TLS_KEY).", valueName: "file"))
    var tlsKey: String?

    @Option(
        name: .customLong("tls-client-ca"),
        help: ArgumentHelp(
            "PEM CA file; when given, clients must present a certificate it signed (default: $CLAIMWIRE_TLS_CLIENT_CA).",
            valueName: "file"))
    var tlsClientCA: String?

    @Flag(
        name: .customLong("aggregator-tls"),
        help: "Reach the aggregator over TLS, trusting the system's CAs.")
    var aggregatorTLS = false

    @Option(
        name: .customLong("aggregator-tls-ca"),
        help: ArgumentHelp(
            "PEM CA file the aggregator's certificate is checked against; implies --aggregator-tls (default: $CLAIMWIRE_TLS_CA).",
            valueName: "file"))
    var aggregatorTLSCA: String?

    @Option(
        name: .customLong("aggregator-tls-server-name"),
        help: ArgumentHelp(
            "The name the aggregator's certificate must carry (default: the --aggregator host).",
            valueName: "name"))
    var aggregatorTLSServerName: String?

    @Option(
        help: ArgumentHelp(
            "Seconds a frame has to arrive once it began, plus 1 s per 16 KiB received.", valueName: "seconds"
        ))
    var frameTimeout = 30

    @Option(help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel = "info"

    /// Like ArgumentParser's own `main`, but a bad flag is one line on stderr (`extractor: …`)
    /// and a non-zero exit, which is what scripts and supervisors read.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                return
            }
            let text = message(for: error)
            if !text.isEmpty { FileHandle.standardError.write(Data("extractor: \(text)\n".utf8)) }
            Foundation.exit(code.rawValue)
        }
    }

    func validate() throws {
        do {
            _ = try ServiceAddress(parsing: listen)
            _ = try ServiceAddress(parsing: aggregator, defaultPort: 7701)
        } catch {
            throw ValidationError("\(error)")
        }
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        if frameTimeout < 1 { throw ValidationError("--frame-timeout must be at least 1 second") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("unknown --log-level '\(logLevel)'")
        }
    }

    func run() async throws {
        let listenAddress = try ServiceAddress(parsing: listen)
        let aggregatorAddress = try ServiceAddress(parsing: aggregator, defaultPort: 7701)
        let token = try ingestToken()
        let (listenerTLS, linkTLS) = try tlsSettings()
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "extractor")
        var configuration = ExtractorConfiguration(
            host: listenAddress.host, port: listenAddress.port, aggregatorHost: aggregatorAddress.host,
            aggregatorPort: aggregatorAddress.port, aggregatorToken: token)
        if let workers { configuration.workers = workers }
        configuration.tls = listenerTLS
        configuration.aggregatorTLS = linkTLS
        configuration.frameTimeout = .seconds(frameTimeout)
        configuration.clientToken = try Self.token(file: submitTokenFile, variable: "CLAIMWIRE_SUBMIT_TOKEN")
        let extractor = Extractor()
        let service = ExtractorService(
            configuration: configuration, analyze: { extractor.analyze($0) }, logger: logger)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// TLS of the client listener and of the link to the aggregator, from flags or else the
    /// environment; every file is loaded now, so a bad path stops the start with the file named.
    private func tlsSettings() throws -> (WireServerTLS?, WireClientTLS?) {
        let environment = ProcessInfo.processInfo.environment
        func setting(_ flag: String?, _ variable: String) -> String? {
            let value = flag ?? environment[variable] ?? ""
            return value.isEmpty ? nil : value
        }
        let certificate = setting(tlsCert, "CLAIMWIRE_TLS_CERT")
        let key = setting(tlsKey, "CLAIMWIRE_TLS_KEY")
        let clientCA = setting(tlsClientCA, "CLAIMWIRE_TLS_CLIENT_CA")
        var listener: WireServerTLS?
        do {
            if certificate != nil || key != nil {
                guard let certificate, let key else {
                    throw WireTLSError.incompleteIdentity(certificatePath: certificate, privateKeyPath: key)
                }
                listener = WireServerTLS(
                    certificateChainPath: certificate, privateKeyPath: key, clientCAPath: clientCA)
                try listener?.validate()
            } else if clientCA != nil {
                throw ValidationError("--tls-client-ca needs TLS on: give --tls-cert and --tls-key")
            }
            var link: WireClientTLS?
            let trustRoots = setting(aggregatorTLSCA, "CLAIMWIRE_TLS_CA")
            if aggregatorTLS || trustRoots != nil {
                // The listener's certificate doubles as this extractor's client certificate, for
                // an aggregator that requires one.
                link = WireClientTLS(
                    trustRootsPath: trustRoots, serverName: aggregatorTLSServerName,
                    certificateChainPath: certificate, privateKeyPath: key)
                try link?.validate()
            }
            return (listener, link)
        } catch let error as WireTLSError {
            throw ValidationError("\(error)")
        }
    }

    private func ingestToken() throws -> String? {
        try Self.token(file: tokenFile, variable: "CLAIMWIRE_INGEST_TOKEN")
    }

    /// A token from a file (a file wins) or else the environment, never from the command line
    /// where `ps` shows it; surrounding whitespace trimmed, empty means none.
    static func token(file: String?, variable: String) throws -> String? {
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ValidationError("cannot read token file \(file)")
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return token.isEmpty ? nil : token
        }
        let token =
            ProcessInfo.processInfo.environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? ""
        return token.isEmpty ? nil : token
    }
}
