import Foundation

/// A service address from the command line or the environment (`127.0.0.1:7700`,
/// `extractor:7600`, `[::1]:7600`), and the addresses a name resolves to.
struct Endpoint: Hashable, Sendable, CustomStringConvertible {
    var host: String
    var port: Int

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; a bare `HOST` takes `defaultPort`.
    init(parsing text: String, defaultPort: Int) throws(ClientError) {
        var host = Substring(text.trimmingCharacters(in: .whitespaces))
        var portText: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else {
                throw .badAddress(text, reason: "unclosed [")
            }
            let rest = host[host.index(after: close)...]
            host = host[host.index(after: host.startIndex)..<close]
            if rest.hasPrefix(":") {
                portText = rest.dropFirst()
            } else if !rest.isEmpty {
                throw .badAddress(text, reason: "text after ]")
            }
        } else if let colon = host.lastIndex(of: ":") {
            if host[..<colon].contains(":") {
                throw .badAddress(text, reason: "an IPv6 address needs brackets: [::1]:7600")
            }
            portText = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        guard !host.isEmpty else { throw .badAddress(text, reason: "no host") }
        if let portText {
            guard let port = Int(portText), (1...65_535).contains(port) else {
                throw .badAddress(text, reason: "port must be 1-65535")
            }
            self.port = port
        } else {
            self.port = defaultPort
        }
        self.host = String(host)
    }

    var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// Every address the host resolves to (one per replica behind a compose service name),
    /// numeric, deduplicated, in resolver order; the endpoint itself when it is numeric or
    /// does not resolve (connecting will then report the problem).
    func resolved() -> [Endpoint] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else { return [self] }
        defer { freeaddrinfo(list) }
        var found: [Endpoint] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if let address = entry.pointee.ai_addr,
                getnameinfo(
                    address, entry.pointee.ai_addrlen, &name, socklen_t(name.count), nil, 0, NI_NUMERICHOST)
                    == 0
            {
                let numeric = String(
                    decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                let endpoint = Endpoint(host: numeric, port: port)
                if !found.contains(endpoint) { found.append(endpoint) }
            }
            cursor = entry.pointee.ai_next
        }
        return found.isEmpty ? [self] : found
    }
}
