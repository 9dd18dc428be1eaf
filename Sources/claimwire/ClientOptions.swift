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
            connectTimeout: .seconds(5), requestTimeout: .seconds(max(1, timeout)), software: "claimwire/1.0")
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
