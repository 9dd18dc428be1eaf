import ClaimModel
import ClaimStore
import Logging
import Wire

/// Answers `Query` on the query listener from the in-memory graph; claim evidence sentences are
/// cut from the stored article texts by byte span.
struct QueryHandler: Sendable {
    let store: ClaimStore
    let graph: SharedGraph
    let logger: Logger

    func respond(_ message: Message, _ connection: WireConnectionInfo) async -> Message {
        guard case .query(let request) = message else {
            return .error(
                ErrorMessage(
                    code: .unexpectedMessage,
                    message: "the query listener takes Query, not \(message.type)",
                    closesConnection: false, requestID: message.requestID))
        }
        do {
            let result = try answer(request.query)
            return .queryResult(QueryResponse(requestID: request.requestID, result: result))
        } catch {
            var logger = self.logger
            logger[metadataKey: "connection.id"] = "\(connection.id)"
            logger.error("query failed", metadata: ["query": "\(request.query)", "reason": "\(error)"])
            return .error(
                ErrorMessage(
                    code: .unavailable, message: "\(error)", closesConnection: false,
                    requestID: request.requestID))
        }
    }

    func answer(_ query: Query) throws -> QueryResult {
        switch query {
        case .stories(let limit):
            return .stories(graph.read { $0.storySummaries(limit: max(0, limit)) })
        case .story(let id):
            guard let page = graph.read({ $0.storyPage(id: id) }) else {
                return .notFound(what: "story \(id)")
            }
            return .story(page)
        case .claims(let filter):
            return .claims(graph.read { $0.claimList(filter) })
        case .claim(let id):
            guard var evidence = graph.read({ $0.claimEvidence(id: id) }) else {
                return .notFound(what: "claim \(id)")
            }
            if evidence.sentences.isEmpty {
                evidence.sentences = try store.sentences(for: evidence.claim.evidence)
            }
            return .claim(evidence)
        case .conflicts(let story):
            return .conflicts(graph.read { $0.conflictView(story: story) })
        case .stats:
            return .stats(graph.read { $0.graphStats() })
        case .export:
            return .export(graph.read { $0.export() })
        }
    }
}
