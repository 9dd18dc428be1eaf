import Logging
import NIOCore
import NIOSSL

/// The server end of one connection: handshake (role, token, version, dictionary), ping/pong,
/// dispatch of requests to the responder with back-pressure, idle timeout, and an `Error` frame
/// before closing on anything it cannot accept.
final class ServerSessionHandler: ChannelInboundHandler {
    typealias InboundIn = Message
    typealias OutboundOut = Message

    private enum State {
        case awaitingHello
        case ready(WireConnectionInfo)
        case closing
    }

    private let configuration: WireServerConfiguration
    private let responder: WireResponder
    private let codec: FrameCodec
    private let connectionID: UInt64
    private let admitted: Bool
    private let refusalLog: RefusalLog
    private var logger: Logger
    private var state = State.awaitingHello
    private var inFlight = 0
    private var readPaused = false
    private var pendingFlush = false
    private var draining = false
    private var context: ChannelHandlerContext?
    private var handshakeDeadline: Scheduled<Void>?
    /// How long a refused connection stays half-open for the peer to read the Error and close.
    static let linger = TimeAmount.seconds(2)

    init(
        configuration: WireServerConfiguration, responder: @escaping WireResponder, codec: FrameCodec,
        connectionID: UInt64, admitted: Bool, refusalLog: RefusalLog, logger: Logger
    ) {
        self.configuration = configuration
        self.responder = responder
        self.codec = codec
        self.connectionID = connectionID
        self.admitted = admitted
        self.refusalLog = refusalLog
        self.logger = logger
        self.logger[metadataKey: "connection.id"] = "\(connectionID)"
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        if !admitted {
            refusalLog.warn(
                "connection refused: at the connection limit", reason: "connection-limit",
                remote: context.channel.remoteAddress, logger: logger)
            refuse(
                .tooManyConnections, "server at its limit of \(configuration.maxConnections) connections",
                context: context)
        } else {
            // Slow trickles defeat the idle timeout; the handshake has a hard deadline.
            let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
            handshakeDeadline = context.eventLoop.scheduleTask(in: timeAmount(configuration.handshakeTimeout))
            {
                handler.value.handshakeTimedOut()
            }
        }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        handshakeDeadline?.cancel()
        context.fireChannelInactive()
    }

