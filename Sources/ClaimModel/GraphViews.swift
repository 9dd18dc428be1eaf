// The graph as the aggregator shows it: query results and the full export.
// Field names in JSON follow the export format of the evaluation (`GOLD-FORMAT.md`).

/// How well a canonical claim is supported.
public enum ClaimStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Two or more independent origins state it.
    case corroborated
    /// One independent origin states it.
    case singleSource = "single-source"
    /// Another claim on the same subject, measure family and period gives an incompatible figure.
    case contested
    /// A party disputes it.
    case denied
}

/// Why two or more claims are shown side by side.
public enum ConflictKind: String, Hashable, Sendable, Codable, CaseIterable {
    case divergentFigures = "divergent-figures"
    case correction
}

/// An article as the graph holds it.
public struct ArticleRecord: Hashable, Sendable, Codable {
    public var id: ArticleID
    public var ref: String
    public var outlet: String?
    public var title: String
    public var url: String?
    public var published: Day?
    public var story: String?
    /// The earliest article with the same or a near-identical text, when this is a copy.
    public var duplicateOf: ArticleID?
    public var mentionCount: Int

    public init(
        id: ArticleID, ref: String, outlet: String?, title: String, url: String? = nil,
        published: Day?, story: String?, duplicateOf: ArticleID?, mentionCount: Int = 0
    ) {
        self.id = id
        self.ref = ref
        self.outlet = outlet
        self.title = title
        self.url = url
        self.published = published
        self.story = story
        self.duplicateOf = duplicateOf
        self.mentionCount = mentionCount
    }

    enum CodingKeys: String, CodingKey {
        case id, ref, outlet, title, url, published, story
        case duplicateOf = "duplicate_of"
        case mentionCount = "mention_count"
    }
}

/// A cluster of articles telling one story.
public struct StoryRecord: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    /// Articles in the story, earliest first.
    public var articles: [ArticleID]
    /// Other stories sharing entities with this one (the same company in another week).
    public var related: [String]
    public var firstPublished: Day?
    public var lastPublished: Day?

    public init(
        id: String, title: String, articles: [ArticleID], related: [String] = [],
        firstPublished: Day? = nil, lastPublished: Day? = nil
    ) {
        self.id = id
        self.title = title
        self.articles = articles
        self.related = related
        self.firstPublished = firstPublished
        self.lastPublished = lastPublished
    }

    enum CodingKeys: String, CodingKey {
        case id, title, articles, related
        case firstPublished = "first_published"
        case lastPublished = "last_published"
    }
}

/// Where a claim is stated: an article and the byte span of the sentence.
public struct EvidenceRef: Hashable, Sendable, Codable {
    public var article: ArticleID
    public var start: Int
    public var end: Int

    public init(article: ArticleID, start: Int, end: Int) {
        self.article = article
        self.start = start
        self.end = end
    }
}

/// Mentions merged into one canonical claim.
public struct ClaimRecord: Hashable, Sendable, Codable {
    public var id: String
    public var story: String?
    public var subject: String
    public var measure: String
    public var values: [Value]
    public var bound: Bound
    public var upper: [Value]
    public var period: Period?
    /// Articles stating it, sorted.
    public var sources: [ArticleID]
    /// Independent origins: sources less syndicated copies.
    public var origins: Int
    public var attributions: [String]
    public var hedged: Bool
    public var status: ClaimStatus
    public var evidence: [EvidenceRef]

    public init(
        id: String, story: String?, subject: String, measure: String, values: [Value], bound: Bound,
        upper: [Value] = [], period: Period?, sources: [ArticleID], origins: Int,
        attributions: [String], hedged: Bool = false, status: ClaimStatus, evidence: [EvidenceRef]
    ) {
        self.id = id
        self.story = story
        self.subject = subject
        self.measure = measure
        self.values = values
        self.bound = bound
        self.upper = upper
        self.period = period
        self.sources = sources
        self.origins = origins
        self.attributions = attributions
        self.hedged = hedged
        self.status = status
        self.evidence = evidence
    }
}

/// Claims shown side by side because their figures compete.
public struct ConflictRecord: Hashable, Sendable, Codable {
    public var claims: [String]
    public var kind: ConflictKind

    public init(claims: [String], kind: ConflictKind) {
        self.claims = claims
        self.kind = kind
    }
}

/// A party disputing claims, with the articles that report the dispute.
public struct DenialRecord: Hashable, Sendable, Codable {
    public var by: String
    public var claims: [String]
    public var sources: [ArticleID]
    /// The report or outlet disputed, when named.
    public var target: String?
    public var evidence: [EvidenceRef]

