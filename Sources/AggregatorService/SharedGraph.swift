import ClaimModel
import NIOConcurrencyHelpers

/// The in-memory graph shared by the ingest path (writer) and the query path (readers), with a
/// version bumped once per committed batch. A lock rather than an actor: ingest holds it for one
/// batch's inserts; readers either hold it briefly (one story, one claim) or take a snapshot, a
/// copy-on-write copy of the graph, and compute whole-graph views outside it.
final class SharedGraph: Sendable {
    private struct State: Sendable {
        var graph: any ClaimGraphModel
        var version: UInt64
        /// The highest arrival number in the store of an article the graph holds.
        var lastSequence: Int64
    }

    private let state: NIOLockedValueBox<State>

    init(_ graph: any ClaimGraphModel, lastSequence: Int64 = 0) {
        self.state = NIOLockedValueBox(State(graph: graph, version: 0, lastSequence: lastSequence))
    }

    /// The number of batches added so far: an answer computed at version `v` holds every article
    /// whose batch returned from `add` before `version` read `v`.
    var version: UInt64 {
        state.withLockedValue { $0.version }
    }

    /// Adds one committed batch in one lock hold, so every version is a whole number of batches.
    /// `lastSequence`: the highest arrival number the store gave the batch's articles.
    func add(_ articles: [AnalyzedArticle], lastSequence: Int64? = nil) {
        guard !articles.isEmpty else { return }
        state.withLockedValue { state in
            // Prepared on other threads while this one commits (`ClaimGraph.insert(contentsOf:)`).
            state.graph.add(contentsOf: articles)
            state.version &+= 1
            if let lastSequence { state.lastSequence = max(state.lastSequence, lastSequence) }
        }
    }

    func read<T>(_ body: (any ClaimGraphModel) -> T) -> T {
        state.withLockedValue { body($0.graph) }
    }

    /// The graph as of now and its version. The copy shares storage with the live graph until
    /// the next insert, which then copies what it changes: a whole-graph computation on the
    /// snapshot never holds the lock the ingest path needs.
    func snapshot() -> (version: UInt64, graph: any ClaimGraphModel) {
        state.withLockedValue { ($0.version, $0.graph) }
    }

    /// Like `snapshot`, with the highest arrival number of the articles the copy holds.
    func snapshotWithMark() -> (graph: any ClaimGraphModel, lastSequence: Int64) {
        state.withLockedValue { ($0.graph, $0.lastSequence) }
    }
}
