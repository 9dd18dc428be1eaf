import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Wire

/// A TCP connection that speaks no protocol: it writes whatever bytes a test hands it and
/// collects what the server sends back until the server closes (or a deadline closes it).
/// Hostile frames go through it; nothing here validates them.
final class RawConnection: Sendable {
    private let channel: Channel
    private let inbox: RawInbox

    private init(channel: Channel, inbox: RawInbox) {
        self.channel = channel
        self.inbox = inbox
    }

    static func open(host: String, port: Int) async throws -> RawConnection {
        let inbox = RawInbox()
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .channelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(RawInboxHandler(inbox: inbox))
                }
            }
            .connect(host: host, port: port).get()
        return RawConnection(channel: channel, inbox: inbox)
    }

    /// Writes `bytes`; a failed write (the server already closed) is not an error here.
    func send(_ bytes: [UInt8]) async {
        var buffer = channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        try? await channel.writeAndFlush(buffer).get()
    }

    /// Half-closes: the server reads end-of-stream after what was sent.
    func finishSending() async {
        try? await channel.close(mode: .output).get()
    }

    /// Waits until the server has sent `frames` whole frames, or has closed, or `timeout` passed
    /// (then the connection is closed from this side).
    func collect(frames wanted: Int?, timeout: Duration) async -> RawReply {
        let deadline = channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(timeout.nanoseconds))) {
            [inbox, channel] in
            inbox.markTimedOut()
            channel.close(promise: nil)
        }
        defer { deadline.cancel() }
        await inbox.wait(until: { state in
            state.peerClosed || state.timedOut || state.closed
                || (wanted.map { Self.decode(state.bytes).messages.count >= $0 } ?? false)
        })
        let snapshot = inbox.snapshot()
        let decoded = Self.decode(snapshot.bytes)
        return RawReply(
            messages: decoded.messages, undecodable: decoded.failure,
            // Once this side has half-closed, the server's close can end the channel without an
            // input-closed event; only the deadline closes it from here.
            peerClosed: snapshot.peerClosed || (snapshot.closed && !snapshot.timedOut),
            timedOut: snapshot.timedOut)
    }

    func close() async {
        try? await channel.close().get()
    }

    static func decode(_ bytes: [UInt8]) -> (messages: [Message], failure: WireProtocolError?) {
        let codec = FrameCodec()
        var buffer = ByteBuffer(bytes: bytes)
        var messages: [Message] = []
        while true {
            do {
                guard let message = try codec.decode(from: &buffer) else { return (messages, nil) }
                messages.append(message)
            } catch {
                return (messages, error)
            }
        }
    }
}

/// What a server sent on a raw connection.
struct RawReply: Sendable {
    var messages: [Message]
    /// Bytes the server sent that do not decode (a server bug if ever set).
    var undecodable: WireProtocolError?
    /// The server closed (end of stream) before the deadline.
    var peerClosed: Bool
    var timedOut: Bool

    /// One short word per message: `error 4 open`, `error 2 closes`, `pong 7`, `welcome`, ...
    var signature: [String] { messages.map(Self.signature(of:)) }

    static func signature(of message: Message) -> String {
        switch message {
        case .error(let error):
            return "error \(error.code.rawValue) \(error.closesConnection ? "closes" : "open")"
        case .pong(let nonce): return "pong \(nonce)"
        case .welcome: return "welcome"
        case .queryResult(let response):
            if case .notFound = response.result { return "result notFound" }
            return "result"
        case .ack: return "ack"
        default: return "\(message.type)"
        }
    }
}

/// Bytes and end-of-stream as the event loop saw them, with waiters woken on every change.
final class RawInbox: Sendable {
    struct State {
        var bytes: [UInt8] = []
        var peerClosed = false
        var closed = false
        var timedOut = false
        var waiters:
            [(condition: @Sendable (State) -> Bool, continuation: CheckedContinuation<Void, Never>)] =
                []
    }

    private let state = NIOLockedValueBox(State())

    func append(_ bytes: [UInt8]) { change { $0.bytes += bytes } }
    func markPeerClosed() { change { $0.peerClosed = true } }
    func markClosed() { change { $0.closed = true } }
    func markTimedOut() { change { $0.timedOut = true } }

    func snapshot() -> State {
        state.withLockedValue { state in
            var copy = state
            copy.waiters = []
            return copy
        }
    }

    func wait(until condition: @escaping @Sendable (State) -> Bool) async {
        await withCheckedContinuation { continuation in
            let ready = state.withLockedValue { state -> Bool in
                if condition(state) { return true }
                state.waiters.append((condition, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    private func change(_ body: (inout State) -> Void) {
        let woken = state.withLockedValue { state -> [CheckedContinuation<Void, Never>] in
            body(&state)
            var woken: [CheckedContinuation<Void, Never>] = []
            var waiting:
                [(condition: @Sendable (State) -> Bool, continuation: CheckedContinuation<Void, Never>)] =
                    []
            for waiter in state.waiters {
                if waiter.condition(state) {
                    woken.append(waiter.continuation)
                } else {
                    waiting.append(waiter)
                }
            }
            state.waiters = waiting
            return woken
        }
        for continuation in woken { continuation.resume() }
    }
}

private final class RawInboxHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    let inbox: RawInbox

    init(inbox: RawInbox) { self.inbox = inbox }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        inbox.append(buffer.readBytes(length: buffer.readableBytes) ?? [])
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .some(.inputClosed) = event as? ChannelEvent {
            inbox.markPeerClosed()
            context.close(promise: nil)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        inbox.markClosed()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // A reset from the server ends the stream like a close.
        inbox.markPeerClosed()
        context.close(promise: nil)
    }
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }

    var milliseconds: Double { Double(nanoseconds) / 1e6 }
}
