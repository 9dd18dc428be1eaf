import ClaimModel
import NIOConcurrencyHelpers

/// The in-memory graph shared by the ingest path (writer) and the query path (readers).
/// A lock rather than an actor: queries are short and synchronous, and a lock keeps their
/// latency free of actor hops; ingest takes it once per committed batch.
final class SharedGraph: Sendable {
    private let graph: NIOLockedValueBox<any ClaimGraphModel>

    init(_ graph: any ClaimGraphModel) {
        self.graph = NIOLockedValueBox(graph)
    }

    /// Adds articles one lock hold at a time, so a query waits for at most one article's
    /// insert, never for a whole batch.
    func add(_ articles: [AnalyzedArticle]) {
        for article in articles {
            graph.withLockedValue { $0.add(article) }
        }
    }

    func read<T>(_ body: (any ClaimGraphModel) -> T) -> T {
        graph.withLockedValue { body($0) }
    }
}
