import ClaimModel
import Logging
import NIOCore
import Testing

@testable import Wire

/// A server on an ephemeral loopback port for the duration of `body`.
func withLoopbackServer<T: Sendable>(
    _ configuration: WireServerConfiguration = WireServerConfiguration(acceptedRoles: [.client, .extractor]),
    responder: @escaping WireResponder = echoResponder,
    logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
    _ body: @Sendable (Int) async throws -> T
) async throws -> T {
    let server = WireServer(configuration: configuration, responder: responder, logger: logger)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask {
            try await server.run { _, port in continuation.yield(port) }
            return nil
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        let result = try await body(port)
        group.cancelAll()
        for try await _ in group {}
        return result
    }
}

/// Acks every article as accepted with its mention count; answers `stats` with the batch size.
let echoResponder: WireResponder = { message, _ in
    switch message {
    case .submitArticles(let s):
        return .ack(
            Ack(
                requestID: s.requestID,
                articles: s.articles.map {
                    ArticleAck(ref: $0.ref, id: ArticleID($0.ref), outcome: .accepted, mentionCount: 0)
                }))
    case .ingestBatch(let b):
        return .ack(
            Ack(
                requestID: b.requestID,
                articles: b.articles.map {
                    ArticleAck(
                        ref: $0.article.ref, id: $0.id, outcome: .accepted, mentionCount: $0.mentions.count)
                }))
    case .query(let q):
        switch q.query {
        case .story(let id):
            return .error(ErrorMessage(code: .notFound, message: "no story \(id)", closesConnection: false))
        case .stats:
            return .queryResult(
                QueryResponse(requestID: q.requestID, result: .stats(GraphStats(articles: Int(q.requestID)))))
        default:
            return .queryResult(QueryResponse(requestID: q.requestID, result: .export(Fixtures.export)))
        }
    default:
        return .error(ErrorMessage(code: .unexpectedMessage, message: "?", closesConnection: false))
    }
}

@Suite struct LoopbackTests {
    @Test func handshakeRequestsAndPing() async throws {
        try await withLoopbackServer { port in
            let client = try await WireClient.connect(host: "127.0.0.1", port: port, role: .client)
            #expect(client.welcome.role == .aggregator)
            #expect(client.welcome.version == 1)
            let ack = try await client.submit([Fixtures.article])
            #expect(ack.articles.map(\.ref) == [Fixtures.article.ref])
            let ingestAck = try await client.ingest(Array(repeating: Fixtures.analyzed, count: 30))
            #expect(ingestAck.articles.count == 30)
            #expect(ingestAck.articles.first?.mentionCount == 2)
            let result = try await client.query(.export)
            #expect(result == .export(Fixtures.export))
            _ = try await client.ping()
            await #expect(throws: WireClientError.self) { try await client.query(.story(id: "nope")) }
            // Still usable after a request-level error.
            _ = try await client.query(.stats)
            await client.close()
        }
    }

    @Test func concurrentRequestsAreCorrelated() async throws {
        try await withLoopbackServer { port in
            let client = try await WireClient.connect(host: "127.0.0.1", port: port, role: .client)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        let result = try await client.query(.stats)
                        guard case .stats = result else { throw WireClientError.unexpectedReply("\(result)") }
                    }
                }
                try await group.waitForAll()
            }
            await client.close()
        }
    }

    @Test func roleAndTokenAreChecked() async throws {
        let configuration = WireServerConfiguration(
            acceptedRoles: [.extractor], tokens: [.extractor: "right"])
        try await withLoopbackServer(configuration) { port in
            await #expect(throws: WireClientError.self) {
                _ = try await WireClient.connect(host: "127.0.0.1", port: port, role: .client)
            }
            do {
                _ = try await WireClient.connect(
                    host: "127.0.0.1", port: port, role: .extractor, token: "wrong")
                Issue.record("wrong token admitted")
            } catch WireClientError.remote(let error) {
                #expect(error.code == .unauthorized)
            }
            let client = try await WireClient.connect(
                host: "127.0.0.1", port: port, role: .extractor, token: "right")
            _ = try await client.ping()
            await client.close()
        }
    }
}
