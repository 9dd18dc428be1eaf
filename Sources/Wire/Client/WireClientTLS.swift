import NIOCore
import NIOSSL

/// TLS on a client connection: which CAs to trust, which name the server's certificate must
/// carry, and optionally a client certificate for servers that require one (mutual TLS).
public struct WireClientTLS: Sendable, Hashable {
    /// PEM file of the CAs to trust; nil trusts the system's roots.
    public var trustRootsPath: String?
    /// The name the server's certificate must carry (and the SNI sent); nil uses the host
    /// connected to. An IP address is matched against the certificate's IP addresses.
    public var serverName: String?
    /// PEM client certificate chain and key, for a server that requires them; both or neither.
    public var certificateChainPath: String?
    public var privateKeyPath: String?

    public init(
        trustRootsPath: String? = nil, serverName: String? = nil, certificateChainPath: String? = nil,
        privateKeyPath: String? = nil
    ) {
        self.trustRootsPath = trustRootsPath
        self.serverName = serverName
        self.certificateChainPath = certificateChainPath
        self.privateKeyPath = privateKeyPath
    }

    /// Loads every file once, so a bad path fails before any connection is tried.
    public func validate() throws(WireTLSError) {
        _ = try makeContext()
    }

    func makeContext() throws(WireTLSError) -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        configuration.certificateVerification = .fullVerification
        if let trustRootsPath {
            configuration.trustRoots = .certificates(
                try TLSFiles.certificates(trustRootsPath, role: .trustRoots))
        }
        if let (chain, key) = try TLSFiles.identity(
            certificateChainPath: certificateChainPath, privateKeyPath: privateKeyPath)
        {
            configuration.certificateChain = chain
            configuration.privateKey = key
        }
        return try TLSFiles.context(configuration)
    }

    /// The SNI name and the name verified: none for an IP address (TLS forbids it in SNI;
    /// the certificate is then checked against the address connected to).
    func expectedName(host: String) -> String? {
        let name = serverName ?? host
        if (try? SocketAddress(ipAddress: name, port: 0)) != nil { return nil }
        return name
    }
}
