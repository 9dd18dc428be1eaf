import ClaimModel
import Foundation
import Testing

/// Processes killed while a send is under way: the client resends what was not acknowledged,
/// the aggregator recognises what it already committed; nothing is lost, nothing doubled.
@Suite(.serialized, .timeLimit(.minutes(3))) struct FaultTests {
    @Test func anExtractorKilledMidSendLosesNothing() async throws {
        guard Binaries.directory != nil else {
            print("skipped: binaries not built")
            return
        }
        let topology = try Topology()
        do {
            try await topology.startAggregator()
            try await topology.startExtractors(2)
            let file = try topology.syntheticArticles(150)
            let send = Task {
                try await topology.claimwire(
                    ["send", "--format", "json", "--quiet", "--batch-size", "2", "--lanes", "1"]
                        + topology.extractorArguments + [file])
            }
            try await Task.sleep(for: .milliseconds(300))
            topology.extractors[0].kill9()
            let sent = try await send.value
            #expect(sent.status == 0, "send failed: \(sent.stderr)")
            let report = try JSONDecoder().decode(SendReport.self, from: Data(sent.stdout.utf8))
            #expect(report.unacknowledged.isEmpty)
            #expect(report.accepted + report.duplicates == 150)
            // Otherwise the kill came after the send and proved nothing.
            #expect(report.seconds > 0.3, "the send finished before the extractor was killed")
            let export = try await exportGraph(topology)
            #expect(export.articles.count == 150, "articles lost or doubled")
        } catch {
            await topology.tearDown()
            throw error
        }
        await topology.tearDown()
    }

    @Test func theAggregatorKilledAndRestartedMidSendLosesNothing() async throws {
        guard Binaries.directory != nil else {
            print("skipped: binaries not built")
            return
        }
        let topology = try Topology()
        do {
            try await topology.startAggregator()
            try await topology.startExtractors(2)
            let file = try topology.syntheticArticles(100)
            let send = Task {
                try await topology.claimwire(
                    ["send", "--format", "json", "--quiet", "--batch-size", "2"] + topology.extractorArguments
                        + [file])
            }
            try await Task.sleep(for: .milliseconds(300))
            topology.aggregator?.kill9()
            try await Task.sleep(for: .milliseconds(500))
            try await topology.startAggregator(samePorts: true)
            let sent = try await send.value
            #expect(sent.status == 0, "send failed: \(sent.stderr)")
            let report = try JSONDecoder().decode(SendReport.self, from: Data(sent.stdout.utf8))
            #expect(report.unacknowledged.isEmpty)
            #expect(report.accepted + report.duplicates == 100)
            #expect(report.seconds > 0.8, "the send finished before the aggregator was killed")
            let export = try await exportGraph(topology)
            #expect(export.articles.count == 100, "articles lost or doubled")
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
