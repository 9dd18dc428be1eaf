/// How a `WireClient` connects and what it accepts.
public struct WireClientConfiguration: Sendable, Hashable {
    /// TCP connect deadline. Default 5 s.
    public var connectTimeout: Duration
    /// Deadline for each request (and the handshake) from send to answer. Default 60 s.
    public var requestTimeout: Duration
    public var compression: CompressionOptions
    /// What this client accepts from the server.
    public var limits: WireLimits
    /// Sent in `Hello`.
    public var software: String
    /// TLS under the frame codec; nil (the default) connects in plaintext.
    public var tls: WireClientTLS?

    public init(
        connectTimeout: Duration = .seconds(5), requestTimeout: Duration = .seconds(60),
        compression: CompressionOptions = .init(), limits: WireLimits = .default,
        software: String = WireProtocol.software, tls: WireClientTLS? = nil
    ) {
        self.tls = tls
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.compression = compression
        self.limits = limits
        self.software = software
    }
}
