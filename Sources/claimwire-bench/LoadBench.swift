import ArgumentParser
import ClaimModel
import Foundation
import Wire

/// `claimwire-bench load`: sustained load on running services. `--senders` clients each keep
/// one connection to an extractor (round robin over `--extractor`) and submit batches of fresh
/// synthetic articles back to back; `--queriers` clients each keep one connection to the
/// aggregator's query listener and cycle through stats, stories, conflicts and a story page.
/// Runs for `--seconds`, then prints one `load:` line (throughput, p50/p99/max latency, every
/// error) and writes the figures as JSON. Exit status 1 when any request failed.
/// Resident memory of the services is sampled by the caller (`scripts/soak.sh`), from /proc.
struct LoadBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Concurrent senders and queriers against running services for a set time.")

    @Option(help: "An extractor, HOST:PORT; repeatable. Senders are spread over them.")
    var extractor: [String] = []

    @Option(help: "The aggregator's query listener, HOST:PORT.")
    var aggregator = "127.0.0.1:7700"

    @Option(help: "Concurrent sending clients, one connection each.")
    var senders = 32

    @Option(help: "Concurrent querying clients, one connection each.")
    var queriers = 8

    @Option(help: "How long to keep the load on, in seconds.")
    var seconds = 60.0

    @Option(
        help: "Query kinds the queriers cycle through: stats, stories, conflicts, story (comma-separated).")
    var queries = "stats,stories,conflicts,story"

    @Option(help: "Articles per SubmitArticles batch.")
    var batchSize = 20

    @Option(help: "Distinguishes this run's articles from earlier runs' (default: the process id).")
    var runTag: String?

    @Option(help: "Where the JSON figures are written.")
    var out = ".build/bench/load.json"

    /// What one sender or querier did.
    struct Tally: Sendable {
        var requests = 0
        var latencies: [Double] = []
        /// Query latencies by kind (stats, stories, conflicts, story).
        var byKind: [String: [Double]] = [:]
        var accepted = 0
        var duplicates = 0
        var rejected = 0
        var errors: [String] = []
    }

    struct Side: Codable {
        var clients: Int
        var requests: Int
        var perSecond: Double
        var p50Milliseconds: Double
        var p99Milliseconds: Double
        var maxMilliseconds: Double
        var errors: Int

        enum CodingKeys: String, CodingKey {
            case clients, requests, errors
            case perSecond = "per_s"
            case p50Milliseconds = "p50_ms"
            case p99Milliseconds = "p99_ms"
            case maxMilliseconds = "max_ms"
        }
    }

    struct Report: Codable {
        var seconds: Double
        var batchSize: Int
        var sends: Side
        var queries: Side
        var articlesAcknowledged: Int
        var articlesPerSecond: Double
        var accepted: Int
        var duplicates: Int
        var rejected: Int
        var errorSamples: [String]
        var benchRSSMegabytes: Double
        /// p50/p99 milliseconds per query kind.
        var queryKinds: [String: [String: Double]]

        enum CodingKeys: String, CodingKey {
            case seconds, sends, queries, accepted, duplicates, rejected
            case queryKinds = "query_kinds"
            case batchSize = "batch_size"
            case articlesAcknowledged = "articles_acknowledged"
            case articlesPerSecond = "articles_per_s"
            case errorSamples = "error_samples"
            case benchRSSMegabytes = "bench_rss_mib"
        }
    }

    enum Failure: Error, CustomStringConvertible {
        case badAddress(String)
        case requestsFailed(count: Int)

        var description: String {
            switch self {
            case .badAddress(let text): return "not HOST:PORT: \(text)"
            case .requestsFailed(let count): return "\(count) requests failed under load"
            }
        }
    }

    func validate() throws {
        guard senders >= 0, queriers >= 0, senders + queriers > 0 else {
            throw ValidationError("--senders and --queriers: at least one client")
        }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive") }
        let known: Set<Substring> = ["stats", "stories", "conflicts", "story"]
        guard !queries.isEmpty, queries.split(separator: ",").allSatisfy(known.contains) else {
            throw ValidationError("--queries: a comma-separated list of stats, stories, conflicts, story")
        }
        guard (1...1_000).contains(batchSize) else { throw ValidationError("--batch-size must be 1-1000") }
    }

    func run() async throws {
        let extractors = try (extractor.isEmpty ? ["127.0.0.1:7600"] : extractor).map(Self.address)
        let query = try Self.address(aggregator)
        let tag = runTag ?? "\(getpid())"
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int64(seconds * 1_000))
        let batchSize = self.batchSize
        let kinds = queries.split(separator: ",").map { String($0) }
        let started = clock.now
        let (sends, queries) = await withTaskGroup(of: (isSender: Bool, tally: Tally).self) { group in
            for index in 0..<senders {
                let target = extractors[index % extractors.count]
                group.addTask {
                    (
                        true,
                        await Self.send(
                            to: target, sender: index, tag: tag, batchSize: batchSize, until: deadline)
                    )
                }
            }
            for _ in 0..<queriers {
                group.addTask { (false, await Self.query(query, kinds: kinds, until: deadline)) }
            }
            var sends: [Tally] = []
            var queries: [Tally] = []
            for await result in group {
                if result.isSender { sends.append(result.tally) } else { queries.append(result.tally) }
            }
            return (sends, queries)
        }
        let elapsed = Self.seconds(clock.now - started)
        let report = Self.report(
            sends: sends, queries: queries, elapsed: elapsed, batchSize: batchSize)
        print(Self.line(report))
        for (kind, figures) in report.queryKinds.sorted(by: { $0.key < $1.key }) {
            print(
                "load: query \(kind): count=\(Int(figures["count"] ?? 0)) "
                    + "p50_ms=\(String(format: "%.1f", figures["p50_ms"] ?? 0)) "
                    + "p99_ms=\(String(format: "%.1f", figures["p99_ms"] ?? 0))")
        }
        for sample in report.errorSamples { print("load: error: \(sample)") }
        let directory = URL(fileURLWithPath: out).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(report).write(to: URL(fileURLWithPath: out))
        let failed = report.sends.errors + report.queries.errors
        if failed > 0 { throw Failure.requestsFailed(count: failed) }
    }

    // MARK: - Clients

    /// One sending client: batches back to back until the deadline, reconnecting after a
    /// failure (which is counted).
    static func send(
        to target: (host: String, port: Int), sender: Int, tag: String, batchSize: Int,
        until deadline: ContinuousClock.Instant
    ) async -> Tally {
        let clock = ContinuousClock()
        var tally = Tally()
        var client: WireClient?
        var sequence = 0
        while clock.now < deadline {
            do {
                let connected: WireClient
                if let client {
                    connected = client
                } else {
                    connected = try await WireClient.connect(
                        host: target.host, port: target.port, role: .client,
                        configuration: WireClientConfiguration(software: "claimwire-bench-load/1.0"))
                    client = connected
                }
                let batch = (0..<batchSize).map { _ in
                    defer { sequence += 1 }
                    return LoadArticles.article(tag: tag, sender: sender, sequence: sequence)
                }
                let start = clock.now
                let ack = try await connected.submit(batch)
                tally.latencies.append(seconds(clock.now - start) * 1_000)
                tally.requests += 1
                for article in ack.articles {
                    switch article.outcome {
                    case .accepted: tally.accepted += 1
                    case .duplicate: tally.duplicates += 1
                    case .rejected: tally.rejected += 1
                    }
                }
            } catch {
                tally.requests += 1
                tally.errors.append("sender \(sender) via \(target.host):\(target.port): \(error)")
                if let client { await client.close() }
                client = nil
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
        if let client { await client.close() }
        return tally
    }

    /// One querying client: stats, stories, conflicts and the first story's page, in turn.
    static func query(
        _ target: (host: String, port: Int), kinds: [String], until deadline: ContinuousClock.Instant
    ) async -> Tally {
        let clock = ContinuousClock()
        var tally = Tally()
        var client: WireClient?
        var turn = 0
        var storyID: String?
        while clock.now < deadline {
            turn += 1
            let request: Query
            switch kinds[turn % kinds.count] {
            case "stories": request = .stories(limit: 20)
            case "conflicts": request = .conflicts(story: nil)
            case "story": request = storyID.map { .story(id: $0) } ?? .stories(limit: 20)
            default: request = .stats
            }
            do {
                let connected: WireClient
                if let client {
                    connected = client
                } else {
                    connected = try await WireClient.connect(
                        host: target.host, port: target.port, role: .client,
                        configuration: WireClientConfiguration(software: "claimwire-bench-load/1.0"))
                    client = connected
                }
                let start = clock.now
                let result = try await connected.query(request)
                let milliseconds = seconds(clock.now - start) * 1_000
                tally.latencies.append(milliseconds)
                tally.byKind[kind(of: request), default: []].append(milliseconds)
                tally.requests += 1
                if case .stories(let stories) = result, let first = stories.first { storyID = first.id }
            } catch {
                tally.requests += 1
                tally.errors.append("querier \(request): \(error)")
                if let client { await client.close() }
                client = nil
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
        if let client { await client.close() }
        return tally
    }

    static func kind(of query: Query) -> String {
        switch query {
        case .stats: return "stats"
        case .stories: return "stories"
        case .story: return "story"
        case .conflicts: return "conflicts"
        case .claims: return "claims"
        case .claim: return "claim"
        case .export: return "export"
        }
    }

    // MARK: - Figures

    static func report(sends: [Tally], queries: [Tally], elapsed: Double, batchSize: Int) -> Report {
        func side(_ tallies: [Tally]) -> Side {
            let latencies = tallies.flatMap(\.latencies).sorted()
            let requests = tallies.reduce(0) { $0 + $1.requests }
            return Side(
                clients: tallies.count, requests: requests,
                perSecond: elapsed > 0 ? Double(requests) / elapsed : 0,
                p50Milliseconds: quantile(latencies, 0.5), p99Milliseconds: quantile(latencies, 0.99),
                maxMilliseconds: latencies.last ?? 0,
                errors: tallies.reduce(0) { $0 + $1.errors.count })
        }
        let accepted = sends.reduce(0) { $0 + $1.accepted }
        let duplicates = sends.reduce(0) { $0 + $1.duplicates }
        let acknowledged = accepted + duplicates + sends.reduce(0) { $0 + $1.rejected }
        return Report(
            seconds: elapsed, batchSize: batchSize, sends: side(sends), queries: side(queries),
            articlesAcknowledged: acknowledged,
            articlesPerSecond: elapsed > 0 ? Double(acknowledged) / elapsed : 0, accepted: accepted,
            duplicates: duplicates, rejected: sends.reduce(0) { $0 + $1.rejected },
            errorSamples: Array((sends + queries).flatMap(\.errors).prefix(10)),
            benchRSSMegabytes: Double(residentKilobytes() ?? 0) / 1_024,
            queryKinds: kinds(queries))
    }

    /// p50 and p99 per query kind, over every querier.
    static func kinds(_ queries: [Tally]) -> [String: [String: Double]] {
        var merged: [String: [Double]] = [:]
        for tally in queries {
            for (kind, values) in tally.byKind { merged[kind, default: []] += values }
        }
        return merged.mapValues { values in
            let sorted = values.sorted()
            return [
                "count": Double(sorted.count), "p50_ms": quantile(sorted, 0.5),
                "p99_ms": quantile(sorted, 0.99),
            ]
        }
    }

    static func line(_ report: Report) -> String {
        func figure(_ value: Double) -> String { String(format: "%.1f", value) }
        return "load: seconds=\(figure(report.seconds)) senders=\(report.sends.clients) "
            + "queriers=\(report.queries.clients) batch=\(report.batchSize) "
            + "articles=\(report.articlesAcknowledged) articles_per_s=\(figure(report.articlesPerSecond)) "
            + "accepted=\(report.accepted) duplicates=\(report.duplicates) rejected=\(report.rejected) "
            + "batches=\(report.sends.requests) batch_p50_ms=\(figure(report.sends.p50Milliseconds)) "
            + "batch_p99_ms=\(figure(report.sends.p99Milliseconds)) "
            + "batch_max_ms=\(figure(report.sends.maxMilliseconds)) "
            + "queries=\(report.queries.requests) queries_per_s=\(figure(report.queries.perSecond)) "
            + "query_p50_ms=\(figure(report.queries.p50Milliseconds)) "
            + "query_p99_ms=\(figure(report.queries.p99Milliseconds)) "
            + "query_max_ms=\(figure(report.queries.maxMilliseconds)) "
            + "send_errors=\(report.sends.errors) query_errors=\(report.queries.errors) "
            + "bench_rss_mib=\(figure(report.benchRSSMegabytes))"
    }

    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(q * Double(sorted.count)))]
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, atto) = duration.components
        return Double(whole) + Double(atto) / 1e18
    }

    static func address(_ text: String) throws -> (host: String, port: Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (1...65_535).contains(port)
        else { throw Failure.badAddress(text) }
        return (String(text[..<colon]), port)
    }

    /// VmRSS of this process from /proc (Linux), in kB.
    static func residentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return nil
        }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }
}
