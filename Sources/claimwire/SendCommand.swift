import ArgumentParser
import ArticleReader
import ClaimModel
import Foundation
import Reports
import Wire

/// `claimwire send FILES...|-`: read articles, deliver them in batches over every extractor,
/// retry what was not acknowledged elsewhere, and report what became of each.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send articles (bundles, plain text, JSON Lines) to the extractors.",
        discussion: """
            Batches are spread over every --extractor given and every address each name resolves \
            to (compose replicas); a batch not acknowledged is sent again on another extractor. \
            Exit status: 0 when every article was acknowledged (accepted or duplicate), 1 when \
            some were not acknowledged, 2 when some were rejected or input had to be skipped.
            """)

    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, bundle, text, jsonl
    }

    @Argument(help: "Files or directories (their .txt, .jsonl, .ndjson files); - reads stdin.")
    var inputs: [String] = []

    @Option(
        help: ArgumentHelp(
            "An extractor, HOST:PORT; repeatable.",
            discussion: "Default: $CLAIMWIRE_EXTRACTOR (comma-separated), else 127.0.0.1:7600."))
    var extractor: [String] = []

    @Option(help: "Input layout: auto (detect), bundle, text, jsonl.")
    var inputFormat: FormatChoice = .auto

    @Option(help: "The year of bundle date lines that omit it (default: the most recent that fits).")
    var year: Int?

    @Option(help: "Articles per batch.")
    var batchSize = 50

    @Option(help: "Batches in flight per extractor address.")
    var lanes = 2

    @Option(
        help: "A file holding the token extractors require of clients (default: $CLAIMWIRE_SUBMIT_TOKEN).")
    var tokenFile: String?

    @OptionGroup var tls: TLSOptions

    @Option(help: "Summary: table (for people) or json (for scripts).")
    var format: QueryFormat = .table

    @Option(help: "Colour: auto (on a terminal), always, never.")
    var color: ColourChoice = .auto

    @Flag(help: "No progress output on stderr.")
    var quiet = false

    func validate() throws {
        guard batchSize >= 1 && batchSize <= 1_000 else {
            throw ValidationError("--batch-size must be 1-1000")
        }
        guard lanes >= 1 && lanes <= 64 else { throw ValidationError("--lanes must be 1-64") }
    }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        var summary = SendSummary()
        let (articles, files, problems) = try readInputs()
        summary.files = files
        summary.articles = articles.count
        summary.inputProblems = problems.map(\.description)
        for problem in problems {
            FileHandle.standardError.write(
                Data("claimwire: \(problem.isWarning ? "note: " : "")\(problem)\n".utf8))
        }
        guard !articles.isEmpty else { throw ClientError.noInput }

        let endpoints = try extractorEndpoints()
        summary.extractors = endpoints.map(\.description)
        // A small send is still spread over every extractor lane.
        let lanesInAll = max(1, endpoints.count * lanes)
        let spread = (articles.count + lanesInAll - 1) / lanesInAll
        let batches = Self.batches(of: articles, size: max(1, min(batchSize, spread)))
        summary.batches = batches.count
        let progress = SendProgress(
            total: articles.count, batches: batches.count,
            interactive: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb")
        let showProgress = !quiet
        let sender = BatchSender(
            endpoints: endpoints, lanesPerExtractor: lanes,
            token: try TokenSource.read(file: tokenFile, environment: "CLAIMWIRE_SUBMIT_TOKEN"),
            tls: try tls.configuration())
        let outcomes = await sender.send(batches) { batch, outcome in
            guard showProgress else { return }
            switch outcome {
            case .acknowledged(_, let endpoint, _):
                progress.record(
                    batch: batch.index, count: batch.articles.count, acknowledged: true,
                    via: endpoint.description,
                    note: batch.attempts > 0 ? "after \(batch.attempts) retries" : "")
            case .failed(let reason):
                progress.record(
                    batch: batch.index, count: batch.articles.count, acknowledged: false,
                    via: batch.lastEndpoint?.description ?? "-", note: reason)
            }
        }
        if showProgress { progress.finish() }

        var latencies: [Double] = []
        for (index, batch) in batches.enumerated() {
            switch outcomes[index] {
            case .acknowledged(let ack, _, let latency):
                summary.add(ack)
                latencies.append(SendProgress.seconds(latency) * 1_000)
            case .failed(let reason):
                summary.unacknowledged += batch.map { SendSummary.Problem(ref: $0.ref, reason: reason) }
            case nil:
                summary.unacknowledged += batch.map {
                    SendSummary.Problem(ref: $0.ref, reason: "no extractor took the batch")
                }
            }
        }
        summary.seconds = SendProgress.seconds(clock.now - started)
        summary.ackLatencyP50Milliseconds = SendSummary.quantile(latencies, 0.5)
        summary.ackLatencyP99Milliseconds = SendSummary.quantile(latencies, 0.99)

        switch format {
        case .json: Output.write(try JSONOutput.encode(summary))
        case .table: Output.write(summary.render(style: color.style))
        }
        let skipped = problems.filter { !$0.isWarning }.count
        if !summary.unacknowledged.isEmpty || !summary.rejected.isEmpty || skipped > 0 {
            // Nothing was acknowledged at all and every failure is the same: say it plainly.
            if summary.accepted + summary.duplicates == 0, let first = summary.unacknowledged.first,
                summary.unacknowledged.allSatisfy({ $0.reason == first.reason })
            {
                throw ClientError.sendFailed(first.reason)
            }
            throw ClientError.incompleteSend(
                unacknowledged: summary.unacknowledged.count, rejected: summary.rejected.count + skipped)
        }
    }

    /// Articles from every input, in order, with the files read and the problems found.
    private func readInputs() throws(ClientError) -> ([Article], Int, [InputProblem]) {
        let today = Self.today()
        let format: InputFormat?
        switch inputFormat {
        case .auto: format = nil
        case .bundle: format = .bundle
        case .text: format = .text
        case .jsonl: format = .jsonLines
        }
        var articles: [Article] = []
        var problems: [InputProblem] = []
        let paths = try Self.expand(inputs)
        for path in paths {
            let bytes: [UInt8]
            let source: String
            if path == "-" {
                bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                source = "stdin"
            } else {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw .unreadable(path: path, reason: "no such file, or not readable")
                }
                bytes = [UInt8](data)
                source = URL(fileURLWithPath: path).lastPathComponent
            }
            let result = ArticleReader.read(bytes, source: source, format: format, today: today, year: year)
            articles += result.articles
            problems += result.problems
        }
        return (articles, paths.count, problems)
    }

    /// Files as given; a directory stands for its article files, sorted.
    static func expand(_ inputs: [String]) throws(ClientError) -> [String] {
        guard !inputs.isEmpty else { throw .noInput }
        var paths: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory),
                isDirectory.boolValue
            {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                let accepted = names.filter { name in
                    (name.hasSuffix(".txt") || name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson"))
                        && !name.hasPrefix(".")
                }
                paths += accepted.sorted().map { (input as NSString).appendingPathComponent($0) }
            } else {
                paths.append(input)
            }
        }
        return paths
    }

    /// Every extractor address: each given (or from the environment), each name resolved to
    /// all its addresses.
    private func extractorEndpoints() throws(ClientError) -> [Endpoint] {
        var texts = extractor
        if texts.isEmpty {
            let environment = ProcessInfo.processInfo.environment["CLAIMWIRE_EXTRACTOR"] ?? ""
            texts = environment.split(separator: ",").map { String($0) }
        }
        if texts.isEmpty { texts = ["127.0.0.1:7600"] }
        var endpoints: [Endpoint] = []
        for text in texts {
            for endpoint in try Endpoint(parsing: text, defaultPort: 7600).resolved()
            where !endpoints.contains(endpoint) {
                endpoints.append(endpoint)
            }
        }
        return endpoints
    }

    static func batches(of articles: [Article], size: Int) -> [[Article]] {
        // Also cap the bytes of a batch, well under the 16 MiB frame limit.
        let maxBytes = 4 << 20
        var batches: [[Article]] = []
        var current: [Article] = []
        var bytes = 0
        for article in articles {
            let length = article.text.utf8.count + article.title.utf8.count
            if !current.isEmpty && (current.count >= size || bytes + length > maxBytes) {
                batches.append(current)
                current = []
                bytes = 0
            }
            current.append(article)
            bytes += length
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    static func today() -> Day {
        let components = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC") ?? .current, from: Date())
        return Day(year: components.year ?? 2025, month: components.month ?? 1, day: components.day ?? 1)
            ?? Day(ordinal: Int(Date().timeIntervalSince1970 / 86_400))
    }
}