    private func handshakeTimedOut() {
        guard case .awaitingHello = state, let context else { return }
        refuse(.handshakeRequired, "no Hello within the handshake timeout", context: context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        switch state {
        case .closing:
            return
        case .awaitingHello:
            guard case .hello(let hello) = message else {
                refuse(
                    .handshakeRequired, "the first frame must be Hello, not \(message.type)", context: context
                )
                return
            }
            handshake(hello, context: context)
        case .ready(let info):
            switch message {
            case .ping(let nonce):
                // Flushed once per read burst (channelReadComplete): a flood of pipelined pings
                // otherwise costs one write syscall each and stalls every connection on the loop.
                context.write(wrapOutboundOut(.pong(nonce)), promise: nil)
                pendingFlush = true
            case .pong:
                break
            case .submitArticles, .ingestBatch, .query:
                dispatch(message, info: info, context: context)
            case .error(let error):
                logger.info("peer reported \(error.code): \(error.message)")
                if error.closesConnection { close(context: context) }
            case .hello, .welcome, .ack, .queryResult:
                refuse(.unexpectedMessage, "\(message.type) is not sent to a server", context: context)
            }
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if pendingFlush {
            pendingFlush = false
            context.flush()
        }
        context.fireChannelReadComplete()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        guard let wire = error as? WireProtocolError else {
            if error is NIOSSLError || error is NIOSSLExtraError, case .awaitingHello = state {
                // A client that does not trust our certificate, or lacks the one we require.
                logger.info(
                    "TLS handshake failed: \(error)",
                    metadata: ["remote": "\(context.channel.remoteAddress.map { "\($0)" } ?? "unknown")"])
            } else {
                logger.debug("connection error: \(error)")
            }
            close(context: context)
            return
        }
        if wire.isRecoverable, case .ready = state {
            logger.info("answered unknown message: \(wire)")
            let answer = ErrorMessage(code: wire.code, message: "\(wire)", closesConnection: false)
            context.writeAndFlush(wrapOutboundOut(.error(answer)), promise: nil)
            return
        }
        logger.info("refused frame: \(wire)")
        if wire.isRecoverable, case .awaitingHello = state {
            refuse(.handshakeRequired, "the first frame must be Hello, not type \(wire)", context: context)
            return
        }
        refuse(wire.code, "\(wire)", context: context)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            if inFlight == 0 {
                let seconds = configuration.idleTimeout.components.seconds
                refuse(.idleTimeout, "idle for \(seconds) s", context: context)
            }
            return
        }
        if let overdue = event as? FrameDeadlineExceeded {
            let announced = overdue.length.map { "\($0 + WireProtocol.headerBytes)" } ?? "?"
            let seconds = Double(overdue.elapsed.nanoseconds) / 1e9
            logger.info(
                "frame not complete in time: slow or stalled peer",
                metadata: ["received": "\(overdue.received)", "frame": "\(announced)"])
            refuse(
                .idleTimeout,
                "frame not complete within \(Int(seconds.rounded())) s (\(overdue.received) of \(announced) bytes received)",
                context: context)
            return
        }
        if event is WireServerDrain {
            draining = true
            if inFlight == 0 {
                refuse(.unavailable, "server shutting down", context: context)
            }
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    private func handshake(_ hello: Hello, context: ChannelHandlerContext) {
        guard configuration.acceptedRoles.contains(hello.role) else {
            refuse(.roleNotAllowed, "role \(hello.role) is not accepted here", context: context)
            return
        }
        if let expected = configuration.tokens[hello.role],
            !constantTimeEqual(Array(expected.utf8), Array((hello.token ?? "").utf8))
        {
            // Never the token itself in the log: only whether one was given.
            let given = hello.token == nil ? "missing" : "wrong"
            refusalLog.warn(
                "refused: \(given) token", reason: "\(given)-token-\(hello.role)",
                remote: context.channel.remoteAddress, metadata: ["role": "\(hello.role)"], logger: logger)
            refuse(.unauthorized, "missing or wrong token for role \(hello.role)", context: context)
            return
        }
        let supported = WireProtocol.supportedVersions
        let low = max(hello.minVersion, supported.lowerBound)
        let high = min(hello.maxVersion, supported.upperBound)
        guard low <= high else {
            refuse(
                .unsupportedVersion,
                "versions \(hello.minVersion)-\(hello.maxVersion) offered, \(supported.lowerBound)-\(supported.upperBound) spoken",
                context: context)
            return
        }
        var dictionary: ZstdDictionary?
        if configuration.compression.useDictionary {
            dictionary = hello.dictionaries.lazy.compactMap { self.codec.dictionaries[$0] }.first
        }
        let welcome = Welcome(
            version: high, role: configuration.serverRole, software: configuration.software,
            limits: configuration.limits, dictionary: dictionary?.id)
        context.writeAndFlush(wrapOutboundOut(.welcome(welcome)), promise: nil)
        // Applied after Welcome went through the encoder: it travels in the pre-handshake format.
        codec.version = high
        codec.peerLimits = hello.limits
        codec.dictionary = dictionary
        let remote = context.channel.remoteAddress.map { "\($0)" } ?? "unknown"
        let info = WireConnectionInfo(id: connectionID, remoteAddress: remote, role: hello.role)
        state = .ready(info)
        handshakeDeadline?.cancel()
        logger.debug(
            "handshake done", metadata: ["role": "\(hello.role)", "dictionary": "\(dictionary?.id ?? 0)"])
    }

    private func dispatch(_ message: Message, info: WireConnectionInfo, context: ChannelHandlerContext) {
        if draining {
            let answer = ErrorMessage(
                code: .unavailable, message: "server shutting down", closesConnection: false,
                requestID: message.requestID)
            context.writeAndFlush(wrapOutboundOut(.error(answer)), promise: nil)
            return
        }
        inFlight += 1
        if inFlight >= configuration.maxInFlightPerConnection, !readPaused {
            readPaused = true
            try? context.channel.syncOptions?.setOption(ChannelOptions.autoRead, value: false)
        }
        let responder = self.responder
        let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
        let eventLoop = context.eventLoop
        Task {
            let reply = await responder(message, info)
            eventLoop.execute { handler.value.finish(reply, for: message) }
        }
    }

    private func finish(_ reply: Message, for request: Message) {
        inFlight -= 1
        guard let context else { return }
        var reply = reply
        if case .error(var error) = reply, error.requestID == nil {
            error.requestID = request.requestID
            reply = .error(error)
        }
        if case .closing = state { return }
        context.writeAndFlush(wrapOutboundOut(reply), promise: nil)
        if case .error(let error) = reply, error.closesConnection {
            close(context: context)
            return
        }
        if readPaused, inFlight < configuration.maxInFlightPerConnection {
            readPaused = false
            try? context.channel.syncOptions?.setOption(ChannelOptions.autoRead, value: true)
            context.read()
        }
        if draining, inFlight == 0 {
            refuse(.unavailable, "server shutting down", context: context)
        }
    }

    /// Sends an `Error` that closes the connection, then closes it.
    private func refuse(_ code: WireErrorCode, _ text: String, context: ChannelHandlerContext) {
        if case .closing = state { return }
        state = .closing
        let answer = ErrorMessage(code: code, message: text, closesConnection: true)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.error(answer))).whenComplete { _ in
            // Half-close first: closing outright while the peer's bytes are still arriving makes
            // the kernel send a reset, which can destroy the Error frame before the peer reads it.
            let halfClosed = channel.eventLoop.makePromise(of: Void.self)
            halfClosed.futureResult.whenFailure { _ in channel.close(promise: nil) }
            channel.close(mode: .output, promise: halfClosed)
            channel.eventLoop.scheduleTask(in: Self.linger) { channel.close(promise: nil) }
        }
    }

    private func close(context: ChannelHandlerContext) {
        state = .closing
        context.close(promise: nil)
    }
}

/// Compares in time that depends only on the lengths, so a token cannot be guessed byte by byte.
func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
    for i in 0..<max(a.count, b.count) {
        let x = i < a.count ? a[i] : 0
        let y = i < b.count ? b[i] : 0
        difference |= x ^ y
    }
    return difference == 0 && a.count == b.count
}
