import ClaimModel
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing

@testable import Wire

/// A bare TCP peer: sends bytes as given and collects whatever comes back.
final class RawPeer: Sendable {
    private final class Collector: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        let received = NIOLockedValueBox(ByteBuffer())
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var bytes = unwrapInboundIn(data)
            received.withLockedValue { $0.writeBuffer(&bytes) }
        }
    }

    let channel: Channel
    private let collector: Collector

    private init(channel: Channel, collector: Collector) {
        self.channel = channel
        self.collector = collector
    }

    static func connect(port: Int) async throws -> RawPeer {
        let collector = Collector()
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(collector)
                }
            }
            .connect(host: "127.0.0.1", port: port).get()
        return RawPeer(channel: channel, collector: collector)
    }

    func send(_ bytes: [UInt8]) async throws {
        try await channel.writeAndFlush(ByteBuffer(bytes: bytes))
    }

    func send(_ message: Message) async throws {
        try await send(Array(try FrameCodec(compression: .none).encode(message).readableBytesView))
    }

    /// The messages received once `count` have arrived (or the deadline passed).
    func messages(count: Int, within: Duration = .seconds(5)) async throws -> [Message] {
        let deadline = ContinuousClock.now + within
        while true {
            var buffer = collector.received.withLockedValue { $0 }
            var messages: [Message] = []
            let codec = FrameCodec()
            while let message = try codec.decode(from: &buffer) { messages.append(message) }
            if messages.count >= count || ContinuousClock.now > deadline { return messages }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// True once the server closed the connection (within the deadline).
    func closed(within: Duration = .seconds(5)) async -> Bool {
        let deadline = ContinuousClock.now + within
        while channel.isActive {
            if ContinuousClock.now > deadline { return false }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return true
    }
}

@Suite struct ServerBehaviourTests {
    static let hello = Message.hello(Hello(role: .client))

    @Test func unknownMessageTypeIsAnsweredAndTheConnectionStays() async throws {
        try await withLoopbackServer { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(Self.hello)
            try await peer.send(VectorCatalog.frame(type: 0x7777, payload: [1, 2, 3]))
            try await peer.send(.ping(99))
            let replies = try await peer.messages(count: 3)
            #expect(replies.count == 3)
            guard replies.count == 3, case .error(let error) = replies[1] else { return }
            #expect(error.code == .unknownMessageType)
            #expect(!error.closesConnection)
            #expect(replies[2] == .pong(99))
            try await peer.channel.close()
        }
    }

    @Test(arguments: [
        ("trailing-byte", WireErrorCode.trailingBytes), ("invalid-utf8", .invalidUTF8),
        ("header-4gib", .frameTooLarge),
        ("version-2", .unsupportedVersion), ("not-zstd", .decompressionFailed),
    ])
    func malformedFrameGetsErrorThenClose(_ name: String, _ code: WireErrorCode) async throws {
        let bytes = try #require(VectorCatalog.malformed.first { $0.name == name }).bytes
        try await withLoopbackServer { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(Self.hello)
            try await peer.send(bytes)
            let replies = try await peer.messages(count: 2)
            guard replies.count == 2, case .error(let error) = replies[1] else {
                Issue.record("replies: \(replies)")
                return
            }
            #expect(error.code == code)
            #expect(error.closesConnection)
            #expect(await peer.closed())
        }
    }

    @Test func requestBeforeHelloIsRefused() async throws {
        try await withLoopbackServer { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(.query(QueryRequest(requestID: 1, query: .stats)))
            let replies = try await peer.messages(count: 1)
            #expect(replies.first?.errorCode == .handshakeRequired)
            #expect(await peer.closed())
        }
    }

    @Test func newerClientVersionRangeNegotiatesDown() async throws {
        try await withLoopbackServer { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(.hello(Hello(role: .client, minVersion: 1, maxVersion: 9)))
            let replies = try await peer.messages(count: 1)
            #expect(replies.first?.welcomeVersion == 1)
            try await peer.channel.close()
        }
        try await withLoopbackServer { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(.hello(Hello(role: .client, minVersion: 2, maxVersion: 9)))
            let replies = try await peer.messages(count: 1)
            #expect(replies.first?.errorCode == .unsupportedVersion)
            #expect(await peer.closed())
        }
    }

    @Test func idleConnectionIsClosed() async throws {
        // Long enough that a starved test runner still sends its Hello before the timer fires.
        let configuration = WireServerConfiguration(idleTimeout: .seconds(1))
        try await withLoopbackServer(configuration) { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(Self.hello)
            let replies = try await peer.messages(count: 2)
            #expect(replies.last?.errorCode == .idleTimeout)
            #expect(await peer.closed())
        }
    }

    @Test func tricklingPeerIsClosedAtTheHandshakeDeadline() async throws {
        let configuration = WireServerConfiguration(handshakeTimeout: .milliseconds(300))
        try await withLoopbackServer(configuration) { port in
            let peer = try await RawPeer.connect(port: port)
            let hello = Array(try FrameCodec(compression: .none).encode(Self.hello).readableBytesView)
            for byte in hello.prefix(6) {
                try? await peer.send([byte])
                try await Task.sleep(for: .milliseconds(80))
            }
            let replies = try await peer.messages(count: 1)
            #expect(replies.first?.errorCode == .handshakeRequired)
            #expect(await peer.closed())
        }
    }

    @Test func connectionCapRefusesTheExtraOne() async throws {
        let configuration = WireServerConfiguration(maxConnections: 1)
        try await withLoopbackServer(configuration) { port in
            let first = try await WireClient.connect(host: "127.0.0.1", port: port, role: .client)
            do {
                _ = try await WireClient.connect(host: "127.0.0.1", port: port, role: .client)
                Issue.record("second connection admitted")
            } catch WireClientError.remote(let error) {
                #expect(error.code == .tooManyConnections)
            }
            _ = try await first.ping()
            await first.close()
        }
    }

    @Test func stoppingLetsInFlightRequestsFinish() async throws {
        let (started, startedContinuation) = AsyncStream.makeStream(of: Void.self)
        let slow: WireResponder = { message, _ in
            startedContinuation.yield()
            try? await Task.sleep(for: .milliseconds(300))
            return .queryResult(
                QueryResponse(requestID: message.requestID ?? 0, result: .stats(GraphStats())))
        }
        let server = WireServer(
            configuration: WireServerConfiguration(), responder: slow,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let serverTask = Task { try await server.run { _, port in continuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        let client = try await WireClient.connect(host: "127.0.0.1", port: port, role: .client)
        let pending = Task { try await client.query(.stats) }
        var startedIterator = started.makeAsyncIterator()
        await startedIterator.next()
        serverTask.cancel()
        #expect(try await pending.value == .stats(GraphStats()))
        try await serverTask.value
        await #expect(throws: WireClientError.self) { try await client.query(.stats) }
    }
}

extension Message {
    var errorCode: WireErrorCode? {
        if case .error(let error) = self { return error.code }
        return nil
    }

    var welcomeVersion: UInt16? {
        if case .welcome(let welcome) = self { return welcome.version }
        return nil
    }
}
