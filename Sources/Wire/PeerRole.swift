/// What a peer is, stated in its `Hello` and checked by the server against the roles a listener accepts.
public enum PeerRole: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A claimwire user: submits articles to an extractor, queries an aggregator.
    case client = 1
    /// Forwards `IngestBatch` to an aggregator's ingest listener.
    case extractor = 2
    /// The server role that answers on both aggregator listeners.
    case aggregator = 3

    public var description: String {
        switch self {
        case .client: return "client"
        case .extractor: return "extractor"
        case .aggregator: return "aggregator"
        }
    }
}
