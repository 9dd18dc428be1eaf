import ClaimModel

/// Extractor → aggregator: analysed articles to commit. Answered by an `Ack` with the same id,
/// sent only once the articles are durable.
public struct IngestBatch: Sendable, Hashable {
    public var requestID: UInt64
    public var articles: [AnalyzedArticle]

    public init(requestID: UInt64, articles: [AnalyzedArticle]) {
        self.requestID = requestID
        self.articles = articles
    }
}
