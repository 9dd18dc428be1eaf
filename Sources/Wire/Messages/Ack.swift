import ClaimModel

/// What happened to one article of a batch.
public enum ArticleOutcome: Sendable, Hashable {
    /// Committed for the first time.
    case accepted
    /// Already held (same outlet and text): a resend, not counted twice.
    case duplicate
    /// Refused; the reason says why.
    case rejected(reason: String)
}

/// The answer about one article of a `SubmitArticles` or `IngestBatch`, in batch order.
public struct ArticleAck: Sendable, Hashable {
    /// The caller's reference, echoed.
    public var ref: String
    /// The article's identity; nil when rejected before one was computed.
    public var id: ArticleID?
    public var outcome: ArticleOutcome
    public var mentionCount: Int

    public init(ref: String, id: ArticleID?, outcome: ArticleOutcome, mentionCount: Int) {
        self.ref = ref
        self.id = id
        self.outcome = outcome
        self.mentionCount = mentionCount
    }
}

/// Aggregator → extractor → client: the outcome of each article of the request `requestID`.
public struct Ack: Sendable, Hashable {
    public var requestID: UInt64
    public var articles: [ArticleAck]

    public init(requestID: UInt64, articles: [ArticleAck]) {
        self.requestID = requestID
        self.articles = articles
    }
}