    public init(
        by: String, claims: [String], sources: [ArticleID], target: String? = nil,
        evidence: [EvidenceRef] = []
    ) {
        self.by = by
        self.claims = claims
        self.sources = sources
        self.target = target
        self.evidence = evidence
    }
}

/// The whole graph, or a slice of it (one story's page), in the export format.
public struct GraphExport: Hashable, Sendable, Codable {
    public var articles: [ArticleRecord]
    public var stories: [StoryRecord]
    public var claims: [ClaimRecord]
    public var conflicts: [ConflictRecord]
    public var denials: [DenialRecord]

    public init(
        articles: [ArticleRecord] = [], stories: [StoryRecord] = [], claims: [ClaimRecord] = [],
        conflicts: [ConflictRecord] = [], denials: [DenialRecord] = []
    ) {
        self.articles = articles
        self.stories = stories
        self.claims = claims
        self.conflicts = conflicts
        self.denials = denials
    }
}

/// One line of the story list.
public struct StorySummary: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var articleCount: Int
    public var outletCount: Int
    public var claimCount: Int
    public var conflictCount: Int
    public var denialCount: Int
    public var firstPublished: Day?
    public var lastPublished: Day?

    public init(
        id: String, title: String, articleCount: Int, outletCount: Int, claimCount: Int,
        conflictCount: Int, denialCount: Int, firstPublished: Day?, lastPublished: Day?
    ) {
        self.id = id
        self.title = title
        self.articleCount = articleCount
        self.outletCount = outletCount
        self.claimCount = claimCount
        self.conflictCount = conflictCount
        self.denialCount = denialCount
        self.firstPublished = firstPublished
        self.lastPublished = lastPublished
    }

    enum CodingKeys: String, CodingKey {
        case id, title
        case articleCount = "article_count"
        case outletCount = "outlet_count"
        case claimCount = "claim_count"
        case conflictCount = "conflict_count"
        case denialCount = "denial_count"
        case firstPublished = "first_published"
        case lastPublished = "last_published"
    }
}

/// A sentence that states a claim, with where it was published.
public struct EvidenceSentence: Hashable, Sendable, Codable {
    public var article: ArticleID
    public var outlet: String?
    public var title: String
    public var published: Day?
    public var start: Int
    public var end: Int
    public var sentence: String

    public init(
        article: ArticleID, outlet: String?, title: String, published: Day?, start: Int, end: Int,
        sentence: String
    ) {
        self.article = article
        self.outlet = outlet
        self.title = title
        self.published = published
        self.start = start
        self.end = end
        self.sentence = sentence
    }
}

/// A claim with the sentences behind it.
public struct ClaimEvidence: Hashable, Sendable, Codable {
    public var claim: ClaimRecord
    public var sentences: [EvidenceSentence]
    public var conflicts: [ConflictRecord]
    public var denials: [DenialRecord]

    public init(
        claim: ClaimRecord, sentences: [EvidenceSentence], conflicts: [ConflictRecord] = [],
        denials: [DenialRecord] = []
    ) {
        self.claim = claim
        self.sentences = sentences
        self.conflicts = conflicts
        self.denials = denials
    }
}

/// Counts over the whole graph.
public struct GraphStats: Hashable, Sendable, Codable {
    public var articles: Int
    public var duplicates: Int
    public var mentions: Int
    public var claims: Int
    public var stories: Int
    public var conflicts: Int
    public var denials: Int
    public var outlets: Int

    public init(
        articles: Int = 0, duplicates: Int = 0, mentions: Int = 0, claims: Int = 0, stories: Int = 0,
        conflicts: Int = 0, denials: Int = 0, outlets: Int = 0
    ) {
        self.articles = articles
        self.duplicates = duplicates
        self.mentions = mentions
        self.claims = claims
        self.stories = stories
        self.conflicts = conflicts
        self.denials = denials
        self.outlets = outlets
    }
}

/// Filters of the claim list; nil or empty means "any".
public struct ClaimFilter: Hashable, Sendable, Codable {
    /// Subject name, case-insensitive.
    public var entity: String?
    public var story: String?
    public var status: ClaimStatus?
    public var minSources: Int
    /// At most this many claims, most supported first; 0 means no limit.
    public var limit: Int

    public init(
        entity: String? = nil, story: String? = nil, status: ClaimStatus? = nil, minSources: Int = 0,
        limit: Int = 0
    ) {
        self.entity = entity
        self.story = story
        self.status = status
        self.minSources = minSources
        self.limit = limit
    }
}
