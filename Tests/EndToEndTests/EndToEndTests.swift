import ClaimModel
import Foundation
import Testing

/// The real binaries on loopback: an aggregator and two extractors, `claimwire send` through
/// them, and the aggregator's export compared with `claimwire analyze` on the same files.
@Suite(.serialized, .timeLimit(.minutes(3))) struct EndToEndTests {
    static let built = Binaries.directory != nil

    @Test func samplesGoThroughTwoExtractorsAndMatchTheInProcessGraph() async throws {
        guard Self.built else {
            print("skipped: aggregator, extractor and claimwire are not built (swift build)")
            return
        }
        try await checkSendAndExport(files: Binaries.articleFiles(in: Binaries.samples), label: "samples")
    }

    @Test func corpusGoesThroughTwoExtractorsAndMatchesTheInProcessGraph() async throws {
        guard Self.built, let corpus = Binaries.corpus else {
            print("skipped: binaries not built or ../shared/corpus absent")
            return
        }
        let bundles = Binaries.articleFiles(in: corpus).filter { $0.hasSuffix(".txt") }
        try await checkSendAndExport(files: bundles, label: "corpus")
    }

    @Test func anExtractorKilledBeforeTheSendLosesNothing() async throws {
        guard Self.built else {
            print("skipped: binaries not built")
            return
        }
        let topology = try Topology()
        do {
            try await topology.startAggregator()
            try await topology.startExtractors(2)
            topology.extractors[0].kill9()
            let files = Binaries.articleFiles(in: Binaries.samples)
            let sent = try await topology.claimwire(
                ["send", "--format", "json", "--quiet"] + topology.extractorArguments + files)
            #expect(sent.status == 0, "send failed: \(sent.stderr)")
            let report = try JSONDecoder().decode(SendReport.self, from: Data(sent.stdout.utf8))
            #expect(report.unacknowledged.isEmpty)
            #expect(report.accepted == report.articles)

            // What was committed survives a restart of the aggregator.
            let before = try await export(topology)
            _ = await topology.aggregator?.terminate()
            try await topology.startAggregator()
            let after = try await export(topology)
            #expect(canonical(after) == canonical(before))
        } catch {
            await topology.tearDown()
            throw error
        }
        await topology.tearDown()
    }

    /// SIGTERM writes `graph.snapshot`; a run without snapshots stores more articles; the
    /// restart restores the snapshot and replays only those, and its export is a full rebuild's
    /// and `analyze`'s.
    @Test func restartFromTheSnapshotPlusLaterArticlesIsTheFullRebuild() async throws {
        guard Self.built else {
            print("skipped: binaries not built")
            return
        }
        let topology = try Topology()
        do {
            let files = Binaries.articleFiles(in: Binaries.samples)
            let (first, later) = (Array(files.prefix(2)), Array(files.dropFirst(2)))
            #expect(!first.isEmpty && !later.isEmpty)
            let snapshot = topology.directory.appendingPathComponent("store/graph.snapshot").path
            try await topology.startAggregator()
            try await topology.startExtractors(1)
            try await send(first, topology)
            #expect(await topology.aggregator?.terminate() == 0)
            #expect(FileManager.default.fileExists(atPath: snapshot))

            try await topology.startAggregator(samePorts: true, arguments: ["--no-graph-snapshot"])
            try await send(later, topology)
            #expect(await topology.aggregator?.terminate() == 0)

            try await topology.startAggregator(samePorts: true)
            let restoredLog = try String(contentsOf: try #require(topology.aggregator?.log), encoding: .utf8)
            #expect(restoredLog.contains("graph restored from snapshot and store"))
            let restored = try await export(topology)
            #expect(await topology.aggregator?.terminate() == 0)

            try await topology.startAggregator(samePorts: true, arguments: ["--no-graph-snapshot"])
            let rebuilt = try await export(topology)
            #expect(!restored.articles.isEmpty)
            #expect(canonical(restored) == canonical(rebuilt))
            try await compareWithAnalyze(restored, files: files, topology: topology)
        } catch {
            await topology.tearDown()
            throw error
        }
        await topology.tearDown()
    }

    private func send(_ files: [String], _ topology: Topology) async throws {
        let sent = try await topology.claimwire(
            ["send", "--format", "json", "--quiet"] + topology.extractorArguments + files)
        #expect(sent.status == 0, "send failed: \(sent.stderr)")
    }

    @Test func queriesAnswerAndErrorsNameTheFix() async throws {
        guard Self.built else {
            print("skipped: binaries not built")
            return
        }
        let topology = try Topology()
        do {
            try await topology.startAggregator()
            let ping = try await topology.claimwire(["ping"])
            #expect(ping.status == 0)
            #expect(ping.stdout.contains("ok in"))
            let missing = try await topology.claimwire(["story", "no-such-story"])
            #expect(missing.status != 0)
            #expect(missing.stderr.contains("no story 'no-such-story'"))
            let stats = try await topology.claimwire(["stats", "--format", "json"])
            #expect(stats.status == 0)
            #expect(try JSONDecoder().decode(GraphStats.self, from: Data(stats.stdout.utf8)).articles == 0)
        } catch {
            await topology.tearDown()
            throw error
        }
        let statuses = await topology.stop()
        #expect(statuses == [0])
        // Nothing listens there any more: the message says so and what to do.
        let refused = try await topology.claimwire(["stories"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("cannot reach aggregator at \(topology.queryAddress): connection refused")
        )
        #expect(refused.stderr.contains("is it running?"))
        await topology.tearDown()
    }

    private func checkSendAndExport(files: [String], label: String) async throws {
        #expect(!files.isEmpty, "no \(label) files")
        let topology = try Topology()
        do {
            try await topology.startAggregator()
            try await topology.startExtractors(2)
            let sent = try await topology.claimwire(
                ["send", "--format", "json", "--quiet"] + topology.extractorArguments + files)
            #expect(sent.status == 0, "send failed: \(sent.stderr)")
            let report = try JSONDecoder().decode(SendReport.self, from: Data(sent.stdout.utf8))
            #expect(report.articles > 0)
            #expect(report.accepted + report.duplicates == report.articles)
            #expect(report.unacknowledged.isEmpty)

            // A resend is recognised: nothing is counted twice.
            let again = try await topology.claimwire(
                ["send", "--format", "json", "--quiet"] + topology.extractorArguments + files)
            let second = try JSONDecoder().decode(SendReport.self, from: Data(again.stdout.utf8))
            #expect(second.accepted == 0)
            #expect(second.duplicates == report.articles)

            let served = try await export(topology)
            #expect(served.articles.count == report.accepted)
            try await compareWithAnalyze(served, files: files, topology: topology)
        } catch {
            await topology.tearDown()
            throw error
        }
        let statuses = await topology.stop()
        #expect(statuses == [0, 0, 0], "a service did not exit 0 on SIGTERM")
        await topology.tearDown()
    }

    @Test func analyzeTakesADirectoryAsSendDoes() async throws {
        guard Binaries.directory != nil else {
            print("skipped: binaries not built")
            return
        }
        let topology = try Topology()
        let files = Binaries.articleFiles(in: Binaries.samples)
        let byFiles = try await topology.claimwire(["analyze", "--export", "json"] + files)
        let byDirectory = try await topology.claimwire(["analyze", "--export", "json", Binaries.samples.path])
        await topology.tearDown()
        #expect(byDirectory.status == 0, "analyze of a directory failed: \(byDirectory.stderr)")
        #expect(byFiles.stdout.contains("\"articles\""))
        #expect(byDirectory.stdout == byFiles.stdout)
    }

    private func export(_ topology: Topology) async throws -> GraphExport {
        let result = try await topology.claimwire(["export", "--format", "json"])
        #expect(result.status == 0, "export failed: \(result.stderr)")
        return try JSONDecoder().decode(GraphExport.self, from: Data(result.stdout.utf8))
    }

    private func compareWithAnalyze(_ served: GraphExport, files: [String], topology: Topology) async throws {
        let analyzed = try await topology.claimwire(["analyze", "--export", "json"] + files)
        guard analyzed.status == 0 else {
            Issue.record("analyze failed: \(analyzed.stderr)")
            return
        }
        let inProcess = try JSONDecoder().decode(GraphExport.self, from: Data(analyzed.stdout.utf8))
        #expect(canonical(served) == canonical(inProcess), "the services' graph differs from analyze's")
    }
}
