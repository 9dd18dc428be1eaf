import ClaimModel
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// One TCP connection to a Claimwire server. The handshake is done in `connect`; after it,
/// any number of requests may be in flight at once, matched to their answers by request id.
public final class WireClient: Sendable {
    /// The server's answer to our `Hello`: version, role, limits, dictionary.
    public let welcome: Welcome
    public let host: String
    public let port: Int
    private let channel: Channel
    private let configuration: WireClientConfiguration
    private let lastRequestID = NIOLockedValueBox<UInt64>(0)
    private let endReason: NIOLockedValueBox<WireClientError?>

    private init(
        channel: Channel, welcome: Welcome, host: String, port: Int, configuration: WireClientConfiguration,
        endReason: NIOLockedValueBox<WireClientError?>
    ) {
        self.endReason = endReason
        self.channel = channel
        self.welcome = welcome
        self.host = host
        self.port = port
        self.configuration = configuration
    }

    /// Connects, sends `Hello` and waits for `Welcome`. Throws `WireClientError`.
    public static func connect(
        host: String, port: Int, role: PeerRole, token: String? = nil,
        configuration: WireClientConfiguration = .init()
    ) async throws -> WireClient {
        let channel: Channel
        let endReason = NIOLockedValueBox<WireClientError?>(nil)
        let tlsContext: NIOSSLContext?
        do {
            tlsContext = try configuration.tls?.makeContext()
        } catch {
            throw WireClientError.tlsConfiguration(error)
        }
        let serverName = configuration.tls?.expectedName(host: host)
        let expectedName = configuration.tls?.serverName ?? host
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(timeAmount(configuration.connectTimeout))
                .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let sync = channel.pipeline.syncOperations
                        if let tlsContext {
                            try sync.addHandler(TLSRecordCheck())
                            try sync.addHandler(
                                NIOSSLClientHandler(context: tlsContext, serverHostname: serverName))
                        }
                        let codec = FrameCodec(
                            limits: configuration.limits, compression: configuration.compression)
                        _ = try sync.addWireCodec(codec)
                        try sync.addHandler(
                            ClientSessionHandler(
                                codec: codec, endReason: endReason, expectedName: expectedName))
                    }
                }
                .connect(host: host, port: port).get()
        } catch {
            throw WireClientError.connectionFailed(host: host, port: port, reason: "\(error)")
        }
        let hello = Hello(
            role: role, software: configuration.software, token: token, limits: configuration.limits,
            dictionaries: configuration.compression.useDictionary ? WireDictionaries.embedded.map(\.id) : [])
        do {
            let reply = try await send(
                .hello(hello), key: .handshake, on: channel, timeout: configuration.requestTimeout,
                endReason: endReason)
            guard case .welcome(let welcome) = reply else {
                throw WireClientError.unexpectedReply("expected Welcome, got \(reply.type)")
            }
            return WireClient(
                channel: channel, welcome: welcome, host: host, port: port, configuration: configuration,
                endReason: endReason)
        } catch {
            try? await channel.close()
            throw error
        }
    }

    /// Sends articles to an extractor; returns its `Ack` once the aggregator committed them.
    public func submit(_ articles: [Article]) async throws -> Ack {
        try checkBatch(articles.count)
        let id = nextRequestID()
        return try expectAck(
            try await request(.submitArticles(SubmitArticles(requestID: id, articles: articles)), id))
    }

    /// Sends analysed articles to an aggregator's ingest listener; returns its `Ack`.
    public func ingest(_ articles: [AnalyzedArticle]) async throws -> Ack {
        try checkBatch(articles.count)
        let id = nextRequestID()
        return try expectAck(
            try await request(.ingestBatch(IngestBatch(requestID: id, articles: articles)), id))
    }

    public func query(_ query: Query) async throws -> QueryResult {
        let id = nextRequestID()
        let reply = try await request(.query(QueryRequest(requestID: id, query: query)), id)
        guard case .queryResult(let response) = reply else {
            throw WireClientError.unexpectedReply("expected QueryResult, got \(reply.type)")
        }
        return response.result
    }

    /// Round-trip time of a ping.
    public func ping() async throws -> Duration {
        let nonce = nextRequestID()
        let clock = ContinuousClock()
        let start = clock.now
        _ = try await Self.send(
            .ping(nonce), key: .ping(nonce), on: channel, timeout: configuration.requestTimeout,
            endReason: endReason)
        return clock.now - start
    }

    /// Sends a request built around a fresh request id and returns whatever answers that id
    /// (for message kinds added later without a typed method).
    public func request(_ build: (UInt64) -> Message) async throws -> Message {
        let id = nextRequestID()
        return try await request(build(id), id)
    }

    /// Closes the connection; pending requests fail with `connectionClosed`.
    public func close() async {
        try? await channel.close()
    }

    private func request(_ message: Message, _ id: UInt64) async throws -> Message {
        try await Self.send(
            message, key: .request(id), on: channel, timeout: configuration.requestTimeout,
            endReason: endReason)
    }

    private static func send(
        _ message: Message, key: ReplyKey, on channel: Channel, timeout: Duration,
        endReason: NIOLockedValueBox<WireClientError?>
    ) async throws -> Message {
        let promise = channel.eventLoop.makePromise(of: Message.self)
        channel.writeAndFlush(ClientRequest(key: key, message: message, promise: promise, timeout: timeout))
            .whenFailure { error in
                // The handler fails the promise itself; this covers a channel already closed
                // (by then the handler has recorded why).
                if error is ChannelError {
                    promise.fail(endReason.withLockedValue { $0 } ?? WireClientError.connectionClosed)
                } else {
                    promise.fail(error)
                }
            }
        return try await promise.futureResult.get()
    }

    private func nextRequestID() -> UInt64 {
        lastRequestID.withLockedValue { value in
            value &+= 1
            return value
        }
    }

    private func checkBatch(_ count: Int) throws {
        let limit = welcome.limits.maxArticlesPerBatch
        if count > limit { throw WireClientError.batchTooLarge(count: count, limit: limit) }
    }

    private func expectAck(_ reply: Message) throws -> Ack {
        guard case .ack(let ack) = reply else {
            throw WireClientError.unexpectedReply("expected Ack, got \(reply.type)")
        }
        return ack
    }
}
