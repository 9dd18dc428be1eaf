import ClaimModel
import Foundation
import Testing

/// Processes killed while a send is under way: the client resends what was not acknowledged,
/// the aggregator recognises what it already committed; nothing is lost, nothing doubled.
@Suite(.serialized, .timeLimit(.minutes(3))) struct FaultTests {
    @Test func anExtractorKilledMidSendLosesNothing() async throws {
        try await sendThroughFault(articles: 150, extraArguments: ["--lanes", "1"], sendsAtLeast: 0.3) {
            topology in
            topology.extractors[0].kill9()
        }
    }

    @Test func theAggregatorKilledAndRestartedMidSendLosesNothing() async throws {
        try await sendThroughFault(articles: 100, extraArguments: [], sendsAtLeast: 0.8) { topology in
            topology.aggregator?.kill9()
            try await Task.sleep(for: .milliseconds(500))
            try await topology.startAggregator(samePorts: true)
        }
    }

    /// Starts an aggregator and two extractors, sends `articles` synthetic articles, injects
    /// `fault` 300 ms into the send, and checks that every article was acknowledged once and
    /// stored once. `sendsAtLeast` guards against a send that finished before the fault.
    private func sendThroughFault(
        articles: Int, extraArguments: [String], sendsAtLeast seconds: Double,
        fault: @escaping @Sendable (Topology) async throws -> Void
    ) async throws {
        guard Binaries.directory != nil else {
            print("skipped: binaries not built")
            return
        }
        let topology = try Topology()
        do {
            try await topology.startAggregator()
            try await topology.startExtractors(2)
            let file = try topology.syntheticArticles(articles)
            let send = Task {
                try await topology.claimwire(
                    ["send", "--format", "json", "--quiet", "--batch-size", "2"] + extraArguments
                        + topology.extractorArguments + [file])
            }
            try await Task.sleep(for: .milliseconds(300))
            try await fault(topology)
            let sent = try await send.value
            #expect(sent.status == 0, "send failed: \(sent.stderr)")
            let report = try JSONDecoder().decode(SendReport.self, from: Data(sent.stdout.utf8))
            #expect(report.unacknowledged.isEmpty)
            #expect(report.accepted + report.duplicates == articles)
            #expect(report.seconds > seconds, "the send finished before the fault was injected")
            let export = try await exportGraph(topology)
            #expect(export.articles.count == articles, "articles lost or doubled")
        } catch {
            await topology.tearDown()
            throw error
        }
        await topology.tearDown()
    }

    private func exportGraph(_ topology: Topology) async throws -> GraphExport {
        let result = try await topology.claimwire(["export", "--format", "json"])
        #expect(result.status == 0, "export failed: \(result.stderr)")
        return try JSONDecoder().decode(GraphExport.self, from: Data(result.stdout.utf8))
    }
}
