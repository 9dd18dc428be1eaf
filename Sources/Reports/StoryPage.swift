import ClaimModel

/// The multi-source page of one story, ready to render: a headline, the top claims with
/// numbered citations to the outlets behind them, competing figures side by side, denials
/// beside what they deny, and the numbered source list with syndicated copies marked.
///
/// Built from a story's slice of the graph (`Query.story`) or from the whole export; the
/// renderers (`StoryPageText`, `StoryPageMarkdown`, `StoryPageHTML`) only lay it out.
public struct StoryPage: Hashable, Sendable {
    /// One article of the story, numbered the way citations refer to it.
    public struct Source: Hashable, Sendable {
        public var number: Int
        public var article: ArticleRecord
        /// The number of the original this is a syndicated copy of, when the original is in
        /// the story.
        public var copyOf: Int?
        /// True when the article is a copy of a text outside the story.
        public var isCopy: Bool

        public var outlet: String { article.outlet ?? "Unknown outlet" }
    }

    /// A claim with the source numbers that state it, independent origins first.
    public struct CitedClaim: Hashable, Sendable {
        public var claim: ClaimRecord
        public var citations: [Int]
        /// Distinct outlets behind the citations, in citation order.
        public var outlets: [String]
    }

    /// Claims whose figures compete, to be shown side by side.
    public struct CompetingFigures: Hashable, Sendable {
        public var kind: ConflictKind
        public var subject: String
        public var measure: String
        public var period: Period?
        public var entries: [CitedClaim]
    }

    /// A party disputing claims of the story, with what it disputes and who reports it.
    public struct DisputedClaims: Hashable, Sendable {
        public var denial: DenialRecord
        public var denied: [CitedClaim]
        public var citations: [Int]
    }

    public var storyID: String
    public var headline: String
    public var firstPublished: Day?
    public var lastPublished: Day?
    public var sources: [Source]
    /// The best-supported claims, most independent origins first.
    public var summary: [CitedClaim]
    /// Every other claim of the story, in the same order.
    public var moreClaims: [CitedClaim]
    public var competing: [CompetingFigures]
    public var disputes: [DisputedClaims]
    public var related: [String]

    /// Distinct known outlets among the sources.
    public var outletCount: Int { Set(sources.compactMap(\.article.outlet)).count }

