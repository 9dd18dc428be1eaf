import NIOCore
import Wire

/// Everything an extractor needs to run; plain values with defaults, so tests and the
/// executable build it the same way.
public struct ExtractorConfiguration: Sendable {
    /// Where clients reach this extractor. Port 0 binds an ephemeral port.
    public var host: String
    public var port: Int
    /// The aggregator's ingest listener.
    public var aggregatorHost: String
    public var aggregatorPort: Int
    /// Presented to the aggregator for role `extractor`; nil when it requires none.
    public var aggregatorToken: String?
    /// Required of clients in their `Hello`; nil admits any client.
    public var clientToken: String?
    /// Threads running extraction. Default: one per core.
    public var workers: Int
    /// Batches being analysed or forwarded at once, over all connections; further requests
    /// wait for a slot (and, past `maxInFlightPerConnection`, their connection stops being read).
    public var maxInFlightBatches: Int
    /// Requests one client connection may have in flight before its reads pause.
    public var maxInFlightPerConnection: Int
    /// Persistent connections to the aggregator.
    public var aggregatorConnections: Int
    /// Batches in flight on one aggregator connection.
    public var maxInFlightPerAggregatorConnection: Int
    /// How long a batch may wait for a reachable aggregator before the client is told
    /// `unavailable` (it then retries, here or on another extractor).
    public var aggregatorWait: Duration
    /// Reconnect backoff: first delay, doubled per failure up to `reconnectMaxDelay`.
    public var reconnectBaseDelay: Duration
    public var reconnectMaxDelay: Duration
    /// Idle aggregator connections are pinged this often, so a dead one is noticed before a
    /// batch needs it and the aggregator's idle timeout never fires.
    public var keepAliveInterval: Duration
    public var limits: WireLimits
    public var software: String
    /// TLS on the client listener; nil serves plaintext.
    public var tls: WireServerTLS?
    /// TLS to the aggregator's ingest listener; nil connects in plaintext.
    public var aggregatorTLS: WireClientTLS?
    /// Once a frame's first byte arrives, the grace it has to complete (plus what its bytes
    /// earn at `minimumFrameRate`), else `idleTimeout` and close. Default 30 s.
    public var frameTimeout: Duration
    /// Bytes per second a frame's bytes earn beyond `frameTimeout`. Default 16,384.
    public var minimumFrameRate: Int

    public init(
        host: String = "127.0.0.1", port: Int = 7600, aggregatorHost: String = "127.0.0.1",
        aggregatorPort: Int = 7701, aggregatorToken: String? = nil, clientToken: String? = nil,
        workers: Int = System.coreCount, maxInFlightBatches: Int? = nil, maxInFlightPerConnection: Int = 4,
        aggregatorConnections: Int = 2, maxInFlightPerAggregatorConnection: Int = 4,
        aggregatorWait: Duration = .seconds(30), reconnectBaseDelay: Duration = .milliseconds(100),
        reconnectMaxDelay: Duration = .seconds(5), keepAliveInterval: Duration = .seconds(30),
        limits: WireLimits = .default, software: String = "claimwire-extractor/1.0",
        tls: WireServerTLS? = nil, aggregatorTLS: WireClientTLS? = nil, frameTimeout: Duration = .seconds(30),
        minimumFrameRate: Int = 16_384
    ) {
        self.tls = tls
        self.aggregatorTLS = aggregatorTLS
        self.frameTimeout = frameTimeout
        self.minimumFrameRate = minimumFrameRate
        self.host = host
        self.port = port
        self.aggregatorHost = aggregatorHost
        self.aggregatorPort = aggregatorPort
        self.aggregatorToken = aggregatorToken
        self.clientToken = clientToken
        self.workers = max(1, workers)
        self.maxInFlightBatches = max(1, maxInFlightBatches ?? max(4, 2 * max(1, workers)))
        self.maxInFlightPerConnection = max(1, maxInFlightPerConnection)
        self.aggregatorConnections = max(1, aggregatorConnections)
        self.maxInFlightPerAggregatorConnection = max(1, maxInFlightPerAggregatorConnection)
        self.aggregatorWait = aggregatorWait
        self.reconnectBaseDelay = reconnectBaseDelay
        self.reconnectMaxDelay = reconnectMaxDelay
        self.keepAliveInterval = keepAliveInterval
        self.limits = limits
        self.software = software
    }
}
