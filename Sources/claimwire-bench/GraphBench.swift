import ArgumentParser
import ClaimGraph
import ClaimModel
import Foundation

/// `claimwire-bench graph`: the in-memory graph on a synthetic corpus — merge rate, query
/// latency and memory per mention, at two sizes to show growth.
struct GraphBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph", abstract: "In-memory claim graph: merge rate, query p99, bytes per mention.",
        discussion: """
            The merge inserts batches of 5,000 generated articles with `ClaimGraph.insert(contentsOf:)`: \
            articles prepared (`PreparedArticle`) on cores - 1 threads while this one commits them in \
            order. merge_mentions_per_s is mentions per wall second of that pipeline (generating the \
            articles is not timed); merge_mentions_per_cpu_s per CPU second of every thread; \
            commit_mentions_per_cpu_s per CPU second of the committing thread alone (the sequential \
            part). cores: processors online. --sequential-merge inserts one article at a time on one \
            thread instead, as before the pipeline; --prepare-first prepares a batch, then commits it.
            """)

    @OptionGroup var options: BenchOptions

    @Option(
        name: .customLong("articles"),
        help: "Corpus sizes to run, smallest first (repeatable; default 10k, 30k and 100k articles).")
    var sizes: [Int] = []

    @Flag(help: "Merge and memory only: skip the queries and the export (large sizes, profiling).")
    var mergeOnly = false

    @Flag(
        help: """
            Merge one article at a time on one thread (`insert` of each), as before the pipeline: \
            the reference the pipeline's figures are compared with.
            """)
    var sequentialMerge = false

    @Flag(
        help: """
            Prepare each batch of articles on every core first, then commit it on one thread: the \
            commits' figure is then the sequential part alone, with no thread preparing beside it.
            """)
    var prepareFirst = false

    @Flag(help: "Print each structure's bytes per mention (the JSON holds them either way).")
    var verbose = false

    struct Figures: Codable {
        var articles: Int
        var mentions: Int
        var mergeSeconds: Double
        /// Mentions merged per wall second: by the pipeline (`ClaimGraph.insert(contentsOf:)`,
        /// articles prepared on other threads while one commits) unless `--sequential-merge`.
        var mergeMentionsPerSecond: Double
        /// Per CPU second of every thread of the process during the merge.
        var mergeMentionsPerCPUSecond: Double
        /// Per CPU second of the committing thread alone: the sequential part of the merge.
        var commitMentionsPerCPUSecond: Double
        /// Processors online, and threads preparing articles (0: `--sequential-merge`).
        var cores: Int
        var preparingThreads: Int
        var exportSeconds: Double
        var storyP99Milliseconds: Double
        var claimsP99Milliseconds: Double
        var storyP99CPUMilliseconds: Double
        var claimsP99CPUMilliseconds: Double
        var claimsColdP99Milliseconds: Double
        var claimsColdP99CPUMilliseconds: Double
        /// The first page (`claimsPageSize` claims) of a random company's claims, warm cache.
        var claimsPageP99Milliseconds: Double
        var claimsPageP99CPUMilliseconds: Double
        var residentBytesPerMention: Double
        var residentTrimmedBytesPerMention: Double
        /// The same counting the pages of files (the executable's code and data) first touched
        /// while the graph was built: how it was measured until session 10.
        var residentTrimmedWithFilesBytesPerMention: Double
        var structureBytesPerMention: Double
        /// Each structure's heap bytes per mention at its capacity (`ClaimGraph.memoryBreakdown`).
        var structures: [String: Double]
        /// After `ClaimGraph.releaseSlack` and `malloc_trim`, as the aggregator after a rebuild:
        /// resident and structure bytes per mention.
        var releasedTrimmedBytesPerMention: Double
        var releasedStructureBytesPerMention: Double
        /// Resident bytes per mention of the graph restored from its snapshot, after
        /// `malloc_trim` (what a restarted aggregator holds), its structures' bytes per mention,
        /// and the CPU seconds of the restore.
        var restoredTrimmedBytesPerMention: Double
        var restoredStructureBytesPerMention: Double
        var restoreCPUSeconds: Double
        /// The view cache after the queries, bytes per mention (0 with `--merge-only`).
        var viewCacheBytesPerMention: Double
        var stories: Int
        var claims: Int

        enum CodingKeys: String, CodingKey {
            case articles, mentions, stories, claims
            case mergeSeconds = "merge_s"
            case mergeMentionsPerSecond = "merge_mentions_per_s"
            case mergeMentionsPerCPUSecond = "merge_mentions_per_cpu_s"
            case commitMentionsPerCPUSecond = "commit_mentions_per_cpu_s"
            case cores
            case preparingThreads = "preparing_threads"
            case storyP99CPUMilliseconds = "story_p99_cpu_ms"
            case claimsP99CPUMilliseconds = "claims_p99_cpu_ms"
            case exportSeconds = "export_s"
            case storyP99Milliseconds = "story_p99_ms"
            case claimsP99Milliseconds = "claims_p99_ms"
            case claimsColdP99Milliseconds = "claims_cold_p99_ms"
            case claimsColdP99CPUMilliseconds = "claims_cold_p99_cpu_ms"
            case claimsPageP99Milliseconds = "claims_page_p99_ms"
            case claimsPageP99CPUMilliseconds = "claims_page_p99_cpu_ms"
            case residentBytesPerMention = "resident_bytes_per_mention"
            case residentTrimmedBytesPerMention = "resident_trimmed_bytes_per_mention"
            case residentTrimmedWithFilesBytesPerMention = "resident_trimmed_with_files_bytes_per_mention"
            case structureBytesPerMention = "structure_bytes_per_mention"
            case structures = "structure_bytes_per_mention_by_part"
            case releasedTrimmedBytesPerMention = "released_trimmed_bytes_per_mention"
            case releasedStructureBytesPerMention = "released_structure_bytes_per_mention"
            case restoredTrimmedBytesPerMention = "restored_trimmed_bytes_per_mention"
            case restoredStructureBytesPerMention = "restored_structure_bytes_per_mention"
            case restoreCPUSeconds = "restore_cpu_s"
            case viewCacheBytesPerMention = "view_cache_bytes_per_mention"
        }
    }

    func run() async throws {
        // As the aggregator does before it builds its graph.
        GraphHeap.fixAllocatorThresholds()
        let sizes =
            !self.sizes.isEmpty ? self.sizes : options.quick ? [1_000, 10_000] : [10_000, 30_000, 100_000]
        var runs: [Figures] = []
        for size in sizes {
            let figures = measure(articles: size)
            print(
                String(
                    format:
                        "graph %7d articles %8d mentions: merge %.0f mentions/s (%.0f per CPU s of all threads, "
                        + "the commits %.0f per CPU s of their thread; %d preparing threads, %d cores), "
                        + "export %.2f s, "
                        + "story p99 %.3f ms (CPU %.3f), claims p99 %.3f ms (CPU %.3f), "
                        + "claims on a cold cache p99 %.3f ms (CPU %.3f), "
                        + "a first page of claims p99 %.3f ms (CPU %.3f), "
                        + "%.0f resident B/mention (%.0f after malloc_trim, %.0f with files' pages, %.0f in structures; "
                        + "slack released %.0f after malloc_trim, %.0f in structures; "
                        + "restored from a snapshot %.0f after malloc_trim, %.0f in structures, in %.2f CPU s; "
                        + "view cache after the queries %.1f)",
                    figures.articles, figures.mentions, figures.mergeMentionsPerSecond,
                    figures.mergeMentionsPerCPUSecond, figures.commitMentionsPerCPUSecond,
                    figures.preparingThreads, figures.cores, figures.exportSeconds,
                    figures.storyP99Milliseconds, figures.storyP99CPUMilliseconds,
                    figures.claimsP99Milliseconds, figures.claimsP99CPUMilliseconds,
                    figures.claimsColdP99Milliseconds, figures.claimsColdP99CPUMilliseconds,
                    figures.claimsPageP99Milliseconds, figures.claimsPageP99CPUMilliseconds,
                    figures.residentBytesPerMention, figures.residentTrimmedBytesPerMention,
                    figures.residentTrimmedWithFilesBytesPerMention,
                    figures.structureBytesPerMention, figures.releasedTrimmedBytesPerMention,
                    figures.releasedStructureBytesPerMention, figures.restoredTrimmedBytesPerMention,
                    figures.restoredStructureBytesPerMention, figures.restoreCPUSeconds,
                    figures.viewCacheBytesPerMention))
            if verbose {
                for (structure, bytes) in figures.structures.sorted(by: { $0.value > $1.value }) {
                    let name = structure.padding(toLength: 28, withPad: " ", startingAt: 0)
                    print("  \(name) \(String(format: "%7.1f", bytes)) B/mention")
                }
            }
            runs.append(figures)
        }
        guard let largest = runs.last else { return }
        struct Report: Codable {
            var mergeMentionsPerSecond: Double
            var mergeMentionsPerCPUSecond: Double
            var commitMentionsPerCPUSecond: Double
            var cores: Int
            var storyP99Milliseconds: Double
            var claimsP99Milliseconds: Double
            var storyP99CPUMilliseconds: Double
            var claimsP99CPUMilliseconds: Double
            var claimsColdP99Milliseconds: Double
            var claimsColdP99CPUMilliseconds: Double
            var claimsPageP99Milliseconds: Double
            var claimsPageP99CPUMilliseconds: Double
            /// Resident bytes per mention once freed heap pages are returned (`malloc_trim`), as
            /// the aggregator does after its rebuild: what the graph holds. The untrimmed figure,
            /// with the pages glibc keeps from the freed input batches, is each run's
            /// `resident_bytes_per_mention`.
            var bytesPerMention: Double
            var growth: [Figures]

            enum CodingKeys: String, CodingKey {
                case mergeMentionsPerSecond = "merge_mentions_per_s"
                case mergeMentionsPerCPUSecond = "merge_mentions_per_cpu_s"
                case commitMentionsPerCPUSecond = "commit_mentions_per_cpu_s"
                case cores
                case storyP99CPUMilliseconds = "story_p99_cpu_ms"
                case claimsP99CPUMilliseconds = "claims_p99_cpu_ms"
                case storyP99Milliseconds = "story_p99_ms"
                case claimsP99Milliseconds = "claims_p99_ms"
                case claimsColdP99Milliseconds = "claims_cold_p99_ms"
                case claimsColdP99CPUMilliseconds = "claims_cold_p99_cpu_ms"
                case claimsPageP99Milliseconds = "claims_page_p99_ms"
                case claimsPageP99CPUMilliseconds = "claims_page_p99_cpu_ms"
                case bytesPerMention = "bytes_per_mention"
                case growth
            }
        }
        let report = Report(
            mergeMentionsPerSecond: largest.mergeMentionsPerSecond,
            mergeMentionsPerCPUSecond: largest.mergeMentionsPerCPUSecond,
            commitMentionsPerCPUSecond: largest.commitMentionsPerCPUSecond, cores: largest.cores,
            storyP99Milliseconds: largest.storyP99Milliseconds,
            claimsP99Milliseconds: largest.claimsP99Milliseconds,
            storyP99CPUMilliseconds: largest.storyP99CPUMilliseconds,
            claimsP99CPUMilliseconds: largest.claimsP99CPUMilliseconds,
            claimsColdP99Milliseconds: largest.claimsColdP99Milliseconds,
            claimsColdP99CPUMilliseconds: largest.claimsColdP99CPUMilliseconds,
            claimsPageP99Milliseconds: largest.claimsPageP99Milliseconds,
            claimsPageP99CPUMilliseconds: largest.claimsPageP99CPUMilliseconds,
            bytesPerMention: largest.residentTrimmedBytesPerMention, growth: runs)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let directory = URL(fileURLWithPath: options.out)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("graph.json")
        // The store benchmark adds its ingest and rebuild figures to the same file: keep them.
        var merged =
            (try? Data(contentsOf: file)).flatMap {
                try? JSONSerialization.jsonObject(with: $0) as? [String: Any]
            } ?? [:]
        if let own = try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any] {
            merged.merge(own) { _, new in new }
        }
        try JSONSerialization.data(withJSONObject: merged, options: [.prettyPrinted, .sortedKeys]).write(
            to: file)
    }

    func measure(articles count: Int) -> Figures {
        let corpus = SyntheticCorpus(articles: count)
        // A small graph built and dropped first, the way the measured one is: the preparing
        // threads (their stacks and allocator arenas), the runtime's and the code's pages the
        // first inserts touch are resident from then on, and are not memory per mention.
        do {
            let small = SyntheticCorpus(articles: 500)
            var warmUp = ClaimGraph()
            let articles = (0..<small.articleCount).map { small.article($0) }
            if sequentialMerge {
                for article in articles { warmUp.insert(article) }
            } else {
                warmUp.insert(contentsOf: articles, preparingThreads: ClaimGraph.preparingThreads)
            }
        }
        Self.trimHeap()
        let residentBefore = Self.residentBytes()
        let residentBeforeWithFiles = Self.residentBytes(countingFiles: true)
        var graph = ClaimGraph()
        var mergeSeconds = 0.0
        var mergeCPUSeconds = 0.0
        var commitCPUSeconds = 0.0
        let preparingThreads = sequentialMerge ? 0 : ClaimGraph.preparingThreads
        let batch = 5_000
        var start = 0
        var generator = SplitMix(seed: 2024)
        while start < count {
            let end = min(count, start + batch)
            let articles = (start..<end).map { corpus.article($0) }
            let clock = ContinuousClock.now
            let cpu = Self.threadCPUSeconds()
            let processCPU = Self.processCPUSeconds()
            var commitStart = cpu
            if sequentialMerge {
                for article in articles { graph.insert(article) }
            } else if prepareFirst {
                let prepared = ClaimGraph.prepare(articles, threads: preparingThreads + 1)
                // The commits' figure counts from here.
                commitStart = Self.threadCPUSeconds()
                for article in prepared { graph.insert(article) }
            } else {
                // Articles prepared on `preparingThreads` other threads while this one commits.
                graph.insert(contentsOf: articles, preparingThreads: preparingThreads)
            }
            mergeSeconds += Self.seconds(ContinuousClock.now - clock)
            commitCPUSeconds += Self.threadCPUSeconds() - commitStart
            mergeCPUSeconds += Self.processCPUSeconds() - processCPU
            start = end
        }
        let residentAfter = Self.residentBytes()
        // The generated batches are freed but glibc keeps their pages: returned, what is left
        // resident is what the graph holds.
        Self.trimHeap()
        let residentTrimmed = Self.residentBytes()
        let residentTrimmedWithFiles = Self.residentBytes(countingFiles: true)
        let mentions = graph.mentionCount
        if verbose {
            print(
                String(
                    format: "  resident before the graph: %.1f MB, %.1f MB of it anonymous",
                    Double(residentBeforeWithFiles) / 1e6, Double(residentBefore) / 1e6))
            Self.printHeap(
                "built by insert, after malloc_trim", mentions: mentions,
                since: (residentBefore, residentBeforeWithFiles))
        }
        printLinkCounts(graph.linkCounts, mentions: mentions)
        var structures: [String: Double] = [:]
        for part in graph.memoryBreakdown {
            structures[part.structure, default: 0] += Double(part.bytes) / Double(max(1, mentions))
        }
        let structureBytes = graph.approximateBytes
        // As the aggregator does after a rebuild from its store.
        graph.releaseSlack()
        Self.trimHeap()
        let residentReleased = Self.residentBytes()
        if verbose {
            Self.printHeap(
                "slack released, after malloc_trim", mentions: mentions,
                since: (residentBefore, residentBeforeWithFiles))
        }
        let releasedStructureBytes = graph.approximateBytes
        // The merge and memory figures (a merge-only run's all); a full run adds its queries'.
        let perMention = 1 / Double(max(1, mentions))
        func mergeAndMemoryFigures(restored: (resident: Int, cpuSeconds: Double, structures: Int)) -> Figures
        {
            Figures(
                articles: count, mentions: mentions, mergeSeconds: mergeSeconds,
                mergeMentionsPerSecond: Double(mentions) / max(mergeSeconds, 1e-9),
                mergeMentionsPerCPUSecond: Double(mentions) / max(mergeCPUSeconds, 1e-9),
                commitMentionsPerCPUSecond: Double(mentions) / max(commitCPUSeconds, 1e-9),
                cores: ProcessInfo.processInfo.activeProcessorCount, preparingThreads: preparingThreads,
                exportSeconds: 0, storyP99Milliseconds: 0, claimsP99Milliseconds: 0,
                storyP99CPUMilliseconds: 0, claimsP99CPUMilliseconds: 0, claimsColdP99Milliseconds: 0,
                claimsColdP99CPUMilliseconds: 0, claimsPageP99Milliseconds: 0,
                claimsPageP99CPUMilliseconds: 0,
                residentBytesPerMention: Double(max(0, residentAfter - residentBefore)) * perMention,
                residentTrimmedBytesPerMention: Double(max(0, residentTrimmed - residentBefore)) * perMention,
                residentTrimmedWithFilesBytesPerMention: Double(
                    max(0, residentTrimmedWithFiles - residentBeforeWithFiles)) * perMention,
                structureBytesPerMention: Double(structureBytes) * perMention,
                structures: structures,
                releasedTrimmedBytesPerMention: Double(max(0, residentReleased - residentBefore))
                    * perMention,
                releasedStructureBytesPerMention: Double(releasedStructureBytes) * perMention,
                restoredTrimmedBytesPerMention: Double(max(0, restored.resident)) * perMention,
                restoredStructureBytesPerMention: Double(restored.structures) * perMention,
                restoreCPUSeconds: restored.cpuSeconds, viewCacheBytesPerMention: 0, stories: 0, claims: 0)
        }
        if mergeOnly {
            let restored = Self.measureRestore(of: &graph, residentBefore: residentBefore)
            if verbose {
                Self.printHeap(
                    "restored from a snapshot, after malloc_trim", mentions: mentions,
                    since: (residentBefore, residentBeforeWithFiles))
            }
            return mergeAndMemoryFigures(restored: restored)
        }

        // Claims of an entity on a cold cache: as right after inserts changed every story the
        // entity is in, the worst case for a graph that is being written to.
        var coldTimes: [Double] = []
        var coldCPUTimes: [Double] = []
        for _ in 0..<300 {
            graph.discardCachedViews()
            let (wall, cpu, _) = Self.timeClaimsQuery(graph, corpus: corpus, generator: &generator)
            coldTimes.append(wall)
            coldCPUTimes.append(cpu)
        }
        graph.discardCachedViews()

        // Story pages: every story once in a random order, then again from the start until
        // `queries` pages were asked for, so the p99 rests on enough samples at any size.
        let queries = 1_000
        // Every story, from the graph: the bench keeps no list of its own (it would count as
        // the graph's memory).
        var distinctStories = graph.stories(limit: Int.max).map(\.id).sorted()
        graph.discardCachedViews()
        distinctStories.shuffle(using: &generator)
        let storyIDs = (0..<max(queries, distinctStories.count)).compactMap {
            distinctStories.isEmpty ? nil : distinctStories[$0 % distinctStories.count]
        }
        var storyTimes: [Double] = []
        var storyCPUTimes: [Double] = []
        for id in storyIDs {
            let clock = ContinuousClock.now
            let cpu = Self.threadCPUSeconds()
            let page = graph.story(id: id)
            storyTimes.append(Self.seconds(ContinuousClock.now - clock) * 1_000)
            storyCPUTimes.append((Self.threadCPUSeconds() - cpu) * 1_000)
            precondition(page != nil, "story \(id) not found")
        }
        // Every claim of a company (what `claimwire claims --entity` asks for by default), then
        // the first page of one, as a client paging through them does.
        var claimTimes: [Double] = []
        var claimCPUTimes: [Double] = []
        var claimCounts: [Int] = []
        for _ in 0..<queries {
            let (wall, cpu, count) = Self.timeClaimsQuery(graph, corpus: corpus, generator: &generator)
            claimTimes.append(wall)
            claimCPUTimes.append(cpu)
            claimCounts.append(count)
        }
        var pageTimes: [Double] = []
        var pageCPUTimes: [Double] = []
        for _ in 0..<queries {
            let (wall, cpu, _) = Self.timeClaimsQuery(
                graph, corpus: corpus, limit: Self.claimsPageSize, generator: &generator)
            pageTimes.append(wall)
            pageCPUTimes.append(cpu)
        }
        let sortedCounts = claimCounts.sorted()
        let perClaim = zip(claimCPUTimes, claimCounts).map { $0 * 1_000 / Double(max(1, $1)) }.sorted()
        print(
            "  claims per company: median \(sortedCounts[sortedCounts.count / 2]), "
                + "p99 \(sortedCounts[min(sortedCounts.count - 1, sortedCounts.count * 99 / 100)]), "
                + "largest \(sortedCounts.last ?? 0); CPU µs per claim returned: median "
                + String(format: "%.1f", perClaim[perClaim.count / 2]))
        // The views the queries kept: memory the graph holds while serving queries.
        let viewCacheBytes = graph.memoryBreakdown.filter { $0.structure == "viewCache" }.reduce(0) {
            $0 + $1.bytes
        }
        // The export is dropped before the restore is measured: it is not the graph's memory.
        let (exportSeconds, claimCount, storyCount) = Self.measureExport(graph)
        graph.discardCachedViews()
        let restored = Self.measureRestore(of: &graph, residentBefore: residentBefore)
        if verbose {
            Self.printHeap(
                "restored from a snapshot, after malloc_trim", mentions: mentions,
                since: (residentBefore, residentBeforeWithFiles))
        }
        var figures = mergeAndMemoryFigures(restored: restored)
        figures.exportSeconds = exportSeconds
        figures.storyP99Milliseconds = Self.p99(storyTimes)
        figures.claimsP99Milliseconds = Self.p99(claimTimes)
        figures.storyP99CPUMilliseconds = Self.p99(storyCPUTimes)
        figures.claimsP99CPUMilliseconds = Self.p99(claimCPUTimes)
        figures.claimsColdP99Milliseconds = Self.p99(coldTimes)
        figures.claimsColdP99CPUMilliseconds = Self.p99(coldCPUTimes)
        figures.claimsPageP99Milliseconds = Self.p99(pageTimes)
        figures.claimsPageP99CPUMilliseconds = Self.p99(pageCPUTimes)
        figures.viewCacheBytesPerMention = Double(viewCacheBytes) * perMention
        figures.stories = storyCount
        figures.claims = claimCount
        return figures
    }

    /// Times the full export and prints the sizes of its claims and stories; the export itself
    /// is freed on return. Returns the seconds, the number of claims and of stories.
    static func measureExport(_ graph: ClaimGraph) -> (seconds: Double, claims: Int, stories: Int) {
        let exportClock = ContinuousClock.now
        let export = graph.export()
        let exportSeconds = seconds(ContinuousClock.now - exportClock)
        let sizes = export.claims.map(\.evidence.count).sorted()
        let storySizes = export.stories.map(\.articles.count).sorted()
        print(
            "  claims \(sizes.count), largest \(sizes.suffix(3)), median \(sizes[sizes.count / 2]); "
                + "stories \(storySizes.count), largest \(storySizes.suffix(3))")
        return (exportSeconds, export.claims.count, export.stories.count)
    }

    /// Replaces `graph` by the graph restored from its snapshot, as a restarted aggregator
    /// does: the resident bytes it holds once the snapshot's bytes are freed and the heap
    /// trimmed, over `residentBefore` (measured before the graph was built), the CPU seconds
    /// of the restore, and its structures' bytes.
    static func measureRestore(of graph: inout ClaimGraph, residentBefore: Int) -> (
        resident: Int, cpuSeconds: Double, structures: Int
    ) {
        var snapshot = graph.snapshot()
        graph = ClaimGraph()
        trimHeap()
        let cpu = threadCPUSeconds()
        do {
            graph = try ClaimGraph(snapshot: snapshot)
        } catch {
            preconditionFailure("snapshot not restored: \(error)")
        }
        let cpuSeconds = threadCPUSeconds() - cpu
        snapshot = []
        trimHeap()
        return (residentBytes() - residentBefore, cpuSeconds, graph.approximateBytes)
    }

    /// What linking examined per mention: counts that grow with the corpus size mean work per
    /// mention that grows with the graph.
    func printLinkCounts(_ counts: LinkCounts, mentions: Int) {
        func per(_ count: Int) -> String { String(format: "%.2f", Double(count) / Double(max(1, mentions))) }
        print(
            "  linking per mention: value keys \(per(counts.valueLookups)), entries \(per(counts.valueVisits)), "
                + "agreement tests \(per(counts.agreeTests)); figures \(per(counts.figures)), "
                + "figure keys \(per(counts.figureLookups)), naming articles \(per(counts.namingArticles)) "
                + "and their mentions \(per(counts.namingMentions)), figure tests \(per(counts.figureTests)), "
                + "joined \(per(counts.figureMatches))")
    }

    /// Claims on a page of `claims_page_p99_ms`.
    static let claimsPageSize = 25

    /// Asks for the claims of a random company (at most `limit`, 0: all); wall and CPU
    /// milliseconds, and the number of claims returned.
    static func timeClaimsQuery(
        _ graph: ClaimGraph, corpus: SyntheticCorpus, limit: Int = 0, generator: inout SplitMix
    ) -> (wall: Double, cpu: Double, count: Int) {
        let entity = corpus.company(Int(generator.next() % UInt64(corpus.companyCount)))
        let clock = ContinuousClock.now
        let cpu = threadCPUSeconds()
        let claims = graph.claims(ClaimFilter(entity: entity, limit: limit))
        let times = (seconds(ContinuousClock.now - clock) * 1_000, (threadCPUSeconds() - cpu) * 1_000)
        precondition(!claims.isEmpty, "no claims for \(entity)")
        return (times.0, times.1, claims.count)
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    /// CPU time of the calling thread: on a machine shared with other work, what the code
    /// costs, where wall time says what it got.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// CPU seconds of every thread of the process.
    static func processCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    static func p99(_ samples: [Double]) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
    }

    /// Prints what glibc's allocator holds per mention (`malloc_info`'s totals): bytes taken
    /// from the system for its heaps and in free chunks there (freed memory between live
    /// chunks, which keeps pages resident after `malloc_trim`), and chunks mapped on their own.
    /// Includes the warm-up's and the runtime's few.
    static func printHeap(_ label: String, mentions: Int, since before: (anonymous: Int, withFiles: Int)) {
        #if canImport(Glibc)
            // Not in the Glibc module map: looked up by name, as malloc_trim.
            typealias MallocInfo = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
            guard let symbol = dlsym(nil, "malloc_info") else { return }
            var buffer: UnsafeMutablePointer<CChar>?
            var size = 0
            guard let stream = open_memstream(&buffer, &size) else { return }
            _ = unsafeBitCast(symbol, to: MallocInfo.self)(0, stream)
            fclose(stream)
            guard let buffer else { return }
            let xml = String(cString: buffer)
            free(buffer)
            // The totals follow the last heap's element: the last of each kind is the total.
            func last(_ element: String, _ type: String, _ attribute: String) -> Int {
                guard let tag = xml.ranges(of: "<\(element) type=\"\(type)\"").last else { return 0 }
                let rest = xml[tag.upperBound...].prefix { $0 != ">" }
                guard let key = rest.range(of: "\(attribute)=\"") else { return 0 }
                return Int(rest[key.upperBound...].prefix { $0 != "\"" }) ?? 0
            }
            let per = 1 / Double(max(1, mentions))
            let free = last("total", "fast", "size") + last("total", "rest", "size")
            let system = last("system", "current", "size")
            let mapped = last("total", "mmap", "size")
            print(
                "  heap \(label): "
                    + String(
                        format:
                            "%.1f B/mention from the system, %.1f of it in %ld free chunks; %.1f in %ld mapped chunks; "
                            + "%.1f in use",
                        Double(system) * per, Double(free) * per,
                        last("total", "fast", "count") + last("total", "rest", "count"),
                        Double(mapped) * per, last("total", "mmap", "count"),
                        Double(system - free + mapped) * per))
            let anonymous = residentBytes() - before.anonymous
            let files = residentBytes(countingFiles: true) - before.withFiles - anonymous
            print(
                String(
                    format:
                        "    resident since the graph was started: %.1f B/mention anonymous, %.1f of files (with the code this printing ran first)",
                    Double(anonymous) * per, Double(files) * per))
        #endif
    }

    /// Returns freed heap pages to the system (glibc), so resident size counts live memory.
    static func trimHeap() {
        #if canImport(Glibc)
            // Not in the Glibc module map: looked up by name (RTLD_DEFAULT is the null handle).
            typealias Trim = @convention(c) (Int) -> Int32
            if let symbol = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(symbol, to: Trim.self)(0) }
        #endif
    }

    /// Resident bytes from /proc (Linux; 0 where unavailable): anonymous memory (the heap,
    /// where the graph is), or with `countingFiles` every resident page, the executable's and
    /// libraries' code and data too (pages first touched while a graph is built are no
    /// memory per mention: the same however large it is).
    static func residentBytes(countingFiles: Bool = false) -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        // Pages: size, resident, shared (resident pages of files and shared memory), ...
        let fields = statm.split(separator: " ")
        guard fields.count > 2, let resident = Int(fields[1]), let shared = Int(fields[2]) else { return 0 }
        return (countingFiles ? resident : resident - shared) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
