import ClaimModel
import NIOConcurrencyHelpers
import Wire

/// A query whose answer is a computation over the whole graph.
enum WholeGraphQuery: Hashable, Sendable {
    case stats
    case stories(limit: Int)
    case conflicts
    case export
}

/// Answers to whole-graph queries, kept per graph version and computed once for all the clients
/// asking at the same time (single flight), on the query executor.
///
/// Exactness: a query arriving when the graph is at version `v` is answered only from a
/// computation over a snapshot of version `v` or later: a kept answer of version `v`, a flight
/// already running on such a snapshot, or a flight not yet started (it snapshots later). So an
/// article acknowledged before a query was sent is in its answer (read-your-writes), and each
/// answer is exact for the snapshot it was computed from.
final class WholeGraphAnswers: Sendable {
    private typealias Waiter = CheckedContinuation<QueryResult, Never>

    private struct Slot: Sendable {
        /// The newest answer computed, and the version of its snapshot.
        var ready: (version: UInt64, result: QueryResult)?
        /// A flight queued on the executor that has not taken its snapshot yet.
        var pending: Int?
        /// A flight computing, and the version of its snapshot.
        var running: (flight: Int, version: UInt64)?
    }

    private struct State: Sendable {
        var slots: [WholeGraphQuery: Slot] = [:]
        var waiters: [Int: [Waiter]] = [:]
        var nextFlight = 0
    }

    private enum Decision {
        case ready(QueryResult)
        case joined
        case launch(Int)
    }

    /// More distinct queries than this (story lists of many limits) and idle slots are dropped.
    private static let slotLimit = 32

    private let graph: SharedGraph
    private let executor: QueryExecutor
    private let state = NIOLockedValueBox(State())

    init(graph: SharedGraph, executor: QueryExecutor) {
        self.graph = graph
        self.executor = executor
    }

    func answer(_ query: WholeGraphQuery) async -> QueryResult {
        let current = graph.version
        return await withCheckedContinuation { (continuation: Waiter) in
            let decision = state.withLockedValue { state -> Decision in
                var slot = state.slots[query] ?? Slot()
                if let ready = slot.ready, ready.version >= current { return .ready(ready.result) }
                if let running = slot.running, running.version >= current {
                    state.waiters[running.flight, default: []].append(continuation)
                    return .joined
                }
                if let pending = slot.pending {
                    state.waiters[pending, default: []].append(continuation)
                    return .joined
                }
                if state.slots[query] == nil, state.slots.count >= Self.slotLimit {
                    state.slots = state.slots.filter { $0.value.pending != nil || $0.value.running != nil }
                }
                let flight = state.nextFlight
                state.nextFlight += 1
                slot.pending = flight
                state.slots[query] = slot
                state.waiters[flight] = [continuation]
                return .launch(flight)
            }
            switch decision {
            case .ready(let result):
                continuation.resume(returning: result)
            case .joined:
                break
            case .launch(let flight):
                executor.submit { self.fly(query, flight: flight) }
            }
        }
    }

    /// Runs on the executor: snapshot, compute, keep, then answer every waiter of the flight.
    private func fly(_ query: WholeGraphQuery, flight: Int) {
        // Closed to newcomers before the snapshot: a query arriving after this point may be at a
        // version this snapshot misses, so it starts the next flight instead.
        state.withLockedValue { state in
            if state.slots[query]?.pending == flight { state.slots[query]?.pending = nil }
        }
        let (version, snapshot) = graph.snapshot()
        state.withLockedValue { state in
            state.slots[query, default: Slot()].running = (flight, version)
        }
        let result = Self.compute(query, on: snapshot)
        let waiters = state.withLockedValue { state -> [Waiter] in
            var slot = state.slots[query] ?? Slot()
            if slot.running?.flight == flight { slot.running = nil }
            // An export is the whole graph again, as large as the graph: it is shared by the
            // clients waiting on this flight but not kept for later ones.
            if query != .export, (slot.ready?.version ?? 0) <= version { slot.ready = (version, result) }
            state.slots[query] = slot
            return state.waiters.removeValue(forKey: flight) ?? []
        }
        for waiter in waiters { waiter.resume(returning: result) }
    }

    private static func compute(_ query: WholeGraphQuery, on graph: any ClaimGraphModel) -> QueryResult {
        switch query {
        case .stats:
            return .stats(graph.graphStats())
        case .stories(let limit):
            return .stories(graph.storySummaries(limit: limit))
        case .conflicts:
            return .conflicts(graph.conflictView(story: nil))
        case .export:
            return .export(graph.export())
        }
    }
}
