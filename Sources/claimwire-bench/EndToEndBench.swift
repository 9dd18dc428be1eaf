import ArgumentParser
import ArticleReader
import ClaimGraph
import ClaimModel
import Extraction
import Foundation
import Wire

/// `claimwire-bench e2e`: articles per second from `claimwire send` to acknowledged, through a
/// real aggregator and one, then two, real extractors on loopback, against the same work done
/// in-process (read, extract, build the graph, export: what `claimwire analyze` does) on the
/// same synthetic articles in the same run. Writes `<out>/e2e.json`.
struct EndToEndBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "e2e",
        abstract: "Send-to-acknowledged throughput and latency through the services vs in-process.")

    @OptionGroup var options: BenchOptions

    @Option(help: "Synthetic articles (default 3000, 400 with --quick).")
    var articles: Int?

    struct ServiceRun: Codable {
        var extractors: Int
        var articles: Int
        var seconds: Double
        var articlesPerSecond: Double
        var ackP50Milliseconds: Double
        var ackP99Milliseconds: Double

        enum CodingKeys: String, CodingKey {
            case extractors, articles, seconds
            case articlesPerSecond = "articles_per_s"
            case ackP50Milliseconds = "ack_p50_ms"
            case ackP99Milliseconds = "ack_p99_ms"
        }
    }

    struct Report: Codable {
        var articles: Int
        var megabytes: Double
        var cores: Int
        var inprocessArticlesPerSecond: Double
        var services: [ServiceRun]
        var servicesVsInprocess: Double
        var oneExtractorVsInprocess: Double
        var ackP50Milliseconds: Double
        var ackP99Milliseconds: Double

        enum CodingKeys: String, CodingKey {
            case articles, megabytes, cores, services
            case inprocessArticlesPerSecond = "inprocess_articles_per_s"
            case servicesVsInprocess = "services_vs_inprocess"
            case oneExtractorVsInprocess = "one_extractor_vs_inprocess"
            case ackP50Milliseconds = "ack_p50_ms"
            case ackP99Milliseconds = "ack_p99_ms"
        }
    }

    /// What `claimwire send --format json` reports that the benchmark reads.
    struct SendReport: Decodable {
        var articles: Int
        var accepted: Int
        var duplicates: Int
        var seconds: Double
        var ackP50Milliseconds: Double
        var ackP99Milliseconds: Double

        enum CodingKeys: String, CodingKey {
            case articles, accepted, duplicates, seconds
            case ackP50Milliseconds = "ack_p50_ms"
            case ackP99Milliseconds = "ack_p99_ms"
        }
    }

    enum Failure: Error, CustomStringConvertible {
        case missingBinary(String)
        case serviceDidNotStart(String, log: String)
        case sendFailed(status: Int32, stderr: String)

        var description: String {
            switch self {
            case .missingBinary(let path): return "\(path) is missing — build release first (make release)"
            case .serviceDidNotStart(let name, let log): return "\(name) did not start:\n\(log)"
            case .sendFailed(let status, let stderr): return "claimwire send exited \(status): \(stderr)"
            }
        }
    }

    func run() async throws {
        let count = articles ?? (options.quick ? 400 : 3_000)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimwire-e2e-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("synthetic.jsonl")
        let bytes = try Self.syntheticJSONLines(count: count)
        try Data(bytes).write(to: input)
        let megabytes = Double(bytes.count) / 1_048_576

        let inprocess = inProcessRate(bytes)
        print("e2e: in-process (read, extract, graph, export): \(Self.format(inprocess)) articles/s")

        var runs: [ServiceRun] = []
        for extractors in [1, 2] {
            let run = try await serviceRun(extractors: extractors, input: input, work: work)
            print(
                "e2e: services with \(extractors) extractor\(extractors == 1 ? "" : "s"): "
                    + "\(Self.format(run.articlesPerSecond)) articles/s, ack p50 \(Self.format(run.ackP50Milliseconds)) ms, "
                    + "p99 \(Self.format(run.ackP99Milliseconds)) ms")
            runs.append(run)
        }
        let two = runs.last ?? runs[0]
        let report = Report(
            articles: count, megabytes: megabytes, cores: ProcessInfo.processInfo.activeProcessorCount,
            inprocessArticlesPerSecond: inprocess, services: runs,
            servicesVsInprocess: inprocess > 0 ? two.articlesPerSecond / inprocess : 0,
            oneExtractorVsInprocess: inprocess > 0 ? runs[0].articlesPerSecond / inprocess : 0,
            ackP50Milliseconds: two.ackP50Milliseconds, ackP99Milliseconds: two.ackP99Milliseconds)
        print("e2e: services / in-process = \(Self.format(report.servicesVsInprocess)) (two extractors)")
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let path = URL(fileURLWithPath: options.out).appendingPathComponent("e2e.json")
        try encoder.encode(report).write(to: path)
        print("e2e: wrote \(path.path)")
    }

    /// Articles per second doing in one process what the services do between them; prints
    /// where the time goes.
    private func inProcessRate(_ bytes: [UInt8]) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        let read = ArticleReader.read(bytes, source: "synthetic.jsonl", format: .jsonLines, today: Self.today)
        let afterRead = clock.now
        let extractor = Extractor()
        let analysed = read.articles.map(extractor.analyze)
        let afterExtraction = clock.now
        var graph = ClaimGraph()
        for article in analysed { _ = graph.insert(article) }
        let afterGraph = clock.now
        let export = graph.export()
        let end = clock.now
        precondition(!export.articles.isEmpty, "the in-process graph is empty")
        print(
            "e2e: in-process split: read \(Self.format(Self.seconds(afterRead - start))) s, "
                + "extract \(Self.format(Self.seconds(afterExtraction - afterRead))) s, "
                + "graph \(Self.format(Self.seconds(afterGraph - afterExtraction))) s, "
                + "export \(Self.format(Self.seconds(end - afterGraph))) s")
        return Double(read.articles.count) / Self.seconds(end - start)
    }

    /// A fresh aggregator and `extractors` extractors, the file sent with the real client.
    private func serviceRun(extractors: Int, input: URL, work: URL) async throws -> ServiceRun {
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        func binary(_ name: String) throws -> URL {
            let url = binaries.appendingPathComponent(name)
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw Failure.missingBinary(url.path)
            }
            return url
        }
        let run = work.appendingPathComponent("run-\(extractors)")
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        var services: [(Process, URL)] = []
        defer {
            for (process, _) in services.reversed() where process.isRunning {
                process.terminate()
                process.waitUntilExit()
            }
        }
        let aggregator = try Self.launch(
            try binary("aggregator"),
            [
                "--data", run.appendingPathComponent("store").path, "--listen", "127.0.0.1:0",
                "--ingest-listen",
                "127.0.0.1:0",
            ], log: run.appendingPathComponent("aggregator.log"))
        services.append(aggregator)
        let ingest = try await Self.port(of: aggregator, marker: "listener=ingest", name: "aggregator")
        var addresses: [String] = []
        for index in 0..<extractors {
            let extractor = try Self.launch(
                try binary("extractor"), ["--listen", "127.0.0.1:0", "--aggregator", "127.0.0.1:\(ingest)"],
                log: run.appendingPathComponent("extractor-\(index).log"))
            services.append(extractor)
            addresses.append("127.0.0.1:\(try await Self.port(of: extractor, marker: "", name: "extractor"))")
        }
        let send = Process()
        send.executableURL = try binary("claimwire")
        send.arguments =
            ["send", "--format", "json", "--quiet", "--batch-size", "50"]
            + addresses.flatMap { ["--extractor", $0] } + [input.path]
        let out = run.appendingPathComponent("send.json")
        let err = run.appendingPathComponent("send.err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        send.standardOutput = try FileHandle(forWritingTo: out)
        send.standardError = try FileHandle(forWritingTo: err)
        try send.run()
        send.waitUntilExit()
        guard send.terminationStatus == 0 else {
            throw Failure.sendFailed(
                status: send.terminationStatus, stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
        }
        let report = try JSONDecoder().decode(SendReport.self, from: Data(contentsOf: out))
        return ServiceRun(
            extractors: extractors, articles: report.articles, seconds: report.seconds,
            articlesPerSecond: Double(report.accepted + report.duplicates) / max(report.seconds, 1e-9),
            ackP50Milliseconds: report.ackP50Milliseconds, ackP99Milliseconds: report.ackP99Milliseconds)
    }

    private static func launch(_ binary: URL, _ arguments: [String], log: URL) throws -> (Process, URL) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, log)
    }

    /// The port a service logged in `listening on HOST:PORT` (on a line holding `marker`).
    private static func port(of service: (Process, URL), marker: String, name: String) async throws -> Int {
        for _ in 0..<600 {
            let text = (try? String(contentsOf: service.1, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where marker.isEmpty || line.contains(marker) {
                guard let range = line.range(of: "listening on ") else { continue }
                let address = line[range.upperBound...].split(separator: " ").first ?? ""
                if let colon = address.lastIndex(of: ":"),
                    let port = Int(address[address.index(after: colon)...])
                {
                    return port
                }
            }
            guard service.0.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure.serviceDidNotStart(
            name, log: (try? String(contentsOf: service.1, encoding: .utf8)) ?? "")
    }

    static let today = Day(year: 2026, month: 12, day: 31) ?? Day(ordinal: 20_818)

    /// The Wire benchmark's synthetic articles (fictional companies, figures, attributions,
    /// denials; deterministic), a corpus-like 2 kB each, as JSON Lines.
    static func syntheticJSONLines(count: Int) throws -> [UInt8] {
        var traffic = SyntheticTraffic(seed: 0xE2E)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out: [UInt8] = []
        for index in 0..<count {
            var article = traffic.analyzedArticle(index: index, targetBytes: 2_000, mentions: 10).article
            article.ref = "synthetic#\(index)"
            out += try encoder.encode(article)
            out.append(0x0A)
        }
        return out
    }

    static func seconds(_ duration: Duration) -> Double {
        let (s, atto) = duration.components
        return Double(s) + Double(atto) / 1e18
    }

    static func format(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
