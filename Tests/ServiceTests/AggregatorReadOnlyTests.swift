import AggregatorService
import ClaimModel
import Foundation
import TestSupport
import Testing
import Wire

/// A read-only data directory: the aggregator starts, answers queries from the rebuilt graph,
/// and refuses ingest with `unavailable` without acknowledging anything. Needs `chattr`
/// (immutable files, which even root cannot write); returns early where it is not permitted.
@Suite("Aggregator with a read-only store")
struct AggregatorReadOnlyTests {
    @Test("ingest is refused with unavailable, queries are still answered")
    func readOnlyStore() async throws {
        let directory = AggregatorFixtures.temporaryDirectory()
        let first = try await RunningAggregator.start(directory: directory)
        let extractor = try await first.extractor()
        _ = try await extractor.ingest([AggregatorFixtures.acmeWire, AggregatorFixtures.globex])
        await extractor.close()
        try await first.stop()

        guard let immutable = ImmutableDirectory.make(directory) else {
            try? FileManager.default.removeItem(atPath: directory)
            return
        }
        defer {
            immutable.release()
            try? FileManager.default.removeItem(atPath: directory)
        }

        let second = try await RunningAggregator.start(directory: directory)
        #expect(second.service.store.isReadOnly)
        let refused = try await second.extractor()
        do {
            let ack = try await refused.ingest([AggregatorFixtures.acmeTimes])
            Issue.record("a read-only store acknowledged \(ack)")
        } catch WireClientError.remote(let error) {
            #expect(error.code == .unavailable)
            #expect(error.message.contains("read-only"))
        }
        let client = try await second.client()
        guard case .stats(let stats) = try await client.query(.stats) else {
            Issue.record("no stats from a read-only aggregator")
            return
        }
        #expect(stats.articles == 2)
        await refused.close()
        await client.close()
        try await second.stop()
    }
}
