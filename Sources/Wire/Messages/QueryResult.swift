import ClaimModel

/// The answer to a `Query`.
public enum QueryResult: Sendable, Hashable {
    case stories([StorySummary])
    /// The story's slice: its `StoryRecord` (and related), articles, claims, conflicts, denials.
    case story(GraphExport)
    case claims([ClaimRecord])
    case claim(ClaimEvidence)
    /// The conflicting claims and the conflicts.
    case conflicts(GraphExport)
    case stats(GraphStats)
    case export(GraphExport)
    /// The story or claim asked for does not exist.
    case notFound(what: String)
}

/// Aggregator → client: the result of the query `requestID`.
public struct QueryResponse: Sendable, Hashable {
    public var requestID: UInt64
    public var result: QueryResult

    public init(requestID: UInt64, result: QueryResult) {
        self.requestID = requestID
        self.result = result
    }
}
