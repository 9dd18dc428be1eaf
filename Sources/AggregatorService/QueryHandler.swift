import ClaimModel
import ClaimStore
import Logging
import Wire

/// Answers `Query` on the query listener from the in-memory graph; claim evidence sentences are
/// cut from the stored article texts by byte span. Every graph computation runs on one serial
/// executor (queries take at most one core, never the ingest path's threads); whole-graph answers
/// are kept per graph version and shared by the clients asking at once (`WholeGraphAnswers`).
struct QueryHandler: Sendable {
    let store: ClaimStore
    let graph: SharedGraph
    let logger: Logger
    private let executor: QueryExecutor
    private let wholeGraph: WholeGraphAnswers

    init(store: ClaimStore, graph: SharedGraph, logger: Logger) {
        self.store = store
        self.graph = graph
        self.logger = logger
        let executor = QueryExecutor()
        self.executor = executor
        self.wholeGraph = WholeGraphAnswers(graph: graph, executor: executor)
    }

    func respond(_ message: Message, _ connection: WireConnectionInfo) async -> Message {
        guard case .query(let request) = message else {
            return .error(
                ErrorMessage(
                    code: .unexpectedMessage,
                    message: "the query listener takes Query, not \(message.type)",
                    closesConnection: false, requestID: message.requestID))
        }
        do {
            let result = try await answer(request.query)
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

    func answer(_ query: Query) async throws -> QueryResult {
        let graph = self.graph
        switch query {
        case .stories(let limit):
            return await wholeGraph.answer(.stories(limit: max(0, limit)))
        case .story(let id):
            guard let page = await executor.run({ graph.read { $0.storyPage(id: id) } }) else {
                return .notFound(what: "story \(id)")
            }
            return .story(page)
        case .claims(let filter):
            return .claims(await executor.run { graph.read { $0.claimList(filter) } })
        case .claim(let id):
            guard var evidence = await executor.run({ graph.read { $0.claimEvidence(id: id) } }) else {
                return .notFound(what: "claim \(id)")
            }
            if evidence.sentences.isEmpty {
                evidence.sentences = try store.sentences(for: evidence.claim.evidence)
            }
            return .claim(evidence)
        case .conflicts(let story?):
            return .conflicts(await executor.run { graph.read { $0.conflictView(story: story) } })
        case .conflicts(nil):
            return await wholeGraph.answer(.conflicts)
        case .stats:
            return await wholeGraph.answer(.stats)
        case .export:
            return await wholeGraph.answer(.export)
        }
    }
}
