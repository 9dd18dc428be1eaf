import ClaimModel
import NIOPosix

/// Extraction of a batch on a fixed pool of threads (one per core by default), off both the
/// event loops and the cooperative pool, so a slow article never stalls networking.
final class AnalysisPool: Sendable {
    typealias Analyze = @Sendable (Article) -> AnalyzedArticle

    private let threads: NIOThreadPool
    private let workers: Int
    private let analyze: Analyze

    init(workers: Int, analyze: @escaping Analyze) {
        self.workers = max(1, workers)
        self.analyze = analyze
        threads = NIOThreadPool(numberOfThreads: self.workers)
        threads.start()
    }

    /// The articles analysed, in their order: split into one chunk per worker.
    func analyze(_ articles: [Article]) async throws -> [AnalyzedArticle] {
        guard !articles.isEmpty else { return [] }
        let chunkSize = (articles.count + workers - 1) / workers
        let analyze = self.analyze
        let threads = self.threads
        return try await withThrowingTaskGroup(of: (Int, [AnalyzedArticle]).self) { group in
            var start = 0
            while start < articles.count {
                let chunk = Array(articles[start..<min(start + chunkSize, articles.count)])
                let offset = start
                group.addTask {
                    (offset, try await threads.runIfActive { chunk.map(analyze) })
                }
                start += chunkSize
            }
            var parts: [(Int, [AnalyzedArticle])] = []
            for try await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    func shutdown() async {
        try? await threads.shutdownGracefully()
    }
}
