import ClaimStore
import Foundation
import Logging
import NIOConcurrencyHelpers

/// The aggregator's graph snapshots: restored at start when intact and consistent with the
/// store, written in the background as `GraphSnapshotPolicy` says and on graceful shutdown.
///
/// A snapshot holds the graph of every article stored up to its mark (an arrival number) and
/// no other: it is written only when the store holds exactly as many articles up to the mark as
/// the graph (batches of concurrent connections can be added out of arrival order), and used
/// only when the store still does and holds the same article at the mark. The graph does not
/// depend on insertion order, so the snapshot plus the articles stored after the mark is the
/// graph a full replay builds.
final class GraphSnapshots: Sendable {
    let file: GraphSnapshotFile
    let store: ClaimStore
    let policy: GraphSnapshotPolicy
    let logger: Logger
    /// Articles held and mark at the last snapshot written or restored, and when.
    private let last: NIOLockedValueBox<(articles: Int, mark: Int64, at: ContinuousClock.Instant)>

    init(directory: String, store: ClaimStore, policy: GraphSnapshotPolicy, logger: Logger) {
        self.file = GraphSnapshotFile(directory: directory)
        self.store = store
        self.policy = policy
        self.logger = logger
        self.last = NIOLockedValueBox((articles: -1, mark: -1, at: ContinuousClock.now))
    }

    /// A graph restored from the snapshot, and the mark the store's tail starts after.
    struct Restored {
        var graph: any ClaimGraphModel
        var mark: Int64
    }

    /// The snapshot's graph, of `model`'s kind and rules, when there is a usable one; nil (and
    /// a log line saying why) when the whole store must be replayed.
    func restore(model: any ClaimGraphModel) -> Restored? {
        guard policy.enabled else { return nil }
        do {
            guard let contents = try file.read() else {
                logger.info(
                    "no graph snapshot: replaying the whole store", metadata: ["path": "\(file.path)"])
                return nil
            }
            let graph = try contents.bytes.withUnsafeBytes { raw in
                try model.restoring(snapshot: UnsafeRawBufferPointer(rebasing: raw[contents.graphStart...]))
            }
            let stored = try store.articleCount(upTo: contents.mark)
            guard stored == graph.articleCount else {
                throw GraphSnapshotFile.Refusal(
                    description:
                        "the snapshot holds \(graph.articleCount) articles up to arrival \(contents.mark), "
                        + "the store \(stored)")
            }
            if contents.mark > 0 {
                let id = try store.articleID(sequence: contents.mark)
                guard id?.rawValue == contents.markArticle else {
                    throw GraphSnapshotFile.Refusal(
                        description:
                            "the store holds \(id?.rawValue ?? "no article") at arrival \(contents.mark), "
                            + "the snapshot \(contents.markArticle)")
                }
            }
            last.withLockedValue { $0 = (graph.articleCount, contents.mark, .now) }
            return Restored(graph: graph, mark: contents.mark)
        } catch {
            logger.warning(
                "graph snapshot not used: replaying the whole store",
                metadata: ["path": "\(file.path)", "reason": "\(error)"])
            return nil
        }
    }

    /// Whether a background snapshot of a graph of `articles` is due.
    func isDue(articles: Int) -> Bool {
        let last = self.last.withLockedValue { $0 }
        guard articles != last.articles else { return false }
        if policy.everyArticles > 0 && articles - max(0, last.articles) >= policy.everyArticles {
            return true
        }
        if let interval = policy.interval, ContinuousClock.now - last.at >= interval { return true }
        return false
    }

    /// Writes a snapshot of `shared` as of now, unless the last one holds the same or the graph
    /// is not yet a prefix of the store. Returns whether it wrote.
    @discardableResult
    func write(_ shared: SharedGraph, reason: String) -> Bool {
        guard policy.enabled, !store.isReadOnly else { return false }
        let (graph, mark) = shared.snapshotWithMark()
        let articles = graph.articleCount
        let previous = last.withLockedValue { $0 }
        if previous.articles == articles && previous.mark == mark { return false }
        do {
            let stored = try store.articleCount(upTo: mark)
            guard stored == articles else {
                logger.debug(
                    "graph snapshot deferred: batches still being added",
                    metadata: [
                        "articles": "\(articles)", "stored_up_to_mark": "\(stored)", "mark": "\(mark)",
                    ])
                return false
            }
            let markArticle = mark > 0 ? try store.articleID(sequence: mark)?.rawValue ?? "" : ""
            let clock = ContinuousClock()
            let start = clock.now
            guard let bytes = graph.snapshotBytes(mark: UInt64(max(0, mark))) else { return false }
            try file.write(GraphSnapshotFile.header(mark: mark, markArticle: markArticle), bytes)
            let seconds = (clock.now - start) / .seconds(1)
            last.withLockedValue { $0 = (articles, mark, .now) }
            logger.info(
                "graph snapshot written",
                metadata: [
                    "path": "\(file.path)", "reason": "\(reason)", "articles": "\(articles)",
                    "mentions": "\(graph.mentionCount)", "mark": "\(mark)", "bytes": "\(bytes.count)",
                    "seconds": "\(seconds)",
                ])
            return true
        } catch {
            logger.error(
                "graph snapshot not written", metadata: ["path": "\(file.path)", "reason": "\(error)"])
            return false
        }
    }

    /// Until cancelled: every second, writes a snapshot when one is due, on a thread of its own
    /// (the copy is taken under the graph's lock; encoding and writing it hold nothing).
    func runInBackground(_ shared: SharedGraph) async {
        guard policy.enabled, !store.isReadOnly, policy.everyArticles > 0 || policy.interval != nil else {
            return
        }
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: .seconds(1))
            } catch {
                return
            }
            let articles = shared.read { $0.articleCount }
            guard isDue(articles: articles) else { continue }
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let thread = Thread { [self] in
                    write(shared, reason: "background")
                    continuation.resume()
                }
                thread.name = "graph-snapshot"
                thread.start()
            }
        }
    }
}
