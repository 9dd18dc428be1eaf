import NIOSSL

/// Why a TLS connection to a server could not be set up.
public enum TLSFailure: Sendable, Hashable, CustomStringConvertible {
    /// The server answered in plaintext: it has TLS off.
    case serverNotTLS
    /// The server's certificate is not signed by a trusted CA (`detail`: BoringSSL's words).
    case untrustedCertificate(detail: String)
    /// The certificate is valid but does not carry the name (or address) connected to.
    case nameMismatch(expected: String)
    /// Any other handshake failure (protocol version, a client certificate required, ...).
    case handshakeFailed(detail: String)

    public var description: String {
        switch self {
        case .serverNotTLS:
            return "server does not speak TLS"
        case .untrustedCertificate(let detail):
            return "server certificate not trusted (\(detail))"
        case .nameMismatch(let expected):
            return "server certificate does not name \(expected)"
        case .handshakeFailed(let detail):
            return "TLS handshake failed (\(detail))"
        }
    }

    /// Classifies an error NIOSSL raised during the handshake; nil when it is not a TLS error.
    static func classify(_ error: any Error, expectedName: String) -> TLSFailure? {
        if let extra = error as? NIOSSLExtraError {
            if extra == .failedToValidateHostname || extra == .serverHostnameImpossibleToMatch {
                return .nameMismatch(expected: expectedName)
            }
            return .handshakeFailed(detail: "\(extra)")
        }
        // A handshake that fails while we wait for it is an `NIOSSLError`; an alert the server
        // sends after our side of a TLS 1.3 handshake ended (a client certificate it requires)
        // arrives as a bare `BoringSSLError`.
        let detail: String
        if let ssl = error as? NIOSSLError {
            detail = "\(ssl)"
        } else if let boring = error as? BoringSSLError {
            detail = "\(boring)"
        } else {
            return nil
        }
        if detail.contains("CERTIFICATE_VERIFY_FAILED") {
            return .untrustedCertificate(detail: "certificate verify failed")
        }
        if detail.contains("WRONG_VERSION_NUMBER") || detail.contains("PACKET_LENGTH_TOO_LONG") {
            return .serverNotTLS
        }
        return .handshakeFailed(detail: Self.shorten(detail))
    }

    /// BoringSSL's error stacks name the reason in capitals (`TLSV1_ALERT_CERTIFICATE_REQUIRED`);
    /// that token says more to a user than the whole stack.
    private static func shorten(_ detail: String) -> String {
        let tokens = detail.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
        let reason = tokens.last { token in
            token.count > 6 && token.contains("_")
                && token.allSatisfy { $0.isUppercase || $0 == "_" || $0.isNumber }
        }
        if let reason { return String(reason.lowercased().map { $0 == "_" ? " " : $0 }) }
        return detail
    }
}
