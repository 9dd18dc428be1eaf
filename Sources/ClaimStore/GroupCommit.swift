import ClaimModel
import Dispatch
import Foundation

/// Coalesces batches that arrive while a commit is running into the next transaction, so one
/// fsync pays for many batches. The first caller to find the committer idle starts a drain on
/// the commit queue; the drain takes everything pending, commits it in one transaction, resumes
/// every waiter with its own results (or the transaction's error), and repeats until nothing is
/// pending. No waiter is resumed before its transaction has committed.
final class GroupCommit: @unchecked Sendable {
    typealias Commit = @Sendable ([[AnalyzedArticle]]) throws -> [[InsertResult]]

    private struct Waiter {
        var batch: [AnalyzedArticle]
        var continuation: CheckedContinuation<[InsertResult], any Error>
    }

    // `lock` guards `pending`, `draining` and `transactions`.
    private let lock = NSLock()
    private var pending: [Waiter] = []
    private var draining = false
    private var transactions = 0
    private let queue = DispatchQueue(label: "claimwire.claimstore.commit", qos: .userInitiated)
    private let commit: Commit
    /// Upper bound on the articles of one transaction, so one commit never grows without limit
    /// under a flood; the rest waits for the next round.
    private let maxArticlesPerTransaction: Int

    init(maxArticlesPerTransaction: Int, commit: @escaping Commit) {
        self.maxArticlesPerTransaction = maxArticlesPerTransaction
        self.commit = commit
    }

    /// Transactions committed (or attempted) so far.
    var transactionCount: Int { lock.withLock { transactions } }

    func submit(_ batch: [AnalyzedArticle]) async throws -> [InsertResult] {
        try await withCheckedThrowingContinuation { continuation in
            let startDrain = lock.withLock { () -> Bool in
                pending.append(Waiter(batch: batch, continuation: continuation))
                if draining { return false }
                draining = true
                return true
            }
            if startDrain { queue.async { self.drain() } }
        }
    }

    private func drain() {
        while true {
            let group = lock.withLock { () -> [Waiter] in
                guard !pending.isEmpty else {
                    draining = false
                    return []
                }
                var taken = 0
                var articles = 0
                while taken < pending.count
                    && (taken == 0 || articles + pending[taken].batch.count <= maxArticlesPerTransaction)
                {
                    articles += pending[taken].batch.count
                    taken += 1
                }
                let group = Array(pending.prefix(taken))
                pending.removeFirst(taken)
                transactions += 1
                return group
            }
            if group.isEmpty { return }
            do {
                let results = try commit(group.map(\.batch))
                for (waiter, result) in zip(group, results) { waiter.continuation.resume(returning: result) }
            } catch {
                for waiter in group { waiter.continuation.resume(throwing: error) }
            }
        }
    }
}
