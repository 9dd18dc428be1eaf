/// Why an extractor could not answer a batch.
public enum ExtractorError: Error, Sendable, Hashable {
    /// No connection to the aggregator could carry the batch within the wait.
    case aggregatorUnavailable(host: String, port: Int, waited: Duration, lastError: String)
    /// The aggregator refused the batch for a reason a retry will not fix.
    case aggregatorRefused(code: String, message: String)
    /// The aggregator answered with a different number of articles than it was sent.
    case ackMismatch(sent: Int, acknowledged: Int)
    case shuttingDown
}

extension ExtractorError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .aggregatorUnavailable(let host, let port, let waited, let lastError):
            return
                "aggregator at \(host):\(port) unreachable for \(waited.components.seconds) s: \(lastError)"
        case .aggregatorRefused(let code, let message):
            return "aggregator refused the batch (\(code)): \(message)"
        case .ackMismatch(let sent, let acknowledged):
            return "aggregator acknowledged \(acknowledged) articles of \(sent) sent"
        case .shuttingDown:
            return "extractor shutting down"
        }
    }
}
