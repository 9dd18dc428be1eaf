import Logging
import NIOConcurrencyHelpers
import NIOCore
import Testing

@testable import Wire

@Suite struct RefusalLogTests {
    @Test func theFirstRefusalIsLoggedAndRepeatsWithinTheWindowAreCounted() {
        let log = RefusalLog(window: .seconds(60))
        let start = NIODeadline.uptimeNanoseconds(1_000_000_000)
        #expect(log.admit(reason: "wrong-token", host: "10.0.0.7", now: start) == 0)
        #expect(log.admit(reason: "wrong-token", host: "10.0.0.7", now: start + .seconds(1)) == nil)
        #expect(log.admit(reason: "wrong-token", host: "10.0.0.7", now: start + .seconds(59)) == nil)
        // The next line after the window says how many were left out.
        #expect(log.admit(reason: "wrong-token", host: "10.0.0.7", now: start + .seconds(61)) == 2)
        #expect(log.admit(reason: "wrong-token", host: "10.0.0.7", now: start + .seconds(62)) == nil)
    }

    @Test func anotherReasonOrAnotherHostIsLoggedOfItsOwn() {
        let log = RefusalLog(window: .seconds(60))
        let now = NIODeadline.uptimeNanoseconds(5_000_000_000)
        #expect(log.admit(reason: "wrong-token", host: "10.0.0.7", now: now) == 0)
        #expect(log.admit(reason: "plaintext", host: "10.0.0.7", now: now) == 0)
        #expect(log.admit(reason: "wrong-token", host: "10.0.0.8", now: now) == 0)
        #expect(log.admit(reason: "wrong-token", host: "10.0.0.8", now: now) == nil)
    }

    @Test func aFloodOfDistinctHostsStaysWithinCapacity() {
        let log = RefusalLog(window: .seconds(60))
        let now = NIODeadline.uptimeNanoseconds(5_000_000_000)
        for host in 0..<(RefusalLog.capacity * 3) {
            #expect(log.admit(reason: "plaintext", host: "host-\(host)", now: now) == 0)
        }
        // Still bounded, and still refusing to repeat a host it holds.
        let last = "host-\(RefusalLog.capacity * 3 - 1)"
        #expect(log.admit(reason: "plaintext", host: last, now: now) == nil)
    }

    @Test func aPeerRetryingAWrongTokenLeavesOneWarning() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        let logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
        let configuration = WireServerConfiguration(tokens: [.client: "the-right-one"])
        let attempts = 5
        try await withLoopbackServer(configuration, logger: logger) { port in
            for _ in 0..<attempts {
                await #expect(throws: WireClientError.self) {
                    _ = try await WireClient.connect(
                        host: "127.0.0.1", port: port, role: .client, token: "a-wrong-one")
                }
            }
        }
        let warnings = lines.withLockedValue { $0 }.filter { $0.contains("refused: wrong token") }
        #expect(warnings.count == 1, "warnings: \(warnings)")
    }
}
