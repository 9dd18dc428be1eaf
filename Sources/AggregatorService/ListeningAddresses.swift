import NIOConcurrencyHelpers

/// The addresses the two listeners actually bound (port 0 becomes an ephemeral port), for
/// tests and tools that start the service in-process.
public struct AggregatorAddresses: Sendable, Hashable {
    public var queryHost: String
    public var queryPort: Int
    public var ingestHost: String
    public var ingestPort: Int
}

/// Collects the bound addresses and wakes whoever waits for both.
final class ListeningAddresses: Sendable {
    private struct State {
        var query: (String, Int)?
        var ingest: (String, Int)?
        var waiters: [CheckedContinuation<AggregatorAddresses, Never>] = []

        var complete: AggregatorAddresses? {
            guard let query, let ingest else { return nil }
            return AggregatorAddresses(
                queryHost: query.0, queryPort: query.1, ingestHost: ingest.0, ingestPort: ingest.1)
        }
    }

    private let state = NIOLockedValueBox(State())

    func bound(_ listener: AggregatorListener, host: String, port: Int) {
        let (addresses, waiters) = state.withLockedValue { state in
            switch listener {
            case .query: state.query = (host, port)
            case .ingest: state.ingest = (host, port)
            }
            guard let complete = state.complete else {
                return (AggregatorAddresses?.none, [CheckedContinuation<AggregatorAddresses, Never>]())
            }
            let waiters = state.waiters
            state.waiters = []
            return (complete, waiters)
        }
        if let addresses { for waiter in waiters { waiter.resume(returning: addresses) } }
    }

    func wait() async -> AggregatorAddresses {
        await withCheckedContinuation { continuation in
            let ready = state.withLockedValue { state -> AggregatorAddresses? in
                if let complete = state.complete { return complete }
                state.waiters.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}

/// The aggregator's two listeners.
public enum AggregatorListener: String, Sendable, Hashable {
    /// Queries from clients (default port 7700).
    case query
    /// Ingest batches from extractors (default port 7701).
    case ingest
}
