import ClaimModel
import Wire

/// One connection to the aggregator's query port, with answers checked for their kind.
struct AggregatorSession {
    let client: WireClient
    let endpoint: Endpoint

    func query(_ query: Query) async throws(ClientError) -> QueryResult {
        do {
            return try await client.query(query)
        } catch {
            throw ClientError.from(error, service: "aggregator", address: endpoint.description)
        }
    }

    func close() async { await client.close() }

    /// Runs `body` with a session, closing it afterwards.
    static func with<T>(
        _ options: AggregatorOptions, _ body: (AggregatorSession) async throws -> T
    ) async throws -> T {
        let session = try await options.connect()
        do {
            let result = try await body(session)
            await session.close()
            return result
        } catch {
            await session.close()
            throw error
        }
    }

    static func unexpected(_ result: QueryResult, expected: String) -> ClientError {
        if case .notFound(let what) = result {
            return .notFound(
                what: what, hint: "list what exists with `claimwire stories` or `claimwire claims`")
        }
        return .unexpectedAnswer("expected \(expected), got \(result)")
    }
}
