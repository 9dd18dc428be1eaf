/// The thresholds of the graph's rules, in one place.
public struct GraphRules: Sendable, Hashable {
    /// Syndicated copies: SimHashes at most this many bits apart...
    public var nearCopyBits = 3
    /// ...and lengths within this ratio.
    public var nearCopyLengthRatio = 0.85
    /// Articles further apart than this many days are never in one story.
    public var storyWindowDays = 3
    /// Similarity at or above which two articles are in one story.
    public var storyThreshold: Float = 0.2
    public var entitiesPerArticle = 8
    /// Leading entities and terms an article is found by when looking for story candidates.
    public var indexedEntities = 4
    public var indexedTerms = 8
    public var termsPerArticle = 16
    /// Weight of a mention's subject as a clustering entity, relative to named entities.
    public var subjectWeight: Float = 0.5
    /// Edited syndicated copies: SimHashes at most this many bits apart, lengths within
    /// `looseCopyLengthRatio`, published within the story window, and at least this estimated
    /// share of word 3-shingles in common (independent rewrites of one story share under 0.1).
    public var looseCopyBits = 28
    public var looseCopyLengthRatio = 0.6
    public var looseCopyWording = 0.25

    public init() {}
}
