import ArgumentParser
import ArticleReader
import ClaimModel
import Extraction
import Foundation

/// `claimwire-bench extraction`: single-core extraction throughput over the corpus articles.
///
/// Reads every bundle of the corpus once, then runs `Extractor.analyze` over the articles in a
/// loop on one thread until enough time has passed, and reports articles/s, MB/s of article
/// text and the peak resident set size (VmHWM) of the process.
struct ExtractionBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction", abstract: "Extraction throughput on the corpus articles, one core.")

    @OptionGroup var options: BenchOptions

    @Option(
        help: "Time one extraction of this file read as a single plain-text article (hostile sizes) instead.")
    var article: String?

    struct Figures: Encodable {
        var articles: Int
        var bytes: Int
        var passes: Int
        var seconds: Double
        /// CPU time of the measuring thread: the single-core figure on a shared machine.
        var cpuSeconds: Double
        var articlesPerSecond: Double
        var wallArticlesPerSecond: Double
        var megabytesPerSecond: Double
        var peakRSSMegabytes: Double
        var mentionsPerArticle: Double

        enum CodingKeys: String, CodingKey {
            case articles, bytes, passes, seconds
            case cpuSeconds = "cpu_seconds"
            case articlesPerSecond = "articles_per_s"
            case wallArticlesPerSecond = "wall_articles_per_s"
            case megabytesPerSecond = "mb_per_s"
            case peakRSSMegabytes = "peak_rss_mb"
            case mentionsPerArticle = "mentions_per_article"
        }
    }

    func run() async throws {
        if let article {
            try timeOne(path: article)
            return
        }
        let directory = URL(fileURLWithPath: options.corpus)
        let files = try FileManager.default.contentsOfDirectory(atPath: options.corpus)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let today = Day(ordinal: Int(Date().timeIntervalSince1970) / 86_400)
        var articles: [Article] = []
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            articles += ArticleReader.read([UInt8](data), source: file, today: today).articles
        }
        guard !articles.isEmpty else {
            print("extraction: no articles under \(options.corpus)")
            throw ExitCode(1)
        }
        let bytesPerPass = articles.reduce(0) { $0 + $1.text.utf8.count }
        let extractor = Extractor()
        // Warm-up pass: first-touch costs (tables, allocator) are not throughput.
        var mentions = 0
        for article in articles { mentions += extractor.analyze(article).mentions.count }

        let minimum = options.quick ? 0.5 : 3.0
        var passes = 0
        let cpuStart = Self.threadCPUSeconds()
        let clock = ContinuousClock()
        let start = clock.now
        var elapsed = 0.0
        repeat {
            for article in articles { mentions &+= extractor.analyze(article).mentions.count }
            passes += 1
            let d = clock.now - start
            elapsed = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        } while elapsed < minimum
        let processed = passes * articles.count
        let cpu = max(Self.threadCPUSeconds() - cpuStart, 1e-9)
        let figures = Figures(
            articles: articles.count, bytes: bytesPerPass, passes: passes, seconds: elapsed, cpuSeconds: cpu,
            articlesPerSecond: Double(processed) / cpu, wallArticlesPerSecond: Double(processed) / elapsed,
            megabytesPerSecond: Double(passes * bytesPerPass) / cpu / 1_000_000,
            peakRSSMegabytes: Self.peakResidentMegabytes(),
            mentionsPerArticle: Double(mentions) / Double(processed + articles.count))
        print(
            String(
                format:
                    "extraction: %d articles (%.1f KB) x %d passes, %.2f s CPU (%.2f s wall): %.0f articles/s, "
                    + "%.2f MB/s per core (wall %.0f articles/s), peak RSS %.1f MB",
                figures.articles, Double(bytesPerPass) / 1000, passes, cpu, elapsed,
                figures.articlesPerSecond,
                figures.megabytesPerSecond, figures.wallArticlesPerSecond, figures.peakRSSMegabytes))
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(figures).write(
            to: URL(fileURLWithPath: options.out).appendingPathComponent("extraction.json"))
    }

    /// One extraction of one big article: wall and CPU seconds, mentions, peak memory.
    func timeOne(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        let article = Article(
            ref: path, outlet: nil, title: "Timed article", published: Day(iso: "2025-06-01"), text: text)
        let clock = ContinuousClock()
        let cpuStart = Self.threadCPUSeconds()
        let start = clock.now
        let analyzed = Extractor().analyze(article)
        let elapsed = clock.now - start
        let cpu = Self.threadCPUSeconds() - cpuStart
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let finite = analyzed.mentions.allSatisfy { m in m.quantity.values.allSatisfy { $0.amount.isFinite } }
        print(
            String(
                format:
                    "extraction of %@ (%.1f MB): %.2f s wall, %.2f s CPU, %d mentions (%@), %d denials, "
                    + "peak RSS %.1f MB",
                path, Double(data.count) / 1_000_000, wall, cpu, analyzed.mentions.count,
                finite ? "all values finite" : "some values not finite", analyzed.denials.count,
                Self.peakResidentMegabytes()))
    }

    /// CPU seconds the calling thread has used.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// VmHWM from /proc/self/status, in MB; 0 where the file does not exist.
    static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Double($0) }
            if let kb = digits.first { return kb / 1024 }
        }
        return 0
    }
}
