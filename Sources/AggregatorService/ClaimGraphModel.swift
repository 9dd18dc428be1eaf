import ClaimModel

/// What the aggregator needs of the in-memory graph. `ClaimGraph` conforms (see
/// `ClaimGraph+Model.swift`); tests may substitute a simpler graph.
public protocol ClaimGraphModel: Sendable {
    /// Adds one committed article. Called in commit order, but the graph must not depend on it.
    mutating func add(_ article: AnalyzedArticle)
    /// Adds committed articles, in their order: the same graph as `add` of each in turn.
    mutating func add(contentsOf articles: [AnalyzedArticle])
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
    /// Articles and mentions held.
    var articleCount: Int { get }
    var mentionCount: Int { get }
    /// The graph as snapshot bytes recording `mark`, or nil when this model keeps none. The
    /// aggregator writes them to `graph.snapshot` and restarts from them (`restoring`).
    func snapshotBytes(mark: UInt64) -> [UInt8]?
    /// A graph of this model (and its rules) holding what `bytes`, from `snapshotBytes`, hold.
    /// Throws why not (damaged, another format or rules); never returns part of a graph.
    func restoring(snapshot bytes: UnsafeRawBufferPointer) throws -> any ClaimGraphModel
    /// Frees what growing left unused in the model's buffers: called once after the rebuild
    /// from the store (a bulk load), before the freed pages go back to the system.
    mutating func releaseSlack()
}

extension ClaimGraphModel {
    /// One at a time unless a model says better (`ClaimGraph` prepares them in parallel).
    public mutating func add(contentsOf articles: [AnalyzedArticle]) {
        for article in articles { add(article) }
    }

    /// No snapshots unless a model says how (`ClaimGraph` does).
    public func snapshotBytes(mark: UInt64) -> [UInt8]? { nil }

    public func restoring(snapshot bytes: UnsafeRawBufferPointer) throws -> any ClaimGraphModel {
        throw GraphSnapshotUnsupported()
    }

    /// Nothing to free unless a model says what (`ClaimGraph` does).
    public mutating func releaseSlack() {}
}

/// The graph model keeps no snapshots: the aggregator always rebuilds it from the store.
public struct GraphSnapshotUnsupported: Error, CustomStringConvertible {
    public var description: String { "this graph model keeps no snapshots" }
}
