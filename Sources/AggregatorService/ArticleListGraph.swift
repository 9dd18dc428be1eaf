import ClaimModel

/// A stand-in graph until `ClaimGraph` is merged: articles and one claim per mention, no
/// merging, one story per article. Deterministic like the real one (everything sorted by id),
/// so restart and order tests hold.
public struct ArticleListGraph: ClaimGraphModel {
    private var articles: [ArticleID: AnalyzedArticle] = [:]

    public init() {}

    public mutating func add(_ article: AnalyzedArticle) {
        if articles[article.id] == nil { articles[article.id] = article }
    }

    private var sorted: [AnalyzedArticle] { articles.values.sorted { $0.id < $1.id } }

    private func storyID(_ id: ArticleID) -> String { "s-\(id.rawValue.prefix(12))" }

    private func claims(of article: AnalyzedArticle) -> [ClaimRecord] {
        article.mentions.enumerated().map { index, mention in
            ClaimRecord(
                id: "c-\(article.id.rawValue.prefix(12))-\(index)", story: storyID(article.id),
                subject: mention.subject, measure: mention.measure, values: mention.quantity.values,
                bound: mention.quantity.bound, upper: mention.quantity.upper, period: mention.period,
                sources: [article.id], origins: 1, attributions: mention.attribution.map { [$0] } ?? [],
                hedged: mention.hedged, status: .singleSource,
                evidence: [
                    EvidenceRef(article: article.id, start: mention.evidence.start, end: mention.evidence.end)
                ])
        }
    }

    private func slice(_ selected: [AnalyzedArticle]) -> GraphExport {
        GraphExport(
            articles: selected.map { article in
                ArticleRecord(
                    id: article.id, ref: article.article.ref, outlet: article.article.outlet,
                    title: article.article.title, url: article.article.url,
                    published: article.article.published, story: storyID(article.id), duplicateOf: nil,
                    mentionCount: article.mentions.count)
            },
            stories: selected.map { article in
                StoryRecord(
                    id: storyID(article.id), title: article.article.title, articles: [article.id],
                    firstPublished: article.article.published, lastPublished: article.article.published)
            },
            claims: selected.flatMap(claims(of:)))
    }

    public func export() -> GraphExport { slice(sorted) }

    public func storySummaries(limit: Int) -> [StorySummary] {
        let all = sorted.map { article in
            StorySummary(
                id: storyID(article.id), title: article.article.title, articleCount: 1,
                outletCount: article.article.outlet == nil ? 0 : 1, claimCount: article.mentions.count,
                conflictCount: 0, denialCount: article.denials.count,
                firstPublished: article.article.published, lastPublished: article.article.published)
        }
        return limit > 0 ? Array(all.prefix(limit)) : all
    }

    public func storyPage(id: String) -> GraphExport? {
        let selected = sorted.filter { storyID($0.id) == id }
        return selected.isEmpty ? nil : slice(selected)
    }

    public func claimList(_ filter: ClaimFilter) -> [ClaimRecord] {
        let all = sorted.flatMap(claims(of:)).filter { claim in
            (filter.entity.map { claim.subject.lowercased() == $0.lowercased() } ?? true)
                && (filter.story.map { claim.story == $0 } ?? true)
                && (filter.status.map { claim.status == $0 } ?? true)
                && claim.sources.count >= filter.minSources
        }
        return filter.limit > 0 ? Array(all.prefix(filter.limit)) : all
    }

    public func claimEvidence(id: String) -> ClaimEvidence? {
        sorted.lazy.flatMap(claims(of:)).first { $0.id == id }.map { ClaimEvidence(claim: $0, sentences: []) }
    }

    public func conflictView(story: String?) -> GraphExport { GraphExport() }

    public func graphStats() -> GraphStats {
        let all = Array(articles.values)
        return GraphStats(
            articles: all.count, mentions: all.reduce(0) { $0 + $1.mentions.count },
            claims: all.reduce(0) { $0 + $1.mentions.count }, stories: all.count,
            denials: all.reduce(0) { $0 + $1.denials.count },
            outlets: Set(all.compactMap(\.article.outlet)).count)
    }
}
