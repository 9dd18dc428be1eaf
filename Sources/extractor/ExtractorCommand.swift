import ArgumentParser
import Extraction
import ExtractorService
import Foundation
import Logging
import ServiceCommandLine
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

    @OptionGroup var listenerOptions: ServerTLSOptions

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
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("unknown --log-level '\(logLevel)'")
        }
    }

    func run() async throws {
        let listenAddress = try ServiceAddress(parsing: listen)
        let aggregatorAddress = try ServiceAddress(parsing: aggregator, defaultPort: 7701)
        let environment = ProcessInfo.processInfo.environment
        let token: String?
        let clientToken: String?
        let listenerTLS: WireServerTLS?
        let linkTLS: WireClientTLS?
        do {
            token = try ServiceToken.read(
                file: tokenFile, variable: "CLAIMWIRE_INGEST_TOKEN", environment: environment)
            clientToken = try ServiceToken.read(
                file: submitTokenFile, variable: "CLAIMWIRE_SUBMIT_TOKEN", environment: environment)
            listenerTLS = try listenerOptions.serverTLS(environment: environment)
            linkTLS = try aggregatorLinkTLS(environment: environment)
        } catch {
            throw ValidationError("\(error)")
        }
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
        configuration.frameTimeout = .seconds(listenerOptions.frameTimeout)
        configuration.clientToken = clientToken
        let extractor = Extractor()
        let service = ExtractorService(
            configuration: configuration, analyze: { extractor.analyze($0) }, logger: logger)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// TLS of the link to the aggregator, or nil when it is plaintext. The listener's
    /// certificate doubles as this extractor's client certificate, for an aggregator that
    /// requires one.
    private func aggregatorLinkTLS(environment: [String: String]) throws(ServiceOptionError) -> WireClientTLS?
    {
        let trustRoots = aggregatorTLSCA ?? environment["CLAIMWIRE_TLS_CA"] ?? ""
        guard aggregatorTLS || !trustRoots.isEmpty else { return nil }
        let (certificate, key) = listenerOptions.identity(environment: environment)
        let link = WireClientTLS(
            trustRootsPath: trustRoots.isEmpty ? nil : trustRoots, serverName: aggregatorTLSServerName,
            certificateChainPath: certificate, privateKeyPath: key)
        do {
            try link.validate()
        } catch {
            throw .tls(error)
        }
        return link
    }
}
