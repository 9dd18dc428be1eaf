/// A stretch of an article about one topic. A roundup newsletter has several; most articles one.
public struct Passage: Hashable, Sendable, Codable {
    public var span: TextSpan
    /// True when the passage is about the article's own story (its title's topic);
    /// false for a roundup's unrelated items, whose mentions belong to other stories.
    public var isMain: Bool
    /// The entities the passage names most, most frequent first.
    public var entities: [String]

    public init(span: TextSpan, isMain: Bool, entities: [String] = []) {
        self.span = span
        self.isMain = isMain
        self.entities = entities
    }
}

/// A named thing and how often the article names it.
public struct EntityCount: Hashable, Sendable, Codable {
    public var name: String
    public var count: Int

    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}

/// What the graph needs besides mentions: identity, near-duplicate fingerprint, clustering cues.
public struct ArticleFeatures: Hashable, Sendable, Codable {
    /// Hex content hash of the normalised text alone: equal for the same text from two outlets.
    public var textHash: String
    /// 64-bit SimHash over word shingles of the normalised text; syndicated copies differ in
    /// few bits.
    public var simhash: UInt64
    /// Entities named in the main passages, most frequent first.
    public var entities: [EntityCount]
    /// Distinctive lower-case terms of the title and main passages, most weighty first.
    public var keyTerms: [String]
    /// The article's passages in text order; never empty for a non-empty text.
    public var passages: [Passage]

    public init(
        textHash: String, simhash: UInt64, entities: [EntityCount] = [], keyTerms: [String] = [],
        passages: [Passage] = []
    ) {
        self.textHash = textHash
        self.simhash = simhash
        self.entities = entities
        self.keyTerms = keyTerms
        self.passages = passages
    }
}

/// One article with everything extraction found in it: what `IngestBatch` carries per article
/// and what the store keeps.
public struct AnalyzedArticle: Hashable, Sendable, Codable {
    public var id: ArticleID
    public var article: Article
    public var mentions: [Mention]
    public var denials: [Denial]
    public var features: ArticleFeatures

    public init(
        id: ArticleID, article: Article, mentions: [Mention], denials: [Denial], features: ArticleFeatures
    ) {
        self.id = id
        self.article = article
        self.mentions = mentions
        self.denials = denials
        self.features = features
    }
}
