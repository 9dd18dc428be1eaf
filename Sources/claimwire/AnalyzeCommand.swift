import ArgumentParser
import ArticleReader
import ClaimGraph
import ClaimModel
import Extraction
import Foundation

/// `claimwire analyze FILES...`: extraction and the graph in-process, no servers.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Run extraction and the claim graph on files in-process, without servers."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, markdown
    }

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Argument(help: "Bundles, plain text or JSON Lines files.")
    var files: [String] = []

    @Option(help: "Human output: table, json or markdown.")
    var format: OutputFormat = .table

    @Option(help: "Write the graph export instead (json: the format score.py reads).")
    var export: ExportFormat?

    @Option(help: "The year of bundle date lines (default: the most recent year that fits).")
    var year: Int?

    @Option(help: "Input layout for every file: bundle, text or jsonLines (default: detected).")
    var input: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file") }
        if let input, InputFormat(rawValue: input) == nil {
            throw ValidationError("--input must be one of bundle, text, jsonLines")
        }
    }

    func run() async throws {
        let loaded = AnalyzeInput.load(
            files, format: input.flatMap(InputFormat.init(rawValue:)), year: year, today: AnalyzeInput.today()
        )
        for problem in loaded.problems {
            FileHandle.standardError.write(Data("claimwire: \(problem)\n".utf8))
        }
        let analyzed = Self.extract(loaded.articles)
        var graph = ClaimGraph()
        // Prepared on other threads while this one commits: the same graph as one at a time.
        graph.insert(contentsOf: analyzed)

        let output: String
        if export != nil {
            output = try AnalyzeOutput.json(graph.export())
        } else {
            switch format {
            case .json: output = try AnalyzeOutput.json(analyzed)
            case .table: output = AnalyzeOutput.table(analyzed)
            case .markdown: output = AnalyzeOutput.markdown(analyzed)
            }
        }
        FileHandle.standardOutput.write(Data((output + "\n").utf8))
        if loaded.articles.isEmpty { throw ExitCode(1) }
    }

    /// Extracts every article, on every core (extraction is pure, one article at a time), the
    /// results in the articles' order: the same as extracting them one after another.
    static func extract(_ articles: [Article]) -> [AnalyzedArticle] {
        let extractor = Extractor()
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, articles.count)
        guard workers > 1 else { return articles.map { extractor.analyze($0) } }
        var results = [AnalyzedArticle?](repeating: nil, count: articles.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own slots (worker, worker + workers, ...).
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: articles.count, by: workers) {
                    slots[index] = extractor.analyze(articles[index])
                }
            }
        }
        return results.compactMap { $0 }
    }
}
