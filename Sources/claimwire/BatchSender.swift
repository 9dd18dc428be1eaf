import ClaimModel
import Wire

/// Delivers the batches of a `send` over every extractor address: `lanesPerExtractor`
/// connections to each, each lane taking batches from the shared queue, reconnecting with
/// backoff, and giving a failed batch back for another extractor to carry.
struct BatchSender: Sendable {
    var endpoints: [Endpoint]
    var lanesPerExtractor = 2
    var maxAttempts = 6
    /// Consecutive failures after which a lane gives up on its extractor.
    var maxLaneFailures = 4
    var token: String?
    var requestTimeout: Duration = .seconds(120)
    /// TLS to the extractors; nil connects in plaintext.
    var tls: WireClientTLS?

    func send(
        _ batches: [[Article]], onOutcome: @escaping @Sendable (SendQueue.Batch, SendQueue.Outcome) -> Void
    ) async -> [Int: SendQueue.Outcome] {
        let queue = SendQueue(
            batches: batches, lanes: endpoints.count * lanesPerExtractor, maxAttempts: maxAttempts,
            onOutcome: onOutcome)
        await withTaskGroup(of: Void.self) { group in
            for endpoint in endpoints {
                for _ in 0..<lanesPerExtractor {
                    group.addTask { await lane(endpoint, queue: queue) }
                }
            }
        }
        return await queue.outcomes
    }

    private func lane(_ endpoint: Endpoint, queue: SendQueue) async {
        let configuration = WireClientConfiguration(
            connectTimeout: .seconds(3), requestTimeout: requestTimeout, software: "claimwire/1.0", tls: tls)
        var client: WireClient?
        var failures = 0
        var lastReason = "not connected"
        defer { if let client { Task { await client.close() } } }
        while let batch = await queue.next(for: endpoint) {
            if client == nil {
                do {
                    client = try await WireClient.connect(
                        host: endpoint.host, port: endpoint.port, role: .client, token: token,
                        configuration: configuration)
                } catch {
                    let failure = ClientError.from(error, service: "extractor", address: endpoint.description)
                    lastReason = failure.description
                    failures += 1
                    await queue.failed(
                        batch, on: endpoint, reason: lastReason, retryable: true, wasSent: false)
                    if failures >= maxLaneFailures || !Self.worthRetrying(error) { break }
                    try? await Task.sleep(for: Self.backoff(failures))
                    continue
                }
            }
            guard let connected = client else { continue }
            let clock = ContinuousClock()
            let start = clock.now
            do {
                let ack = try await connected.submit(batch.articles)
                guard ack.articles.count == batch.articles.count else {
                    await queue.failed(
                        batch, on: endpoint,
                        reason:
                            "extractor acknowledged \(ack.articles.count) of \(batch.articles.count) articles",
                        retryable: true)
                    continue
                }
                failures = 0
                await queue.acknowledged(batch, ack: ack, by: endpoint, latency: clock.now - start)
            } catch {
                let failure = ClientError.from(error, service: "extractor", address: endpoint.description)
                lastReason = failure.description
                failures += 1
                let retryable = Self.worthRetrying(error)
                await queue.failed(batch, on: endpoint, reason: lastReason, retryable: retryable)
                if Self.dropsConnection(error) {
                    await connected.close()
                    client = nil
                }
                if failures >= maxLaneFailures { break }
                if retryable { try? await Task.sleep(for: Self.backoff(failures)) }
            }
        }
        await queue.laneExited(reason: lastReason)
    }

    /// Errors another attempt (elsewhere, or later) may get past.
    static func worthRetrying(_ error: Error) -> Bool {
        guard let wire = error as? WireClientError else { return true }
        switch wire {
        case .connectionFailed, .connectionClosed, .timedOut, .protocolViolation: return true
        case .remote(let message):
            switch message.code {
            case .unavailable, .internalError, .tooManyConnections, .idleTimeout: return true
            default: return false
            }
        // TLS settings that do not match the server's will not match it next time either.
        case .unexpectedReply, .encodingFailed, .batchTooLarge, .tls, .tlsConfiguration: return false
        }
    }

    static func dropsConnection(_ error: Error) -> Bool {
        guard let wire = error as? WireClientError else { return true }
        switch wire {
        case .connectionClosed, .protocolViolation, .connectionFailed: return true
        case .remote(let message): return message.closesConnection
        default: return false
        }
    }

    static func backoff(_ failures: Int) -> Duration {
        .milliseconds(min(2_000, 100 << min(failures, 5)))
    }
}
