import ClaimModel
import Wire

/// The batches of one `send`, handed to the extractor lanes that ask for work. A batch that
/// fails on one extractor goes back in the queue and is preferably taken by another; one that
/// keeps failing, or that no live extractor is left to take, ends unacknowledged.
actor SendQueue {
    struct Batch: Sendable {
        let index: Int
        let articles: [Article]
        var attempts = 0
        var lastEndpoint: Endpoint?
        var lastError: String?
    }

    /// What became of one batch.
    enum Outcome: Sendable {
        case acknowledged(Ack, by: Endpoint, latency: Duration)
        case failed(reason: String)
    }

    private var pending: [Batch]
    private var inFlight = 0
    private var liveLanes: Int
    private var waiters: [CheckedContinuation<Batch?, Never>] = []
    private let maxAttempts: Int
    private let onOutcome: @Sendable (Batch, Outcome) -> Void
    private(set) var outcomes: [Int: Outcome] = [:]

    init(
        batches: [[Article]], lanes: Int, maxAttempts: Int,
        onOutcome: @escaping @Sendable (Batch, Outcome) -> Void
    ) {
        pending = batches.enumerated().map { Batch(index: $0.offset, articles: $0.element) }
        liveLanes = lanes
        self.maxAttempts = maxAttempts
        self.onOutcome = onOutcome
    }

    /// The next batch for a lane on `endpoint`, preferring one that did not just fail there;
    /// nil when every batch has an outcome.
    func next(for endpoint: Endpoint) async -> Batch? {
        if let batch = take(for: endpoint) { return batch }
        if pending.isEmpty && inFlight == 0 { return nil }
        return await withCheckedContinuation { waiters.append($0) }
    }

    func acknowledged(_ batch: Batch, ack: Ack, by endpoint: Endpoint, latency: Duration) {
        inFlight -= 1
        settle(batch, .acknowledged(ack, by: endpoint, latency: latency))
    }

    /// The batch could not be delivered through `endpoint`: retry it elsewhere, unless it has
    /// had its attempts or the error is one no retry fixes.
    /// A batch that never left (no connection) is not charged an attempt.
    func failed(_ batch: Batch, on endpoint: Endpoint, reason: String, retryable: Bool, wasSent: Bool = true)
    {
        inFlight -= 1
        var batch = batch
        if wasSent { batch.attempts += 1 }
        batch.lastEndpoint = endpoint
        batch.lastError = reason
        if retryable && batch.attempts < maxAttempts && liveLanes > 0 {
            pending.append(batch)
            wakeWaiters()
        } else {
            settle(batch, .failed(reason: reason))
        }
    }

    /// A lane gave up on its extractor. When none is left, what remains fails.
    func laneExited(reason: String) {
        liveLanes -= 1
        guard liveLanes <= 0 else { return }
        let remaining = pending
        pending.removeAll()
        for batch in remaining {
            settle(batch, .failed(reason: batch.lastError ?? reason))
        }
        wakeWaiters()
    }

    private func take(for endpoint: Endpoint) -> Batch? {
        guard !pending.isEmpty else { return nil }
        let index = pending.firstIndex { $0.lastEndpoint != endpoint } ?? 0
        inFlight += 1
        return pending.remove(at: index)
    }

    private func settle(_ batch: Batch, _ outcome: Outcome) {
        outcomes[batch.index] = outcome
        onOutcome(batch, outcome)
        wakeWaiters()
    }

    /// Every waiter re-checks: there may be a batch to retry, or nothing left at all.
    private func wakeWaiters() {
        let all = waiters
        waiters.removeAll()
        for waiter in all {
            if let batch = take(for: Endpoint(host: "", port: 0)) {
                waiter.resume(returning: batch)
            } else if pending.isEmpty && inFlight == 0 {
                waiter.resume(returning: nil)
            } else {
                waiters.append(waiter)
            }
        }
    }
}
