import ClaimModel
import Logging
import Wire

/// A small pool of persistent connections from an extractor to the aggregator's ingest
/// listener. Connects eagerly and keeps reconnecting with exponential backoff, so the
/// aggregator may start after the extractor or restart under it; a batch whose connection
/// fails is sent again on another (the aggregator recognises what it already committed).
actor AggregatorLink {
    private struct Slot {
        var client: WireClient?
        var connecting = false
        var inFlight = 0
        var failures = 0
        var nextAttempt: ContinuousClock.Instant
        var lastUsed: ContinuousClock.Instant
    }

    private let configuration: ExtractorConfiguration
    private let clientConfiguration: WireClientConfiguration
    private let logger: Logger
    private let clock = ContinuousClock()
    private var slots: [Slot]
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0
    private var lastError = "not connected yet"
    private var closed = false

    init(configuration: ExtractorConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        clientConfiguration = WireClientConfiguration(
            connectTimeout: .seconds(2), requestTimeout: .seconds(120), limits: configuration.limits,
            software: configuration.software, tls: configuration.aggregatorTLS)
        let now = ContinuousClock().now
        slots = Array(
            repeating: Slot(nextAttempt: now, lastUsed: now), count: configuration.aggregatorConnections)
    }

    /// Connections currently open.
    var connectedCount: Int { slots.filter { $0.client != nil }.count }

    /// Forwards a batch and returns the aggregator's `Ack`, which it sends only after
    /// committing. Retries on other connections until `aggregatorWait` has passed.
    func ingest(_ articles: [AnalyzedArticle]) async throws -> Ack {
        let deadline = clock.now + configuration.aggregatorWait
        while true {
            if closed { throw ExtractorError.shuttingDown }
            if let index = leastLoadedSlot(), let client = slots[index].client {
                slots[index].inFlight += 1
                slots[index].lastUsed = clock.now
                do {
                    let ack = try await client.ingest(articles)
                    finish(index)
                    return ack
                } catch let error as WireClientError {
                    finish(index)
                    try handle(error, on: index, client: client)
                } catch {
                    finish(index)
                    lastError = "\(error)"
                }
            } else {
                connectDueSlots()
            }
            if clock.now >= deadline {
                throw ExtractorError.aggregatorUnavailable(
                    host: configuration.aggregatorHost, port: configuration.aggregatorPort,
                    waited: configuration.aggregatorWait, lastError: lastError)
            }
            await waitForChange(atMost: min(.milliseconds(250), deadline - clock.now))
        }
    }

    /// Opens missing connections whose backoff has passed and pings idle ones. Called
    /// periodically by the service, so connections exist before the first batch.
    func maintain() async {
        connectDueSlots()
        let now = clock.now
        for index in slots.indices {
            guard let client = slots[index].client, slots[index].inFlight == 0,
                now - slots[index].lastUsed >= configuration.keepAliveInterval
            else { continue }
            slots[index].lastUsed = now
            do {
                _ = try await client.ping()
            } catch {
                drop(index, client: client, reason: "keep-alive ping failed: \(error)")
            }
        }
    }

    func close() async {
        closed = true
        let clients = slots.compactMap(\.client)
        for index in slots.indices { slots[index].client = nil }
        for client in clients { await client.close() }
        wakeAll()
    }

    // MARK: - Connections

    private func leastLoadedSlot() -> Int? {
        var best: Int?
        for index in slots.indices {
            let slot = slots[index]
            guard slot.client != nil, slot.inFlight < configuration.maxInFlightPerAggregatorConnection
            else { continue }
            if best.map({ slot.inFlight < slots[$0].inFlight }) ?? true { best = index }
        }
        return best
    }

    private func connectDueSlots() {
        guard !closed else { return }
        let now = clock.now
        for index in slots.indices
        where slots[index].client == nil && !slots[index].connecting && slots[index].nextAttempt <= now {
            slots[index].connecting = true
            Task { await self.connect(index) }
        }
    }

    private func connect(_ index: Int) async {
        do {
            let client = try await WireClient.connect(
                host: configuration.aggregatorHost, port: configuration.aggregatorPort, role: .extractor,
                token: configuration.aggregatorToken, configuration: clientConfiguration)
            slots[index].connecting = false
            if closed {
                await client.close()
                return
            }
            if slots[index].failures > 0 || index == 0 {
                logger.info(
                    "connected to aggregator at \(configuration.aggregatorHost):\(configuration.aggregatorPort)",
                    metadata: ["connection": "\(index)"])
            }
            slots[index].client = client
            slots[index].failures = 0
            slots[index].lastUsed = clock.now
        } catch {
            slots[index].connecting = false
            slots[index].failures += 1
            lastError = Self.reason(error)
            slots[index].nextAttempt = clock.now + backoff(failures: slots[index].failures)
            // Every failure of a long outage would flood the log; the first and then every tenth.
            if slots[index].failures == 1 || slots[index].failures % 10 == 0 {
                let address = "\(configuration.aggregatorHost):\(configuration.aggregatorPort)"
                logger.warning(
                    "cannot reach aggregator at \(address): \(lastError); retrying",
                    metadata: ["failures": "\(slots[index].failures)"])
            }
        }
        wakeAll()
    }

    /// Decides what a failed send means: connection problems drop the connection and retry
    /// elsewhere; `unavailable` waits and retries; anything else is the batch's own fault.
    private func handle(_ error: WireClientError, on index: Int, client: WireClient) throws {
        lastError = Self.reason(error)
        switch error {
        case .connectionClosed, .connectionFailed, .protocolViolation, .tls, .tlsConfiguration:
            drop(index, client: client, reason: lastError)
        case .timedOut:
            break
        case .remote(let message):
            if message.closesConnection { drop(index, client: client, reason: lastError) }
            switch message.code {
            case .unavailable, .internalError, .tooManyConnections, .idleTimeout: break
            default:
                throw ExtractorError.aggregatorRefused(code: "\(message.code)", message: message.message)
            }
        case .unexpectedReply, .encodingFailed, .batchTooLarge:
            throw ExtractorError.aggregatorRefused(code: "client", message: lastError)
        }
    }

    private func drop(_ index: Int, client: WireClient, reason: String) {
        guard slots[index].client === client else { return }
        slots[index].client = nil
        slots[index].failures = max(slots[index].failures, 1)
        slots[index].nextAttempt = clock.now + configuration.reconnectBaseDelay
        logger.warning(
            "lost aggregator connection: \(reason); reconnecting", metadata: ["connection": "\(index)"])
        Task { await client.close() }
    }

    private func finish(_ index: Int) {
        slots[index].inFlight -= 1
        slots[index].lastUsed = clock.now
        wakeAll()
    }

    private func backoff(failures: Int) -> Duration {
        var delay = configuration.reconnectBaseDelay
        for _ in 1..<max(1, min(failures, 16)) where delay < configuration.reconnectMaxDelay {
            delay *= 2
        }
        let capped = min(delay, configuration.reconnectMaxDelay)
        // Up to a quarter of jitter, so replicas restarted together do not reconnect in lockstep.
        return capped + capped * Double.random(in: 0..<0.25)
    }

    // MARK: - Waiting

    /// Suspends until a connection opens, a batch finishes, or `limit` passes.
    private func waitForChange(atMost limit: Duration) async {
        let id = nextWaiter
        nextWaiter += 1
        let sleep = max(limit, .milliseconds(1))
        Task {
            try? await Task.sleep(for: sleep)
            self.wake(id)
        }
        await withCheckedContinuation { waiters[id] = $0 }
    }

    private func wake(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume()
    }

    private func wakeAll() {
        let all = waiters
        waiters.removeAll()
        for continuation in all.values { continuation.resume() }
    }

    static func reason(_ error: Error) -> String {
        guard let wire = error as? WireClientError else { return "\(error)" }
        switch wire {
        case .connectionFailed(_, _, let reason):
            // NIO's connect errors are long structures; the log wants the cause.
            let lower = reason.lowercased()
            if lower.contains("refused") { return "connection refused" }
            if lower.contains("timed out") || lower.contains("timeout") { return "connection timed out" }
            return reason
        case .remote(let message): return "\(message.code): \(message.message)"
        case .connectionClosed: return "connection closed"
        case .timedOut(let after): return "no answer within \(after)"
        case .tls(.serverNotTLS):
            return "the aggregator does not speak TLS — drop --aggregator-tls or enable TLS on the aggregator"
        case .tls(.untrustedCertificate):
            return "the aggregator's certificate is not trusted — pass its CA with --aggregator-tls-ca FILE"
        case .tls(.nameMismatch(let expected)):
            return "the aggregator's certificate does not name \(expected) — use --aggregator-tls-server-name"
        case .tls(let failure): return "\(failure)"
        case .tlsConfiguration(let problem): return "\(problem)"
        default: return "\(wire)"
        }
    }
}
