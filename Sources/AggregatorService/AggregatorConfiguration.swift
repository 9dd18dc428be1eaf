import Wire

/// Where the aggregator keeps its store, where it listens and whom it admits.
public struct AggregatorConfiguration: Sendable {
    /// Directory of the store (`claims.sqlite` and its WAL); created when absent.
    public var dataDirectory: String
    /// The query listener (role `client`): the one a user's `claimwire` reaches.
    public var queryHost: String
    public var queryPort: Int
    /// The ingest listener (role `extractor`): reached only by extractors.
    public var ingestHost: String
    public var ingestPort: Int
    /// When set, extractors must present it in `Hello`.
    public var ingestToken: String?
    /// When set, clients must present it in `Hello` to query.
    public var readerToken: String?
    public var limits: WireLimits
    public var idleTimeout: Duration
    public var maxConnectionsPerListener: Int
    /// Batches one extractor connection may have in flight before its reads pause.
    public var maxInFlightPerConnection: Int
    /// On shutdown, how long in-flight batches get to commit and be acknowledged.
    public var drainTimeout: Duration
    /// A connection that has not completed the handshake this long after it was accepted is
    /// refused (`handshakeRequired`) however slowly it trickles bytes. Default 10 s.
    public var handshakeTimeout: Duration
    /// Once a frame's first byte arrives, the grace it has to complete (plus what its bytes
    /// earn at `minimumFrameRate`), else `idleTimeout` and close. Default 30 s.
    public var frameTimeout: Duration
    /// Bytes per second a frame's bytes earn beyond `frameTimeout`. Default 16,384.
    public var minimumFrameRate: Int
    /// TLS on both listeners (the same certificate); nil serves plaintext.
    public var tls: WireServerTLS?
    /// When and whether the graph is saved to `graph.snapshot` in the data directory, so a
    /// restart replays only the articles stored since.
    public var graphSnapshots: GraphSnapshotPolicy

    public static let defaultQueryPort = 7700
    public static let defaultIngestPort = 7701

    public init(
        dataDirectory: String = "./data", queryHost: String = "127.0.0.1",
        queryPort: Int = AggregatorConfiguration.defaultQueryPort, ingestHost: String = "127.0.0.1",
        ingestPort: Int = AggregatorConfiguration.defaultIngestPort, ingestToken: String? = nil,
        readerToken: String? = nil, limits: WireLimits = .default, idleTimeout: Duration = .seconds(300),
        maxConnectionsPerListener: Int = 1_024, maxInFlightPerConnection: Int = 16,
        drainTimeout: Duration = .seconds(10), handshakeTimeout: Duration = .seconds(10),
        frameTimeout: Duration = .seconds(30), minimumFrameRate: Int = 16_384, tls: WireServerTLS? = nil,
        graphSnapshots: GraphSnapshotPolicy = GraphSnapshotPolicy()
    ) {
        self.graphSnapshots = graphSnapshots
        self.frameTimeout = frameTimeout
        self.minimumFrameRate = minimumFrameRate
        self.tls = tls
        self.dataDirectory = dataDirectory
        self.queryHost = queryHost
        self.queryPort = queryPort
        self.ingestHost = ingestHost
        self.ingestPort = ingestPort
        self.ingestToken = ingestToken
        self.readerToken = readerToken
        self.limits = limits
        self.idleTimeout = idleTimeout
        self.maxConnectionsPerListener = maxConnectionsPerListener
        self.maxInFlightPerConnection = maxInFlightPerConnection
        self.drainTimeout = drainTimeout
        self.handshakeTimeout = handshakeTimeout
    }
}

/// When the aggregator saves its graph (`graph.snapshot` in the data directory). At start it
/// loads the snapshot when one is there, intact, made under the same graph rules and consistent
/// with the store, and replays only the articles stored after it; otherwise it replays the
/// whole store, as without snapshots.
public struct GraphSnapshotPolicy: Sendable, Hashable {
    /// Off: no snapshot is written or read (a restart replays the whole store).
    public var enabled: Bool
    /// Written in the background once this many articles arrived since the last one
    /// (0: never by count).
    public var everyArticles: Int
    /// ...or once this long passed since the last one and any article arrived (nil: never by
    /// time). Always written on graceful shutdown.
    public var interval: Duration?

    public init(enabled: Bool = true, everyArticles: Int = 100_000, interval: Duration? = .seconds(600)) {
        self.enabled = enabled
        self.everyArticles = everyArticles
        self.interval = interval
    }

    public static let disabled = GraphSnapshotPolicy(enabled: false)
}
