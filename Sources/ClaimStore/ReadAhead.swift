import ClaimModel
import Foundation

/// A bounded hand-over of article chunks from a reading thread to the consuming thread, so
/// decoding rows overlaps whatever the consumer does with them (the graph rebuild). At most
/// `capacity` chunks wait, so memory stays bounded however slow the consumer is.
final class ReadAhead: @unchecked Sendable {
    // `condition` guards every stored property below.
    private let condition = NSCondition()
    private var chunks: [[(Int64, AnalyzedArticle)]] = []
    private var finished = false
    private var failure: (any Error)?
    private var abandoned = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Producer: waits while the buffer is full. Returns false once the consumer gave up.
    func put(_ chunk: [(Int64, AnalyzedArticle)]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= capacity && !abandoned { condition.wait() }
        if abandoned { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    /// Producer: no more chunks, with the error that stopped reading, if any.
    func finish(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer: the next chunk, or nil when the producer finished (throwing its error).
    func take() throws -> [(Int64, AnalyzedArticle)]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        if !chunks.isEmpty {
            let chunk = chunks.removeFirst()
            condition.broadcast()
            return chunk
        }
        if let failure { throw failure }
        return nil
    }

    /// Consumer: stop; the producer's next `put` returns false.
    func abandon() {
        condition.lock()
        abandoned = true
        chunks.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
