import ArgumentParser
import ClaimGraph
import ClaimModel
import ClaimStore
import Foundation

/// `claimwire-bench store`: durable ingest through the store with group commit, the start-up
/// rebuild (store scan + graph insert) and the restart from a graph snapshot (snapshot read,
/// checked against the store, the store's tail replayed), at two corpus sizes to show growth.
/// Figures in `<out>/store.json`.
struct StoreBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Durable ingest (group commit) and rebuild from the store, 10k and 100k articles.")

    @OptionGroup var options: BenchOptions

    @Option(help: "Concurrent writers, as extractor connections would be.")
    var writers = 8

    @Option(help: "Articles per batch (one IngestBatch).")
    var batch = 100

    @Option(help: "Mentions per synthetic article.")
    var mentionsPerArticle = 10

    @Option(
        name: .customLong("articles"),
        help: "Corpus sizes to run, smallest first (repeatable; default 10k, 30k and 100k articles).")
    var sizes: [Int] = []

    @Option(
        help: """
            A steady feed: articles arrive in publication order, this many a day, so the \
            corpus spans articles / rate days. Without it every size spans the same 730 days in \
            random order, so larger corpora pack more articles into each day (harsher on story \
            linking).
            """)
    var articlesPerDay: Int?

    func run() async throws {
        let sizes =
            !self.sizes.isEmpty ? self.sizes : options.quick ? [2_000, 10_000] : [10_000, 30_000, 100_000]
        var runs: [[String: Any]] = []
        print(
            "store benchmark\(options.quick ? " (quick)" : "")"
                + (articlesPerDay.map { ", \($0) articles per day" } ?? ", 730 days at every size"))
        for size in sizes {
            let figures = try await measure(articles: size)
            runs.append(figures)
            print(
                String(
                    format:
                        "  %7d articles %8d mentions: ingest %9.0f mentions/s (%d tx for %d batches), "
                        + "load %9.0f mentions/s, rebuild %9.0f mentions/s, %.0f B/mention on disk; "
                        + "per CPU second: ingest %.0f, load %.0f, rebuild %.0f; restart from snapshot "
                        + "(%.0f B/mention) %.0f mentions/s, %.0f per CPU s, with a 1%% tail %.0f, %.0f per CPU s",
                    size, figures["mentions"] as? Int ?? 0, figures["ingest_mentions_per_s"] as? Double ?? 0,
                    figures["transactions"] as? Int ?? 0, figures["batches"] as? Int ?? 0,
                    figures["load_mentions_per_s"] as? Double ?? 0,
                    figures["rebuild_mentions_per_s"] as? Double ?? 0,
                    figures["disk_bytes_per_mention"] as? Double ?? 0,
                    figures["ingest_mentions_per_cpu_s"] as? Double ?? 0,
                    figures["load_mentions_per_cpu_s"] as? Double ?? 0,
                    figures["rebuild_mentions_per_cpu_s"] as? Double ?? 0,
                    figures["snapshot_bytes_per_mention"] as? Double ?? 0,
                    figures["restart_mentions_per_s"] as? Double ?? 0,
                    figures["restart_mentions_per_cpu_s"] as? Double ?? 0,
                    figures["restart_tail_mentions_per_s"] as? Double ?? 0,
                    figures["restart_tail_mentions_per_cpu_s"] as? Double ?? 0))
        }
        guard let largest = runs.last, let smallest = runs.first else { return }
        var figures: [String: Any] = [:]
        for key in [
            "ingest_mentions_per_s", "rebuild_mentions_per_s", "load_mentions_per_s",
            "disk_bytes_per_mention",
            "ingest_articles_per_s", "ingest_mentions_per_cpu_s", "load_mentions_per_cpu_s",
            "rebuild_mentions_per_cpu_s",
        ] + Self.restartKeys {
            figures[key] = largest[key]
        }
        // Throughput at the large size over the small: 1.0 is linear growth in time.
        for key in ["ingest_mentions_per_s", "rebuild_mentions_per_s"] {
            if let large = largest[key] as? Double, let small = smallest[key] as? Double, small > 0 {
                figures[key.replacingOccurrences(of: "_per_s", with: "_scaling")] = large / small
            }
        }
        figures["runs"] = runs
        figures["writers"] = writers
        figures["batch_articles"] = batch
        figures["synchronous"] = "FULL"
        figures["quick"] = options.quick
        figures["articles_per_day"] = articlesPerDay ?? 0
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        let data = try JSONSerialization.data(
            withJSONObject: figures, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: "\(options.out)/store.json"))
        // The graph figures file carries the ingest and rebuild rates too (issue 4 asks for
        // them in one place); keep whatever the graph benchmark wrote there.
        let graphFile = URL(fileURLWithPath: "\(options.out)/graph.json")
        var graphFigures =
            (try? Data(contentsOf: graphFile)).flatMap {
                try? JSONSerialization.jsonObject(with: $0) as? [String: Any]
            } ?? [:]
        for key in [
            "ingest_mentions_per_s", "rebuild_mentions_per_s", "ingest_mentions_per_cpu_s",
            "rebuild_mentions_per_cpu_s", "load_mentions_per_s", "ingest_mentions_scaling",
            "rebuild_mentions_scaling",
        ] + Self.restartKeys {
            graphFigures[key] = figures[key]
        }
        graphFigures["store_runs"] = runs
        try JSONSerialization.data(withJSONObject: graphFigures, options: [.prettyPrinted, .sortedKeys])
            .write(to: graphFile)
        print("  -> \(options.out)/store.json")
    }

    /// Restart from a graph snapshot: its size, and restoring it with no tail and a 1% tail.
    static let restartKeys = [
        "snapshot_bytes_per_mention", "restart_mentions_per_s", "restart_mentions_per_cpu_s",
        "restart_tail_mentions_per_s", "restart_tail_mentions_per_cpu_s",
    ]

    private func measure(articles count: Int) async throws -> [String: Any] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimwire-store-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var corpus = SyntheticStoreCorpus(seed: 0x5EED_0000 ^ UInt64(count))
        let articles = (0..<count).map {
            corpus.article(index: $0, mentions: mentionsPerArticle, perDay: articlesPerDay)
        }
        let mentions = articles.reduce(0) { $0 + $1.mentions.count }
        let batches = stride(from: 0, to: articles.count, by: batch).map {
            Array(articles[$0..<min($0 + batch, articles.count)])
        }
        let shards = (0..<writers).map { shard in
            batches.enumerated().filter { $0.offset % writers == shard }.map(\.element)
        }

        // Durable ingest: `writers` concurrent callers, each waiting for its commit like a
        // connection waiting for its Ack.
        let store = try ClaimStore.open(directory: directory)
        let clock = ContinuousClock()
        let ingestStart = clock.now
        let ingestCPUStart = Self.processCPUSeconds()
        let accepted = try await withThrowingTaskGroup(of: Int.self) { group in
            for shard in shards {
                group.addTask {
                    var accepted = 0
                    for batch in shard {
                        accepted += try await store.insert(batch).filter { $0.outcome == .accepted }.count
                    }
                    return accepted
                }
            }
            return try await group.reduce(0, +)
        }
        let ingestSeconds = seconds(clock.now - ingestStart)
        let ingestCPU = Self.processCPUSeconds() - ingestCPUStart
        guard accepted == count else {
            throw ValidationError("store accepted \(accepted) of \(count) synthetic articles")
        }
        let transactions = store.groupCommitTransactions
        try store.close()
        let diskBytes = try directoryBytes(directory)

        // Rebuild as the aggregator does at start: open, scan every table, insert into the graph.
        let loadStart = clock.now
        let loadCPUStart = Self.processCPUSeconds()
        let reader = try ClaimStore.open(directory: directory)
        var loaded = 0
        try reader.forEachArticle { loaded += $0.mentions.count }
        let loadSeconds = seconds(clock.now - loadStart)
        let loadCPU = Self.processCPUSeconds() - loadCPUStart

        let rebuildStart = clock.now
        let rebuildCPUStart = Self.processCPUSeconds()
        var graph = ClaimGraph()
        try Self.replay(into: &graph) { article in try reader.replay { try article($0) } }
        let rebuildSeconds = seconds(clock.now - rebuildStart)
        let rebuildCPU = Self.processCPUSeconds() - rebuildCPUStart
        guard loaded == mentions, graph.mentionCount == mentions else {
            throw ValidationError("rebuild saw \(loaded) / \(graph.mentionCount) of \(mentions) mentions")
        }

        // Restart from a graph snapshot, as the aggregator does: write it (at shutdown), then
        // read it back, check it against the store and replay the articles stored after it:
        // none, then a tail of 1% stored by a later run.
        let mark = try reader.lastSequence()
        let snapshotPath = "\(directory)/graph.snapshot"
        let writeStart = clock.now
        let writeCPUStart = Self.processCPUSeconds()
        let snapshot = graph.snapshot(mark: UInt64(mark))
        try Data(snapshot).write(to: URL(fileURLWithPath: snapshotPath))
        let writeSeconds = seconds(clock.now - writeStart)
        let writeCPU = Self.processCPUSeconds() - writeCPUStart
        // Correctness is the tests' (`GraphSnapshotTests`, `AggregatorSnapshotTests`): an export
        // of 100k synthetic articles costs more than everything measured here.
        let expectedArticles = graph.articleCount
        try reader.close()
        graph = ClaimGraph()

        let still = try restart(directory: directory, snapshot: snapshotPath, expectedMentions: mentions)
        guard still.graph.articleCount == expectedArticles else {
            throw ValidationError("the graph restored from its snapshot holds other articles")
        }
        let tailArticles = (count..<(count + max(1, count / 100))).map {
            corpus.article(index: $0, mentions: mentionsPerArticle, perDay: articlesPerDay)
        }
        let tailMentions = tailArticles.reduce(0) { $0 + $1.mentions.count }
        let later = try ClaimStore.open(directory: directory)
        _ = try later.insertNow(tailArticles)
        try later.close()
        let tail = try restart(
            directory: directory, snapshot: snapshotPath, expectedMentions: mentions + tailMentions)

        return [
            "articles": count, "mentions": mentions, "batches": batches.count, "transactions": transactions,
            "ingest_seconds": ingestSeconds, "ingest_mentions_per_s": Double(mentions) / ingestSeconds,
            "ingest_articles_per_s": Double(count) / ingestSeconds,
            "load_seconds": loadSeconds, "load_mentions_per_s": Double(mentions) / loadSeconds,
            "rebuild_seconds": rebuildSeconds, "rebuild_mentions_per_s": Double(mentions) / rebuildSeconds,
            // CPU seconds of the whole process (all threads): on a machine shared with other
            // work, mentions per CPU second says what the code costs, wall time what it got.
            "ingest_cpu_seconds": ingestCPU, "load_cpu_seconds": loadCPU, "rebuild_cpu_seconds": rebuildCPU,
            "ingest_mentions_per_cpu_s": Double(mentions) / ingestCPU,
            "load_mentions_per_cpu_s": Double(mentions) / loadCPU,
            "rebuild_mentions_per_cpu_s": Double(mentions) / rebuildCPU,
            "disk_bytes": diskBytes, "disk_bytes_per_mention": Double(diskBytes) / Double(mentions),
            "snapshot_bytes": snapshot.count,
            "snapshot_bytes_per_mention": Double(snapshot.count) / Double(mentions),
            "snapshot_write_seconds": writeSeconds, "snapshot_write_cpu_seconds": writeCPU,
            "restart_seconds": still.seconds, "restart_cpu_seconds": still.cpu,
            "restart_mentions_per_s": Double(mentions) / still.seconds,
            "restart_mentions_per_cpu_s": Double(mentions) / still.cpu,
            "restart_tail_articles": tailArticles.count,
            "restart_tail_seconds": tail.seconds, "restart_tail_cpu_seconds": tail.cpu,
            "restart_tail_mentions_per_s": Double(mentions + tailMentions) / tail.seconds,
            "restart_tail_mentions_per_cpu_s": Double(mentions + tailMentions) / tail.cpu,
        ]
    }

    /// Opens the store, restores the graph from `snapshot` (mapped, not copied), checks it
    /// against the store and replays the articles stored after its mark.
    private func restart(directory: String, snapshot: String, expectedMentions: Int) throws -> (
        graph: ClaimGraph, seconds: Double, cpu: Double
    ) {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = Self.processCPUSeconds()
        let store = try ClaimStore.open(directory: directory)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot), options: .alwaysMapped)
        var graph = try bytes.withUnsafeBytes { try ClaimGraph(snapshot: $0) }
        let mark = try bytes.withUnsafeBytes { try ClaimGraph.snapshotHeader($0).mark }
        guard try store.articleCount(upTo: Int64(mark)) == graph.articleCount else {
            throw ValidationError("the snapshot does not match the store")
        }
        try Self.replay(into: &graph) { article in
            try store.replay(after: Int64(mark)) { _, stored in try article(stored) }
        }
        try store.close()
        let elapsed = seconds(clock.now - start)
        let cpu = Self.processCPUSeconds() - cpuStart
        guard graph.mentionCount == expectedMentions else {
            throw ValidationError("restart holds \(graph.mentionCount) of \(expectedMentions) mentions")
        }
        return (graph, elapsed, cpu)
    }

    /// Inserts the articles `replay` reads into `graph` as the aggregator's rebuild does: in
    /// batches of 1,024 (`ClaimGraph.insert(contentsOf:)`), prepared on other threads while
    /// this one commits them, so the rebuild figures are the real path's.
    private static func replay(
        into graph: inout ClaimGraph,
        _ replay: ((AnalyzedArticle) throws -> Void) throws -> Void
    ) throws {
        var batch: [AnalyzedArticle] = []
        let batchSize = 1_024
        try replay { article in
            batch.append(article)
            if batch.count == batchSize {
                graph.insert(contentsOf: batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        graph.insert(contentsOf: batch)
    }

    /// User plus system CPU time of this process so far.
    private static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    private func directoryBytes(_ directory: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: directory).reduce(0) { total, name in
            let attributes = try FileManager.default.attributesOfItem(atPath: "\(directory)/\(name)")
            return total + ((attributes[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}

/// Analysed articles invented from a seed: many companies (so claims spread like a real feed),
/// varied measures, periods, outlets, bounds and currencies; texts with real byte spans.
private struct SyntheticStoreCorpus {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    private static let syllables = [
        "nor", "va", "kes", "trel", "hal", "sen", "tes", "ly", "bri", "quil", "mar", "os",
    ]
    private static let measures = [
        "capital expenditure", "revenue", "operating profit", "monthly active users", "chips ordered",
        "headcount", "net loss", "share buyback", "research spending", "deliveries", "subscribers",
        "AI infrastructure spending",
    ]
    private static let outlets = (0..<40).map { "Outlet \($0)" }
    private static let units: [QuantityUnit] = ["USD", "CNY", "EUR", "count", "users", "percent"]

    private func company(_ n: Int) -> String {
        var name = ""
        var rest = n
        for _ in 0..<3 {
            name += Self.syllables[rest % Self.syllables.count]
            rest /= Self.syllables.count
        }
        return name.prefix(1).uppercased() + name.dropFirst() + " \(n / 1_728)"
    }

    /// Article `index`, published on one of 730 days from 2024-01-01, or in order, `perDay` a
    /// day (a steady feed; the rest of the article is the same).
    mutating func article(index: Int, mentions mentionCount: Int, perDay: Int?) -> AnalyzedArticle {
        let subject = company(below(20_000))
        let outlet = Self.outlets[below(Self.outlets.count)]
        let drawn = below(730)
        let day = Day(
            ordinal: Day(year: 2024, month: 1, day: 1)!.ordinal + (perDay.map { index / max(1, $0) } ?? drawn)
        )
        var text = "\(subject) figures reported by \(outlet). "
        var mentions: [Mention] = []
        for _ in 0..<mentionCount {
            let measure = Self.measures[below(Self.measures.count)]
            let unit = Self.units[below(Self.units.count)]
            let amount = Double(1 + below(999)) * (unit.isCurrency ? 1e8 : 1e3)
            let year = 2022 + below(5)
            let sentence = "\(subject) put its \(measure) at \(Int(amount)) \(unit.rawValue) for \(year). "
            let start = text.utf8.count
            text += sentence
            let bound = Bound.allCases[below(4)]
            mentions.append(
                Mention(
                    subject: subject, measure: measure,
                    quantity: Quantity(
                        values: [Value(amount: amount, unit: unit, resolution: unit.isCurrency ? 1e8 : 1e3)],
                        bound: bound),
                    period: below(5) == 0 ? nil : .year(year), attribution: below(3) == 0 ? outlet : nil,
                    hedged: below(4) == 0, evidence: TextSpan(start: start, end: text.utf8.count - 1),
                    passage: 0))
        }
        let hash = String(format: "%016llx%016llx", next(), next())
        let features = ArticleFeatures(
            textHash: hash + hash, simhash: next(),
            entities: [EntityCount(name: subject, count: mentionCount)],
            keyTerms: Array(Set(mentions.map(\.measure))).sorted().prefix(5).map { $0 },
            passages: [
                Passage(span: TextSpan(start: 0, end: text.utf8.count), isMain: true, entities: [subject])
            ])
        return AnalyzedArticle(
            id: ArticleID(String(format: "%016llx%08x", next(), index)),
            article: Article(
                ref: "synthetic#\(index)", outlet: outlet, title: "\(subject) results", published: day,
                text: text),
            mentions: mentions, denials: [], features: features)
    }
}
