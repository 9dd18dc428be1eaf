import ClaimModel

/// A question to the aggregator.
public enum Query: Sendable, Hashable {
    /// The story list, most recent first; `limit` 0 means all.
    case stories(limit: Int)
    /// One story's page.
    case story(id: String)
    case claims(ClaimFilter)
    /// One claim with its evidence sentences.
    case claim(id: String)
    /// The conflicts, of one story or of all.
    case conflicts(story: String?)
    case stats
    /// The whole graph in the export format.
    case export
}

/// Client → aggregator: a query, answered by a `QueryResponse` with the same id.
public struct QueryRequest: Sendable, Hashable {
    public var requestID: UInt64
    public var query: Query

    public init(requestID: UInt64, query: Query) {
        self.requestID = requestID
        self.query = query
    }
}
