import ClaimModel

/// What the aggregator needs of the in-memory graph. `ClaimGraph` conforms (see
/// `ClaimGraph+Model.swift`); tests may substitute a simpler graph.
public protocol ClaimGraphModel: Sendable {
    /// Adds one committed article. Called in commit order, but the graph must not depend on it.
    mutating func add(_ article: AnalyzedArticle)
    /// The whole graph in the export format.
    func export() -> GraphExport
    /// The story list, largest first; `limit` 0 means all.
    func storySummaries(limit: Int) -> [StorySummary]
    /// One story's page (its record, related stories, articles, claims, conflicts, denials).
    func storyPage(id: String) -> GraphExport?
    func claimList(_ filter: ClaimFilter) -> [ClaimRecord]
    /// A claim with its conflicts and denials; `sentences` may be left empty, the service cuts
    /// them from the stored texts by span.
    func claimEvidence(id: String) -> ClaimEvidence?
    /// Conflicting claims and their conflicts, of one story or of all.
    func conflictView(story: String?) -> GraphExport
    func graphStats() -> GraphStats
}