    /// Lays out `story` from a slice (or the whole export) that holds its articles, claims,
    /// conflicts and denials. `summaryLimit` caps the summary; the rest go to `moreClaims`.
    public init(story: StoryRecord, graph: GraphExport, summaryLimit: Int = 6) {
        storyID = story.id
        related = story.related
        let articlesByID = Dictionary(graph.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var sources: [Source] = []
        var numberOf: [ArticleID: Int] = [:]
        for id in story.articles {
            guard numberOf[id] == nil, let article = articlesByID[id] else { continue }
            numberOf[id] = sources.count + 1
            sources.append(Source(number: sources.count + 1, article: article, copyOf: nil, isCopy: false))
        }
        for i in sources.indices {
            guard let original = sources[i].article.duplicateOf else { continue }
            sources[i].isCopy = true
            sources[i].copyOf = numberOf[original]
        }
        self.sources = sources
        let published = sources.compactMap(\.article.published)
        firstPublished = story.firstPublished ?? published.min()
        lastPublished = story.lastPublished ?? published.max()

        func cite(_ claim: ClaimRecord) -> CitedClaim {
            let numbers = Set(claim.sources.compactMap { numberOf[$0] }).sorted()
            var outlets: [String] = []
            for n in numbers where !outlets.contains(sources[n - 1].outlet) {
                outlets.append(sources[n - 1].outlet)
            }
            return CitedClaim(claim: claim, citations: numbers, outlets: outlets)
        }
        // A claim without a story belongs to this page only when the graph is this story's slice.
        let isSlice = graph.stories.count <= 1
        let storyClaims = graph.claims.filter { $0.story == story.id || ($0.story == nil && isSlice) }
        // Claims about what the headline names lead the summary; a roundup's side figures
        // about other companies follow, however often they are repeated.
        let title = story.title.lowercased()
        let ranked = storyClaims.sorted { a, b in
            let aNamed = !a.subject.isEmpty && title.contains(a.subject.lowercased())
            let bNamed = !b.subject.isEmpty && title.contains(b.subject.lowercased())
            if aNamed != bNamed { return aNamed }
            return StoryPage.moreSupported(a, b)
        }.map(cite)
        summary = Array(ranked.prefix(summaryLimit))
        moreClaims = Array(ranked.dropFirst(summaryLimit))
        headline = story.title.isEmpty ? StoryPage.fallbackHeadline(ranked.first?.claim) : story.title

        let claimsByID = Dictionary(storyClaims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        competing = graph.conflicts.compactMap { conflict in
            let members = conflict.claims.compactMap { claimsByID[$0] }
            guard members.count >= 2, let first = members.first else { return nil }
            return CompetingFigures(
                kind: conflict.kind, subject: first.subject, measure: first.measure, period: first.period,
                entries: members.sorted(by: StoryPage.moreSupported).map(cite))
        }
        disputes = graph.denials.compactMap { denial in
            let denied = denial.claims.compactMap { claimsByID[$0] }.map(cite)
            let reporting = Set(denial.sources.compactMap { numberOf[$0] }).sorted()
            guard !denied.isEmpty || !reporting.isEmpty else { return nil }
            return DisputedClaims(denial: denial, denied: denied, citations: reporting)
        }
    }

    /// One page per story of a whole export, in the export's story order.
    public static func pages(from graph: GraphExport, summaryLimit: Int = 6) -> [StoryPage] {
        graph.stories.map { StoryPage(story: $0, graph: graph, summaryLimit: summaryLimit) }
    }

    /// Most independent origins first, then most sources, then the steadier status, then id:
    /// a total order, so the page is the same however the graph was built.
    static func moreSupported(_ a: ClaimRecord, _ b: ClaimRecord) -> Bool {
        if a.origins != b.origins { return a.origins > b.origins }
        if a.sources.count != b.sources.count { return a.sources.count > b.sources.count }
        let rank: [ClaimStatus: Int] = [.corroborated: 0, .contested: 1, .denied: 2, .singleSource: 3]
        if rank[a.status] != rank[b.status] { return rank[a.status, default: 9] < rank[b.status, default: 9] }
        return a.id < b.id
    }

    static func fallbackHeadline(_ claim: ClaimRecord?) -> String {
        guard let claim else { return "Untitled story" }
        return "\(claim.subject): \(claim.measure)"
    }

    /// `ByteDance · capital expenditure · 2025`.
    public static func topic(subject: String, measure: String, period: Period?) -> String {
        [subject, measure, period?.rawValue].compactMap { $0 }.joined(separator: " · ")
    }

    /// `[1][2][4]`.
    public static func citationMarks(_ numbers: [Int]) -> String {
        numbers.map { "[\($0)]" }.joined()
    }

    /// The one-line statement of a claim for the summary:
    /// `ByteDance capital expenditure (2025): over $20.64bn (150bn CNY)`.
    public static func statement(_ claim: ClaimRecord) -> String {
        var text = "\(claim.subject) \(claim.measure)"
        if let period = claim.period { text += " (\(period.rawValue))" }
        return text + ": " + ValueFormat.figure(of: claim)
    }

    /// `according to two people briefed on the matter, Financial Times`, or empty.
    public static func attribution(_ claim: ClaimRecord) -> String {
        var parts: [String] = []
        if !claim.attributions.isEmpty {
            parts.append("according to " + claim.attributions.prefix(3).joined(separator: "; "))
        }
        if claim.hedged { parts.append("reportedly") }
        return parts.joined(separator: ", ")
    }

    /// `ByteDance disputes the Financial Times report`.
    public static func disputeLine(_ denial: DenialRecord) -> String {
        if let target = denial.target, !target.isEmpty {
            if target.lowercased().contains("report") { return "\(denial.by) disputes \(target)" }
            return "\(denial.by) disputes the \(target) report"
        }
        return "\(denial.by) disputes the reports"
    }
}
