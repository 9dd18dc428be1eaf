/// Where a `WireServer` listens, whom it admits and what it enforces.
public struct WireServerConfiguration: Sendable {
    public var host: String
    /// 0 binds an ephemeral port; `run` reports the real one through `onBound`.
    public var port: Int
    /// The role this server states in `Welcome`.
    public var serverRole: PeerRole
    /// Roles admitted on this listener; others get `roleNotAllowed`.
    public var acceptedRoles: Set<PeerRole>
    /// A role listed here must present this token in `Hello` (compared in constant time).
    public var tokens: [PeerRole: String]
    /// What this server accepts; also sent to the peer in `Welcome`.
    public var limits: WireLimits
    public var compression: CompressionOptions
    /// A connection with nothing received and nothing in flight for this long gets `idleTimeout`
    /// and is closed. Default 5 minutes.
    public var idleTimeout: Duration
    /// A connection that has not completed the handshake this long after it was accepted gets
    /// `handshakeRequired` and is closed, however slowly it trickles bytes. Default 10 s.
    public var handshakeTimeout: Duration
    /// Connections beyond this are answered `tooManyConnections` and closed. Default 1,024.
    public var maxConnections: Int
    /// Requests one connection may have in flight; beyond it the server stops reading that
    /// connection until one finishes (back-pressure, not an error). Default 64.
    public var maxInFlightPerConnection: Int
    public var software: String
    /// On stop, how long in-flight requests get to finish before connections are closed anyway.
    /// Default 10 s.
    public var drainTimeout: Duration
    /// Once the first byte of a frame arrives, the frame must be complete within this grace
    /// plus the time its bytes earn at `minimumFrameRate`, else `idleTimeout` and close: a peer
    /// trickling bytes cannot hold a connection the way it can against the idle timer alone.
    /// Default 30 s.
    public var frameTimeout: Duration
    /// Bytes per second a frame's bytes earn beyond `frameTimeout` (a 16 MiB frame at the
    /// default 16 KiB/s earns 1,024 s). Default 16,384.
    public var minimumFrameRate: Int
    /// TLS on this listener; nil (the default) serves plaintext.
    public var tls: WireServerTLS?

    public init(
        host: String = "127.0.0.1", port: Int = 0, serverRole: PeerRole = .aggregator,
        acceptedRoles: Set<PeerRole> = [.client], tokens: [PeerRole: String] = [:],
        limits: WireLimits = .default, compression: CompressionOptions = .init(),
        idleTimeout: Duration = .seconds(300), maxConnections: Int = 1_024,
        maxInFlightPerConnection: Int = 64,
        software: String = WireProtocol.software, drainTimeout: Duration = .seconds(10),
        handshakeTimeout: Duration = .seconds(10), frameTimeout: Duration = .seconds(30),
        minimumFrameRate: Int = 16_384, tls: WireServerTLS? = nil
    ) {
        self.frameTimeout = frameTimeout
        self.minimumFrameRate = minimumFrameRate
        self.tls = tls
        self.host = host
        self.port = port
        self.serverRole = serverRole
        self.acceptedRoles = acceptedRoles
        self.tokens = tokens
        self.limits = limits
        self.compression = compression
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
        self.maxInFlightPerConnection = maxInFlightPerConnection
        self.software = software
        self.drainTimeout = drainTimeout
        self.handshakeTimeout = handshakeTimeout
    }
}

/// Who is asking: passed to the responder with every request.
public struct WireConnectionInfo: Sendable, Hashable {
    /// Unique per server run, in accept order.
    public var id: UInt64
    public var remoteAddress: String
    /// The role the peer stated (and the server admitted) in its `Hello`.
    public var role: PeerRole

    public init(id: UInt64, remoteAddress: String, role: PeerRole) {
        self.id = id
        self.remoteAddress = remoteAddress
        self.role = role
    }
}

/// Answers one request message (`submitArticles`, `ingestBatch`, `query`, or a type added later)
/// with an `ack`, a `queryResult` or an `error` carrying the request id.
public typealias WireResponder = @Sendable (Message, WireConnectionInfo) async -> Message
