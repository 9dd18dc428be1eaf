import NIOConcurrencyHelpers
import Wire

/// A client that pings (and every tenth time queries stats) in a loop on its own connection
/// while an attack runs on others, recording every latency and every error it sees.
final class WellBehavedClient: Sendable {
    struct Record: Sendable {
        var latencies: [Duration] = []
        var errors: [String] = []
    }

    private let record = NIOLockedValueBox(Record())
    private let task: Task<Void, Never>

    init(client: WireClient, pause: Duration = .milliseconds(5)) {
        let record = self.record
        task = Task {
            var round = 0
            let clock = ContinuousClock()
            while !Task.isCancelled {
                round += 1
                let start = clock.now
                do {
                    if round % 10 == 0 {
                        _ = try await client.query(.stats)
                    } else {
                        _ = try await client.ping()
                    }
                    let elapsed = clock.now - start
                    record.withLockedValue { $0.latencies.append(elapsed) }
                } catch {
                    record.withLockedValue { $0.errors.append("round \(round): \(error)") }
                }
                try? await Task.sleep(for: pause)
            }
        }
    }

    /// Stops the loop and returns what it saw.
    func finish() async -> Record {
        task.cancel()
        await task.value
        return record.withLockedValue { $0 }
    }
}

extension Array where Element == Duration {
    /// The value below which `fraction` of the samples fall (nearest rank).
    func percentile(_ fraction: Double) -> Duration {
        guard !isEmpty else { return .zero }
        let sorted = self.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank))]
    }
}
