import NIOSSL

/// TLS on a listener: the certificate chain and private key it presents (PEM files), and
/// optionally the CAs whose certificates clients must present (mutual TLS).
///
/// A listener with TLS speaks only TLS: a plaintext peer gets a plaintext `Error`
/// (`handshakeRequired`, saying TLS is required) and is closed. Framing, compression, the
/// handshake and tokens are unchanged inside the TLS stream.
public struct WireServerTLS: Sendable, Hashable {
    /// PEM file: the server certificate first, then any intermediates.
    public var certificateChainPath: String
    /// PEM file: the private key of the first certificate.
    public var privateKeyPath: String
    /// PEM file of CAs; when set, a client must present a certificate signed by one of them.
    public var clientCAPath: String?

    public init(certificateChainPath: String, privateKeyPath: String, clientCAPath: String? = nil) {
        self.certificateChainPath = certificateChainPath
        self.privateKeyPath = privateKeyPath
        self.clientCAPath = clientCAPath
    }

    /// Loads every file and builds the TLS context once, so a bad path or a key that does not
    /// match the certificate fails at start-up with the file named.
    public func validate() throws(WireTLSError) {
        _ = try makeContext()
    }

    func makeContext() throws(WireTLSError) -> NIOSSLContext {
        guard
            let (chain, key) = try TLSFiles.identity(
                certificateChainPath: certificateChainPath, privateKeyPath: privateKeyPath)
        else { throw .incompleteIdentity(certificatePath: nil, privateKeyPath: nil) }
        var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: key)
        configuration.minimumTLSVersion = .tlsv12
        if let clientCAPath {
            configuration.trustRoots = .certificates(try TLSFiles.certificates(clientCAPath, role: .clientCA))
            // Clients are identified by their CA, not by a name: they connect from anywhere.
            configuration.certificateVerification = .noHostnameVerification
        }
        return try TLSFiles.context(configuration)
    }
}
