import ArgumentParser
import Foundation
import Reports
import Wire

/// Where the aggregator's query port is and how to authenticate to it.
struct AggregatorOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The aggregator's query listener, HOST:PORT.",
            discussion: "Default: $CLAIMWIRE_AGGREGATOR, else 127.0.0.1:7700."))
    var aggregator: String?

    @Option(help: "A file holding the reader token (default: $CLAIMWIRE_READER_TOKEN).")
    var tokenFile: String?

    @Option(help: "Seconds to wait for an answer.")
    var timeout: Int = 60

    @OptionGroup var tls: TLSOptions

    func endpoint() throws(ClientError) -> Endpoint {
        let environment = ProcessInfo.processInfo.environment["CLAIMWIRE_AGGREGATOR"]
        let text = aggregator ?? (environment?.isEmpty == false ? environment : nil) ?? "127.0.0.1:7700"
        return try Endpoint(parsing: text, defaultPort: 7700)
    }

    func token() throws(ClientError) -> String? {
        try TokenSource.read(file: tokenFile, environment: "CLAIMWIRE_READER_TOKEN")
    }

    /// Connects as a client; errors say what to do.
    func connect() async throws(ClientError) -> AggregatorSession {
        let endpoint = try endpoint()
        let token = try token()
        let configuration = WireClientConfiguration(
            connectTimeout: .seconds(5), requestTimeout: .seconds(max(1, timeout)), software: "claimwire/1.0",
            tls: try tls.configuration())
        do {
            let client = try await WireClient.connect(
                host: endpoint.host, port: endpoint.port, role: .client, token: token,
                configuration: configuration)
            return AggregatorSession(client: client, endpoint: endpoint)
        } catch {
            throw ClientError.from(error, service: "aggregator", address: endpoint.description)
        }
    }
}

/// TLS to the services: off unless `--tls`, `--tls-ca` or their environment variables say so.
struct TLSOptions: ParsableArguments {
    @Flag(help: "Connect with TLS, trusting the system's CAs (default: on when $CLAIMWIRE_TLS is 1).")
    var tls = false

    @Option(
        name: .customLong("tls-ca"),
        help: ArgumentHelp(
            "PEM file of the CA that signed the services' certificates; implies --tls.",
            discussion: "Default: $CLAIMWIRE_TLS_CA.", valueName: "file"))
    var tlsCA: String?

    @Option(
        name: .customLong("tls-server-name"),
        help: ArgumentHelp(
            "The name the service's certificate must carry (default: the host connected to, or $CLAIMWIRE_TLS_SERVER_NAME).",
            valueName: "name"))
    var tlsServerName: String?

    @Option(
        name: .customLong("tls-cert"),
        help: ArgumentHelp(
            "PEM client certificate, for a service that requires one (mutual TLS).", valueName: "file"))
    var tlsCert: String?

    @Option(
        name: .customLong("tls-key"), help: ArgumentHelp("PEM key of --tls-cert.", valueName: "file"))
    var tlsKey: String?

    /// The TLS settings, nil for plaintext; the files are loaded here so a bad path is reported
    /// before anything is sent.
    func configuration() throws(ClientError) -> WireClientTLS? {
        let environment = ProcessInfo.processInfo.environment
        func variable(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                return nil
            }
            return value
        }
        let trustRoots = tlsCA ?? variable("CLAIMWIRE_TLS_CA")
        let switchedOn = ["1", "true", "yes", "on"].contains(variable("CLAIMWIRE_TLS")?.lowercased() ?? "")
        guard tls || switchedOn || trustRoots != nil || tlsCert != nil else { return nil }
        let configuration = WireClientTLS(
            trustRootsPath: trustRoots, serverName: tlsServerName ?? variable("CLAIMWIRE_TLS_SERVER_NAME"),
            certificateChainPath: tlsCert, privateKeyPath: tlsKey)
        do {
            try configuration.validate()
        } catch {
            throw .tlsFiles(error)
        }
        return configuration
    }
}

/// Reads a token from a file or the environment; empty means none.
enum TokenSource {
    static func read(file: String?, environment variable: String) throws(ClientError) -> String? {
        if let file {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw .unreadable(path: file, reason: error.localizedDescription)
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return token.isEmpty ? nil : token
        }
        let token = ProcessInfo.processInfo.environment[variable] ?? ""
        return token.isEmpty ? nil : token
    }
}

/// `--color auto|always|never`.
enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Colour on a terminal only, and never with `NO_COLOR` set or `TERM=dumb`.
    var style: TerminalStyle {
        switch self {
        case .always: return .coloured
        case .never: return .plain
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            let allowed = environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
            return TerminalStyle(colour: allowed && isatty(STDOUT_FILENO) == 1)
        }
    }
}

/// `--format table|json` of the list queries.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// Human output choices shared by every query.
struct DisplayOptions: ParsableArguments {
    @Option(help: "Output: table (for people) or json (for scripts).")
    var format: QueryFormat = .table

    @Option(help: "Colour: auto (on a terminal), always, never.")
    var color: ColourChoice = .auto
}

/// JSON as the scripts and the scorer read it: sorted keys, indented, ClaimModel's Codable.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Writes to stdout without the extra newline `print` adds.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes to `path`, or stdout when nil or `-`.
    static func write(_ text: String, to path: String?) throws(ClientError) {
        guard let path, path != "-" else {
            write(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
