import Dispatch

/// Runs query computations one at a time on a serial queue of their own, so queries together
/// take at most one core and never a thread of the cooperative pool the ingest path runs on.
final class QueryExecutor: Sendable {
    private let queue: DispatchQueue

    init(label: String = "claimwire.aggregator.queries") {
        self.queue = DispatchQueue(label: label)
    }

    /// Queues `body` behind the computations already queued.
    func submit(_ body: @escaping @Sendable () -> Void) {
        queue.async(execute: body)
    }

    /// Runs `body` in its turn and returns its value to the awaiting task.
    func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }
}
