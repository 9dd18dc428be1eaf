import ClaimModel

/// Client → extractor: articles to analyse and forward. Answered by an `Ack` with the same id.
public struct SubmitArticles: Sendable, Hashable {
    /// Chosen by the client; unique among its requests in flight on the connection.
    public var requestID: UInt64
    public var articles: [Article]

    public init(requestID: UInt64, articles: [Article]) {
        self.requestID = requestID
        self.articles = articles
    }
}
