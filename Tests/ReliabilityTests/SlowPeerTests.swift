import AggregatorService
import Foundation
import Testing
import Wire

extension TimedReliabilityTests {
    /// Slowloris and the connection cap against a real in-process aggregator with short timeouts.
    @Suite("Slow peers and the connection cap")
    struct SlowPeerTests {
        static let handshakeTimeout = Duration.seconds(1)
        static let idleTimeout = Duration.seconds(2)
        /// How late after its timeout a stalled connection may still be open.
        static let slack = Duration.milliseconds(2_500)

        static func start(maxConnections: Int = 1_024) async throws -> InProcessAggregator {
            try await InProcessAggregator.start { configuration in
                configuration.handshakeTimeout = handshakeTimeout
                configuration.idleTimeout = idleTimeout
                configuration.maxConnectionsPerListener = maxConnections
            }
        }

        @Test("partial headers and trickled Hellos are closed at the handshake or idle timeout")
        func slowloris() async throws {
            let aggregator = try await Self.start()
            let good = try await aggregator.client()
            let watcher = WellBehavedClient(client: good, pause: .milliseconds(20))
            let port = aggregator.port(.query)
            let clock = ContinuousClock()
            let start = clock.now

            // 40 connections that send half a header before Hello and stall.
            let stalled = try await withThrowingTaskGroup(of: (RawReply, Duration).self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        let connection = try await RawConnection.open(host: "127.0.0.1", port: port)
                        await connection.send(
                            Array(FrameBytes.frame(.hello(FrameBytes.clientHello)).prefix(5)))
                        let reply = await connection.collect(frames: nil, timeout: .seconds(6))
                        await connection.close()
                        return (reply, clock.now - start)
                    }
                }
                var results: [(RawReply, Duration)] = []
                for try await result in group { results.append(result) }
                return results
            }
            for (reply, closedAfter) in stalled {
                #expect(reply.signature == ["error 10 closes"])
                #expect(reply.peerClosed)
                #expect(closedAfter >= Self.handshakeTimeout - .milliseconds(100))
                #expect(closedAfter < Self.handshakeTimeout + Self.slack, "closed after \(closedAfter)")
            }

            // A Hello trickled one byte every 150 ms: activity does not extend the handshake deadline.
            let trickler = try await RawConnection.open(host: "127.0.0.1", port: port)
            let trickleStart = clock.now
            let trickle = Task {
                for byte in FrameBytes.frame(.hello(FrameBytes.clientHello)) {
                    await trickler.send([byte])
                    try? await Task.sleep(for: .milliseconds(150))
                }
            }
            let trickled = await trickler.collect(frames: nil, timeout: .seconds(6))
            let trickledAfter = clock.now - trickleStart
            trickle.cancel()
            #expect(trickled.signature == ["error 10 closes"])
            #expect(
                trickledAfter < Self.handshakeTimeout + Self.slack, "trickler closed after \(trickledAfter)")

            // After the handshake: a partial header then silence meets the idle timeout.
            let idle = try await RawConnection.open(host: "127.0.0.1", port: port)
            await idle.send(FrameBytes.frame(.hello(FrameBytes.clientHello)))
            _ = await idle.collect(frames: 1, timeout: .seconds(5))
            let idleStart = clock.now
            await idle.send(Array(FrameBytes.ping(1).prefix(4)))
            let idleReply = await idle.collect(frames: nil, timeout: .seconds(8))
            let idleAfter = clock.now - idleStart
            #expect(idleReply.signature == ["welcome", "error 14 closes"])
            #expect(idleAfter >= Self.idleTimeout - .milliseconds(100))
            #expect(idleAfter < Self.idleTimeout + Self.slack, "idle connection closed after \(idleAfter)")

            let record = await watcher.finish()
            #expect(record.errors.isEmpty, "well-behaved client: \(record.errors.prefix(3))")
            let worst = record.latencies.max() ?? .zero
            print(
                "slowloris: 40 stalled + 1 trickler + 1 idle closed on time; well-behaved client "
                    + "\(record.latencies.count) round trips, max \(worst.milliseconds) ms")
            #expect(worst < TimedReliabilityTests.HostileFrameTests.latencyBound)
            await good.close()
            try await aggregator.stop()
        }

        @Test("beyond the connection cap a connection is refused with too-many-connections")
        func connectionCap() async throws {
            let cap = 8
            let aggregator = try await Self.start(maxConnections: cap)
            let port = aggregator.port(.query)
            var held: [WireClient] = []
            for _ in 0..<cap { held.append(try await aggregator.client()) }

            let refused = try await RawConnection.open(host: "127.0.0.1", port: port)
            let reply = await refused.collect(frames: nil, timeout: .seconds(5))
            #expect(reply.signature == ["error 13 closes"])
            #expect(reply.peerClosed)
            await refused.close()
            await #expect(throws: WireClientError.self) { _ = try await aggregator.client() }

            // The held connections still work; the ingest listener has its own cap.
            for client in held { _ = try await client.ping() }
            let extractor = try await aggregator.extractor()
            _ = try await extractor.ping()
            await extractor.close()

            // A slot freed is a slot available again.
            await held.removeLast().close()
            var admitted: WireClient?
            for _ in 0..<50 where admitted == nil {
                admitted = try? await aggregator.client()
                if admitted == nil { try await Task.sleep(for: .milliseconds(20)) }
            }
            let again = try #require(admitted, "no connection admitted after one closed")
            _ = try await again.ping()
            await again.close()
            for client in held { await client.close() }
            try await aggregator.stop()
        }
    }
}
