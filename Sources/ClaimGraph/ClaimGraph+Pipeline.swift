import ClaimModel
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ClaimGraph {
    /// Inserts `articles` in their order, giving the graph `insert(_:)` of each in turn gives,
    /// with their preparation (`PreparedArticle`, what reads only the article) done on
    /// `preparingThreads` other threads a chunk ahead of the commits made on this one. Memory
    /// is bounded: two chunks of prepared articles at most.
    /// Returns each article's outcome, in order.
    @discardableResult
    public mutating func insert(
        contentsOf articles: [AnalyzedArticle], preparingThreads: Int = ClaimGraph.preparingThreads
    ) -> [InsertOutcome] {
        insert(contentsOf: articles, preparingThreads: preparingThreads, chunk: Self.preparedChunk)
    }

    /// `insert(contentsOf:preparingThreads:)` preparing `chunk` articles at a time.
    mutating func insert(
        contentsOf articles: [AnalyzedArticle], preparingThreads: Int, chunk: Int
    ) -> [InsertOutcome] {
        guard articles.count > 1, preparingThreads > 0, chunk > 0 else { return articles.map { insert($0) } }
        var outcomes: [InsertOutcome] = []
        outcomes.reserveCapacity(articles.count)
        var next: PreparingChunk? = PreparingChunk(
            articles, 0..<min(chunk, articles.count), threads: preparingThreads)
        while let current = next {
            let end = current.range.upperBound
            next =
                end < articles.count
                ? PreparingChunk(articles, end..<min(end + chunk, articles.count), threads: preparingThreads)
                : nil
            for prepared in current.preparedInPlace() { outcomes.append(insert(prepared)) }
            // Each holds buffers made on a preparing thread and an article's last references:
            // freeing them was 3% of the committing thread's time.
            current.freeOnPreparingThread()
        }
        return outcomes
    }

    /// `articles` prepared (`PreparedArticle`) on `threads` threads, in their order: to commit
    /// them later with `insert(_:)` one at a time, as `insert(contentsOf:)` does as it goes.
    public static func prepare(_ articles: [AnalyzedArticle], threads: Int) -> [PreparedArticle] {
        guard articles.count > 1, threads > 1 else { return articles.map(PreparedArticle.init) }
        return PreparingChunk(articles, articles.indices, threads: threads).take()
    }

    /// Threads that prepare articles while one commits: one less than the processors online,
    /// and at least one.
    public static var preparingThreads: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) - 1)
    }

    /// Articles prepared ahead of the commits: enough that handing a chunk to other threads
    /// costs little beside preparing it, few enough that the first (prepared while nothing is
    /// committed) is a small share of a batch.
    static let preparedChunk = 64
}

/// One chunk of articles being prepared on other threads; `take` waits for them.
private final class PreparingChunk: @unchecked Sendable {
    let range: Range<Int>
    private let group = DispatchGroup()
    /// Written by the preparing threads, each at its own indices, before `group` is left;
    /// read only after waiting for it.
    private let prepared: UnsafeMutableBufferPointer<PreparedArticle>

    init(_ articles: [AnalyzedArticle], _ range: Range<Int>, threads: Int) {
        self.range = range
        prepared = .allocate(capacity: range.count)
        let threads = min(threads, range.count)
        for thread in 0..<threads {
            Self.queues[thread % Self.queues.count].async(group: group) { [self] in
                // Interleaved: articles differ in size, neighbours not more than others.
                for offset in stride(from: thread, to: range.count, by: threads) {
                    prepared.initializeElement(
                        at: offset, to: PreparedArticle(articles[range.lowerBound + offset]))
                }
            }
        }
    }

    /// Serial queues, one per processor, that the preparing threads run on. Not the global
    /// queues: Swift's tasks run on those threads, and a caller on one of them waits for the
    /// chunk; serial queues run on threads of their own (libdispatch's overcommitting pool),
    /// so the wait never holds the thread the preparation needs.
    static let queues: [DispatchQueue] = (0..<max(2, ClaimGraph.preparingThreads + 1)).map {
        DispatchQueue(label: "claimgraph.prepare.\($0)")
    }

    /// Whether `prepared` holds the articles (not yet taken or freed).
    private var holdsArticles = true

    /// The prepared articles in order, read in place, once every thread is done.
    func preparedInPlace() -> UnsafeMutableBufferPointer<PreparedArticle> {
        group.wait()
        return prepared
    }

    /// The prepared articles in order, moved out, once every thread is done.
    func take() -> [PreparedArticle] {
        group.wait()
        holdsArticles = false
        let count = prepared.count
        return [PreparedArticle](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.moveInitialize(fromContentsOf: prepared)
            initialized = count
        }
    }

    /// Frees the prepared articles on a preparing thread, after any work queued there before.
    /// The chunk is kept alive until then by the work item.
    func freeOnPreparingThread() {
        group.wait()
        // Not in `group`: the work item may hold the chunk's last reference, and `deinit` waits
        // for the group.
        Self.queues[0].async { [self] in
            prepared.deinitialize()
            holdsArticles = false
        }
    }

    /// The threads are done before the buffer goes.
    deinit {
        group.wait()
        if holdsArticles { prepared.deinitialize() }
        prepared.deallocate()
    }
}
