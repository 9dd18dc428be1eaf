import Wire

/// What is wrong with a service's start-up options, naming the file or flag to fix.
public enum ServiceOptionError: Error, CustomStringConvertible {
    case unreadableTokenFile(path: String, reason: String)
    case emptyTokenFile(path: String)
    case clientCAWithoutTLS
    case tls(WireTLSError)

    public var description: String {
        switch self {
        case .unreadableTokenFile(let path, let reason): "cannot read token file \(path): \(reason)"
        case .emptyTokenFile(let path): "token file \(path) is empty"
        case .clientCAWithoutTLS: "--tls-client-ca needs TLS on: give --tls-cert and --tls-key"
        case .tls(let error): "\(error)"
        }
    }
}
