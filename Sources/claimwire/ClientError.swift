import Wire

/// What went wrong for the user, said so they can fix it: the problem, then the remedy.
enum ClientError: Error, CustomStringConvertible {
    case cannotReach(service: String, address: String, reason: String)
    case refused(service: String, address: String, code: String, message: String)
    case timedOut(service: String, address: String, after: Duration)
    case connectionLost(service: String, address: String)
    case notFound(what: String, hint: String)
    case badAddress(String, reason: String)
    case unreadable(path: String, reason: String)
    case noInput
    case cannotWrite(path: String, reason: String)
    case unexpectedAnswer(String)
    /// `send` finished but some articles were not acknowledged (status 1) or were rejected (2).
    case incompleteSend(unacknowledged: Int, rejected: Int)
    /// Nothing could be sent, for one reason (already phrased for the user).
    case sendFailed(String)
    /// TLS could not be set up with `service` at `address`.
    case tlsFailed(service: String, address: String, failure: TLSFailure)
    /// The TLS files given could not be loaded.
    case tlsFiles(WireTLSError)

    var description: String {
        switch self {
        case .cannotReach(let service, let address, let reason):
            let start = service == "aggregator" ? "make up" : "make up, or --extractor HOST:PORT"
            return "cannot reach \(service) at \(address): \(reason) — is it running? (\(start))"
        case .refused(let service, let address, let code, let message):
            switch code {
            case "unauthorized":
                let variable = service == "aggregator" ? "CLAIMWIRE_READER_TOKEN" : "CLAIMWIRE_SUBMIT_TOKEN"
                return
                    "\(service) at \(address) refused the token (\(message)) — set \(variable) or --token-file"
            case "role-not-allowed":
                return "\(address) does not take \(service == "aggregator" ? "queries" : "articles") "
                    + "(\(message)) — check the port: queries go to 7700, articles to 7600"
            default:
                return "\(service) at \(address) answered \(code): \(message)"
            }
        case .timedOut(let service, let address, let after):
            return
                "\(service) at \(address) did not answer within \(after.components.seconds) s — is it overloaded?"
        case .connectionLost(let service, let address):
            return "\(service) at \(address) closed the connection — did it restart? Try again"
        case .notFound(let what, let hint):
            return "no \(what) — \(hint)"
        case .badAddress(let text, let reason):
            return "bad address '\(text)': \(reason) — use HOST:PORT, e.g. 127.0.0.1:7700"
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .noInput:
            return "no articles to send — give files (bundles, text, JSON Lines) or - for stdin"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .unexpectedAnswer(let what):
            return "unexpected answer: \(what) — are the client and the service the same version?"
        case .incompleteSend(let unacknowledged, let rejected):
            if unacknowledged > 0 {
                let noun = unacknowledged == 1 ? "article was" : "articles were"
                return "\(unacknowledged) \(noun) not acknowledged — send the same files again; "
                    + "what was committed is recognised as a duplicate"
            }
            return
                "\(rejected) \(rejected == 1 ? "article was" : "articles were") rejected or skipped (reasons above)"
        case .sendFailed(let reason):
            return reason
        case .tlsFailed(let service, let address, let failure):
            switch failure {
            case .serverNotTLS:
                return
                    "\(service) at \(address): server does not speak TLS — drop --tls or enable it on the server"
            case .untrustedCertificate:
                return "\(service) at \(address): its certificate is not signed by a trusted CA — "
                    + "pass that CA with --tls-ca FILE"
            case .nameMismatch(let expected):
                return "\(service) at \(address): its certificate does not name \(expected) — connect by a "
                    + "name the certificate carries, or pass --tls-server-name NAME"
            case .handshakeFailed(let detail):
                let hint =
                    detail.contains("certificate required") ? " — it requires --tls-cert and --tls-key" : ""
                return "\(service) at \(address): TLS handshake failed: \(detail)\(hint)"
            }
        case .tlsFiles(let problem):
            return "\(problem)"
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .incompleteSend(let unacknowledged, _): return unacknowledged > 0 ? 1 : 2
        case .notFound: return 3
        default: return 1
        }
    }

    /// The user-facing form of a `WireClientError` from talking to `service` at `address`.
    static func from(_ error: Error, service: String, address: String) -> ClientError {
        if let error = error as? ClientError { return error }
        guard let wire = error as? WireClientError else {
            return .cannotReach(service: service, address: address, reason: "\(error)")
        }
        switch wire {
        case .connectionFailed(_, _, let reason):
            return .cannotReach(service: service, address: address, reason: plainReason(reason))
        case .remote(let message):
            return .refused(
                service: service, address: address, code: "\(message.code)", message: message.message)
        case .timedOut(let after):
            return .timedOut(service: service, address: address, after: after)
        case .connectionClosed:
            return .connectionLost(service: service, address: address)
        case .unexpectedReply(let what):
            return .unexpectedAnswer(what)
        case .protocolViolation(let problem):
            return .unexpectedAnswer("\(problem)")
        case .encodingFailed(let problem):
            return .unexpectedAnswer("request too large: \(problem)")
        case .batchTooLarge(let count, let limit):
            return .unexpectedAnswer(
                "batch of \(count) over the server's limit of \(limit); use --batch-size")
        case .tls(let failure):
            return .tlsFailed(service: service, address: address, failure: failure)
        case .tlsConfiguration(let problem):
            return .tlsFiles(problem)
        }
    }

    /// NIO's connect errors are long structures; a user wants `connection refused`.
    static func plainReason(_ reason: String) -> String {
        let lower = reason.lowercased()
        if lower.contains("refused") { return "connection refused" }
        if lower.contains("timed out") || lower.contains("timeout") { return "connection timed out" }
        if lower.contains("unreachable") { return "network unreachable" }
        if lower.contains("dns") || lower.contains("resolve") || lower.contains("name or service") {
            return "cannot resolve the host name"
        }
        return reason
    }
}
