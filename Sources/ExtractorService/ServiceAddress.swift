/// A `HOST:PORT` as given on a command line (`127.0.0.1:7600`, `aggregator:7701`,
/// `[::1]:7600`).
public struct ServiceAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; a bare `HOST` takes `defaultPort` when one is given.
    public init(parsing text: String, defaultPort: Int? = nil) throws(AddressError) {
        var host = Substring(text)
        var portText: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { throw .malformed(text) }
            let rest = host[host.index(after: close)...]
            host = host[host.index(after: host.startIndex)..<close]
            if rest.hasPrefix(":") {
                portText = rest.dropFirst()
            } else if !rest.isEmpty {
                throw .malformed(text)
            }
        } else if let colon = host.lastIndex(of: ":") {
            portText = host[host.index(after: colon)...]
            host = host[..<colon]
            if host.contains(":") { throw .malformed(text) }
        }
        guard !host.isEmpty, !host.contains(where: \.isWhitespace) else { throw .malformed(text) }
        let port: Int
        if let portText {
            guard let value = Int(portText), (0...65_535).contains(value) else {
                throw .badPort(text)
            }
            port = value
        } else if let defaultPort {
            port = defaultPort
        } else {
            throw .missingPort(text)
        }
        self.host = String(host)
        self.port = port
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

/// Why a `HOST:PORT` did not parse.
public enum AddressError: Error, Sendable, Hashable, CustomStringConvertible {
    case malformed(String)
    case missingPort(String)
    case badPort(String)

    public var description: String {
        switch self {
        case .malformed(let text): return "'\(text)' is not HOST:PORT"
        case .missingPort(let text): return "'\(text)' has no port (HOST:PORT)"
        case .badPort(let text): return "'\(text)' has a port outside 0-65535"
        }
    }
}
