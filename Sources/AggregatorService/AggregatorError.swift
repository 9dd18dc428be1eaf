/// Why the aggregator stopped serving.
public enum AggregatorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A listener could not bind or failed while serving (address in use, no permission).
    case cannotListen(listener: String, host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .cannotListen(let listener, let host, let port, let reason):
            return "cannot listen on \(host):\(port) (\(listener) listener): \(reason)"
        }
    }
}
