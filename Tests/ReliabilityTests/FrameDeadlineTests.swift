import AggregatorService
import ClaimModel
import Foundation
import Testing
import Wire

extension TimedReliabilityTests {
    /// The slowloris the idle timer cannot see: after a good handshake, a frame trickled one byte
    /// at a time restarts the idle timer with every byte. The frame deadline cuts it.
    @Suite("Frame deadline against a real aggregator")
    struct FrameDeadlineTests {
        static let frameTimeout = Duration.seconds(1)
        static let idleTimeout = Duration.seconds(3)
        static let slack = Duration.milliseconds(2_500)

        @Test("a frame trickled byte by byte is closed at the frame deadline, not kept by the idle timer")
        func trickledFrame() async throws {
            let aggregator = try await InProcessAggregator.start { configuration in
                configuration.idleTimeout = Self.idleTimeout
                configuration.frameTimeout = Self.frameTimeout
                // Trickled bytes earn (almost) no extra time.
                configuration.minimumFrameRate = 1_000_000
            }
            let good = try await aggregator.client()
            let watcher = WellBehavedClient(client: good, pause: .milliseconds(20))
            let port = aggregator.port(.query)
            let clock = ContinuousClock()

            let trickler = try await RawConnection.open(host: "127.0.0.1", port: port)
            await trickler.send(FrameBytes.frame(.hello(FrameBytes.clientHello)))
            _ = await trickler.collect(frames: 1, timeout: .seconds(5))
            let start = clock.now
            // A stats query one byte every 200 ms: 5 bytes a second, each restarting the 3 s idle timer.
            let query = FrameBytes.frame(.query(QueryRequest(requestID: 1, query: .stats)))
            let trickle = Task {
                for byte in query + query + query {
                    await trickler.send([byte])
                    try? await Task.sleep(for: .milliseconds(200))
                }
            }
            let reply = await trickler.collect(frames: nil, timeout: .seconds(10))
            let closedAfter = clock.now - start
            trickle.cancel()
            await trickler.close()
            #expect(reply.signature == ["welcome", "error 14 closes"])
            #expect(reply.peerClosed)
            #expect(closedAfter >= Self.frameTimeout - .milliseconds(100))
            #expect(closedAfter < Self.frameTimeout + Self.slack, "closed after \(closedAfter)")

            let record = await watcher.finish()
            #expect(record.errors.isEmpty, "well-behaved client: \(record.errors.prefix(3))")
            print(
                "frame deadline: trickler closed after \(closedAfter.milliseconds) ms (deadline "
                    + "\(Self.frameTimeout.milliseconds) ms, idle timeout \(Self.idleTimeout.milliseconds) ms); "
                    + "well-behaved client \(record.latencies.count) round trips, no error")
            await good.close()
            try await aggregator.stop()
        }
    }
}
