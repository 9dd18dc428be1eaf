import ClaimGraph
import ClaimModel

extension ClaimGraph: ClaimGraphModel {
    public mutating func add(_ article: AnalyzedArticle) {
        insert(article)
    }

    /// Prepared on other threads while this one commits (`insert(contentsOf:)`).
    public mutating func add(contentsOf articles: [AnalyzedArticle]) {
        insert(contentsOf: articles)
    }

    /// `limit` 0 means every story (the wire contract); the graph reads it literally.
    public func storySummaries(limit: Int) -> [StorySummary] { stories(limit: limit > 0 ? limit : Int.max) }

    public func storyPage(id: String) -> GraphExport? { story(id: id) }

    public func claimList(_ filter: ClaimFilter) -> [ClaimRecord] { claims(filter) }

    public func claimEvidence(id: String) -> ClaimEvidence? { claimDetail(id: id) }

    public func conflictView(story: String?) -> GraphExport {
        if let story { return conflicts(story: story) }
        // Every conflict of the graph, with the claims it sets side by side.
        let whole = export()
        let involved = Set(whole.conflicts.flatMap(\.claims))
        return GraphExport(
            claims: whole.claims.filter { involved.contains($0.id) }, conflicts: whole.conflicts)
    }

    public func graphStats() -> GraphStats { stats() }

    public func snapshotBytes(mark: UInt64) -> [UInt8]? { snapshot(mark: mark) }

    public func restoring(snapshot bytes: UnsafeRawBufferPointer) throws -> any ClaimGraphModel {
        try ClaimGraph(snapshot: bytes, rules: rules)
    }
}
