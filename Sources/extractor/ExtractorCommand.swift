import ArgumentParser
import Extraction
import ExtractorService
import Foundation
import Logging
import ServiceLifecycle

/// `extractor --listen HOST:PORT --aggregator HOST:PORT [--token-file F]`.
@main
struct ExtractorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extractor",
        abstract: "Claimwire extractor: analyses submitted articles and forwards them to the aggregator.",
        discussion: """
            Stateless; run as many as you like. The ingest token is read from --token-file, or else \
            from the CLAIMWIRE_INGEST_TOKEN environment variable. When CLAIMWIRE_SUBMIT_TOKEN is set, \
            clients must present it. Exits 0 after a clean shutdown on SIGTERM or SIGINT.
            """
    )

    @Option(help: "Where clients connect (HOST:PORT).")
    var listen = "127.0.0.1:7600"

    @Option(help: "The aggregator's ingest listener (HOST:PORT).")
    var aggregator = "127.0.0.1:7701"

    @Option(help: "A file holding the token the aggregator requires of extractors.")
    var tokenFile: String?

    @Option(help: "Extraction threads (default: one per core).")
    var workers: Int?

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
        let token = try ingestToken()
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
        let submitToken = ProcessInfo.processInfo.environment["CLAIMWIRE_SUBMIT_TOKEN"] ?? ""
        if !submitToken.isEmpty { configuration.clientToken = submitToken }
        let extractor = Extractor()
        let service = ExtractorService(
            configuration: configuration, analyze: { extractor.analyze($0) }, logger: logger)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    private func ingestToken() throws -> String? {
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                throw ValidationError("cannot read --token-file \(tokenFile)")
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return token.isEmpty ? nil : token
        }
        let token = ProcessInfo.processInfo.environment["CLAIMWIRE_INGEST_TOKEN"] ?? ""
        return token.isEmpty ? nil : token
    }
}
