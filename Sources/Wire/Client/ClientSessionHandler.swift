import NIOConcurrencyHelpers
import NIOCore

/// What correlates an answer with its request.
enum ReplyKey: Hashable, Sendable {
    case handshake
    case request(UInt64)
    case ping(UInt64)
}

/// A message to send and the promise its answer completes.
struct ClientRequest: Sendable {
    var key: ReplyKey
    var message: Message
    var promise: EventLoopPromise<Message>
    var timeout: Duration
}

/// The client end of a connection: sends requests, matches answers to them by request id,
/// applies the handshake's outcome to the codec, and fails whatever is pending when the
/// connection ends.
final class ClientSessionHandler: ChannelDuplexHandler {
    typealias InboundIn = Message
    typealias OutboundIn = ClientRequest
    typealias OutboundOut = Message

    private struct Pending {
        var promise: EventLoopPromise<Message>
        var timer: Scheduled<Void>?
    }

    private var pending: [ReplyKey: Pending] = [:]
    private var terminalError: WireClientError?
    /// Set once `Welcome` arrived: a TLS error before it is a failed handshake, after it a
    /// connection that ended.
    private var welcomed = false
    /// The name a TLS server's certificate must carry, for the error when it does not.
    private let expectedName: String
    /// Why the connection ended, readable off the event loop: a write that finds the channel
    /// already closed reports this rather than a bare `connectionClosed`.
    let endReason: NIOLockedValueBox<WireClientError?>
    private let codec: FrameCodec

    init(codec: FrameCodec, endReason: NIOLockedValueBox<WireClientError?>, expectedName: String = "") {
        self.codec = codec
        self.endReason = endReason
        self.expectedName = expectedName
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        if let terminalError {
            request.promise.fail(terminalError)
            promise?.fail(terminalError)
            return
        }
        guard pending[request.key] == nil else {
            request.promise.fail(WireClientError.unexpectedReply("duplicate request key \(request.key)"))
            promise?.succeed()
            return
        }
        let key = request.key
        let timeout = request.timeout
        let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
        let timer = context.eventLoop.scheduleTask(in: timeAmount(timeout)) {
            handler.value.complete(key, with: .failure(WireClientError.timedOut(after: timeout)))
        }
        pending[key] = Pending(promise: request.promise, timer: timer)
        let written = context.eventLoop.makePromise(of: Void.self)
        written.futureResult.whenFailure { error in
            let reason: WireClientError
            if let wire = error as? WireProtocolError {
                reason = .encodingFailed(wire)
            } else {
                // A write failing because the connection already ended (a TLS handshake that
                // failed, a refusal) reports why it ended.
                reason = handler.value.terminalError ?? .connectionClosed
            }
            handler.value.complete(key, with: .failure(reason))
        }
        promise.map { written.futureResult.cascade(to: $0) }
        context.write(wrapOutboundOut(request.message), promise: written)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        switch message {
        case .welcome(let welcome):
            welcomed = true
            codec.version = welcome.version
            codec.peerLimits = welcome.limits
            if codec.compression.useDictionary, let id = welcome.dictionary {
                codec.dictionary = codec.dictionaries[id]
            }
            complete(.handshake, with: .success(message))
        case .ack(let ack):
            complete(.request(ack.requestID), with: .success(message))
        case .queryResult(let response):
            complete(.request(response.requestID), with: .success(message))
        case .pong(let nonce):
            complete(.ping(nonce), with: .success(message))
        case .ping(let nonce):
            context.writeAndFlush(wrapOutboundOut(.pong(nonce)), promise: nil)
        case .error(let error):
            if let id = error.requestID, pending[.request(id)] != nil {
                complete(.request(id), with: .failure(WireClientError.remote(error)))
            } else if pending[.handshake] != nil {
                complete(.handshake, with: .failure(WireClientError.remote(error)))
            }
            if error.closesConnection {
                failAll(.remote(error))
            }
        case .hello, .submitArticles, .ingestBatch, .query:
            // A server never sends these; nothing is waiting for them.
            break
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        if let wire = error as? WireProtocolError {
            failAll(.protocolViolation(wire))
        } else if let client = error as? WireClientError {
            failAll(client)
        } else if !welcomed, let failure = TLSFailure.classify(error, expectedName: expectedName) {
            failAll(.tls(failure))
        } else {
            failAll(.connectionClosed)
        }
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(.connectionClosed)
        context.fireChannelInactive()
    }

    private func complete(_ key: ReplyKey, with result: Result<Message, Error>) {
        guard let entry = pending.removeValue(forKey: key) else { return }
        entry.timer?.cancel()
        entry.promise.completeWith(result)
    }

    private func failAll(_ error: WireClientError) {
        if terminalError == nil {
            terminalError = error
            endReason.withLockedValue { $0 = error }
        }
        let entries = pending
        pending.removeAll()
        for entry in entries.values {
            entry.timer?.cancel()
            entry.promise.fail(error)
        }
    }
}

/// `Duration` as NIO's `TimeAmount`, saturating far beyond any real timeout.
func timeAmount(_ duration: Duration) -> TimeAmount {
    let (seconds, attoseconds) = duration.components
    let cappedSeconds = min(max(seconds, 0), 1_000_000_000)
    return .nanoseconds(cappedSeconds * 1_000_000_000 + attoseconds / 1_000_000_000)
}
