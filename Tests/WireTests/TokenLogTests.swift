import Logging
import NIOConcurrencyHelpers
import Testing

@testable import Wire

/// Collects every log line (message and metadata) for inspection.
struct CapturingLogHandler: LogHandler {
    let lines: NIOLockedValueBox<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = self.metadata.merging(event.metadata ?? [:]) { $1 }
        lines.withLockedValue { $0.append("\(event.level) \(event.message) \(merged)") }
    }
}

@Suite struct TokenLogTests {
    @Test func aRefusedTokenIsLoggedWithoutTheTokenItself() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        let logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
        let expected = "expected-token-7f3a9c"
        let presented = "presented-token-b41d22"
        let configuration = WireServerConfiguration(tokens: [.client: expected])
        try await withLoopbackServer(configuration, logger: logger) { port in
            do {
                _ = try await WireClient.connect(
                    host: "127.0.0.1", port: port, role: .client, token: presented)
                Issue.record("a wrong token was admitted")
            } catch WireClientError.remote(let error) {
                #expect(error.code == .unauthorized)
                #expect(!error.message.contains(expected))
            }
            do {
                _ = try await WireClient.connect(host: "127.0.0.1", port: port, role: .client)
                Issue.record("a missing token was admitted")
            } catch WireClientError.remote(let error) {
                #expect(error.code == .unauthorized)
            }
        }
        let log = lines.withLockedValue { $0 }
        #expect(log.contains { $0.contains("refused: wrong token") }, "log: \(log)")
        #expect(log.contains { $0.contains("refused: missing token") }, "log: \(log)")
        for line in log {
            #expect(!line.contains(expected), "the expected token leaked: \(line)")
            #expect(!line.contains(presented), "the presented token leaked: \(line)")
        }
    }
}
