import ClaimModel
import ClaimStore
import Logging
import Wire

/// Answers `IngestBatch` on the ingest listener: commit to the store (shared transactions with
/// concurrent batches), then add the accepted articles to the graph, then acknowledge. An
/// article is acknowledged only after the transaction holding it has committed; when the commit
/// fails nothing of the batch is acknowledged and the extractor gets `unavailable`.
struct IngestHandler: Sendable {
    let store: ClaimStore
    let graph: SharedGraph
    let logger: Logger

    func respond(_ message: Message, _ connection: WireConnectionInfo) async -> Message {
        guard case .ingestBatch(let batch) = message else {
            return .error(
                ErrorMessage(
                    code: .unexpectedMessage,
                    message: "the ingest listener takes IngestBatch, not \(message.type)",
                    closesConnection: false, requestID: message.requestID))
        }
        var logger = self.logger
        logger[metadataKey: "connection.id"] = "\(connection.id)"
        logger[metadataKey: "request.id"] = "\(batch.requestID)"
        let results: [InsertResult]
        do {
            results = try await store.insert(batch.articles)
        } catch {
            let storeError = error as? ClaimStoreError
            let code: WireErrorCode = storeError?.refusesWrites == true ? .unavailable : .internalError
            logger.error(
                "ingest refused, nothing acknowledged",
                metadata: ["articles": "\(batch.articles.count)", "reason": "\(storeError ?? error)"])
            return .error(
                ErrorMessage(
                    code: code, message: "\(storeError.map(String.init(describing:)) ?? "\(error)")",
                    closesConnection: false, requestID: batch.requestID))
        }
        guard results.count == batch.articles.count else {
            return .error(
                ErrorMessage(
                    code: .internalError,
                    message: "store answered \(results.count) results for \(batch.articles.count) articles",
                    closesConnection: false, requestID: batch.requestID))
        }
        var accepted: [AnalyzedArticle] = []
        var lastSequence: Int64?
        var acks: [ArticleAck] = []
        acks.reserveCapacity(results.count)
        var duplicates = 0
        var rejected = 0
        for (article, result) in zip(batch.articles, results) {
            let outcome: ArticleOutcome
            switch result.outcome {
            case .accepted:
                accepted.append(article)
                if let sequence = result.sequence { lastSequence = max(lastSequence ?? sequence, sequence) }
                outcome = .accepted
            case .duplicate:
                duplicates += 1
                outcome = .duplicate
            case .rejected(let rejection):
                rejected += 1
                outcome = .rejected(reason: rejection.description)
                logger.notice(
                    "article rejected", metadata: ["ref": "\(article.article.ref)", "reason": "\(rejection)"])
            }
            acks.append(
                ArticleAck(
                    ref: article.article.ref, id: article.id, outcome: outcome,
                    mentionCount: outcome == .accepted || outcome == .duplicate ? article.mentions.count : 0))
        }
        graph.add(accepted, lastSequence: lastSequence)
        logger.debug(
            "batch committed",
            metadata: [
                "accepted": "\(accepted.count)", "duplicates": "\(duplicates)", "rejected": "\(rejected)",
                "mentions": "\(accepted.reduce(0) { $0 + $1.mentions.count })",
            ])
        return .ack(Ack(requestID: batch.requestID, articles: acks))
    }
}
