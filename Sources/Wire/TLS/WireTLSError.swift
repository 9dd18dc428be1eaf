/// Why TLS material could not be loaded: each case names the file and what is wrong with it.
public enum WireTLSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read (missing, unreadable); `reason` is the system's wording.
    case unreadableFile(role: TLSFileRole, path: String, reason: String)
    /// The file holds no PEM certificate.
    case noCertificate(role: TLSFileRole, path: String)
    /// The file is not a PEM private key BoringSSL can use.
    case invalidPrivateKey(path: String, reason: String)
    /// A certificate file was given without its key, or a key without its certificate.
    case incompleteIdentity(certificatePath: String?, privateKeyPath: String?)
    /// BoringSSL refused the combination (a key that does not match the certificate, ...).
    case rejected(reason: String)

    public var description: String {
        switch self {
        case .unreadableFile(let role, let path, let reason):
            return "cannot read the TLS \(role) file \(path): \(reason)"
        case .noCertificate(let role, let path):
            return "\(path) holds no PEM certificate (expected the TLS \(role))"
        case .invalidPrivateKey(let path, let reason):
            return "\(path) is not a usable PEM private key: \(reason)"
        case .incompleteIdentity(let certificate, let key):
            if certificate == nil {
                return "TLS key \(key ?? "-") given without its certificate chain (--tls-cert)"
            }
            return "TLS certificate \(certificate ?? "-") given without its private key (--tls-key)"
        case .rejected(let reason):
            return "TLS configuration refused: \(reason)"
        }
    }
}

/// What a TLS file is for, so an error can say which flag to fix.
public enum TLSFileRole: String, Sendable, Hashable, CustomStringConvertible {
    case certificateChain = "certificate chain"
    case privateKey = "private key"
    case trustRoots = "trusted CA"
    case clientCA = "client CA"

    public var description: String { rawValue }
}
