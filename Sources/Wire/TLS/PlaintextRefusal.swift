import Logging
import NIOCore

/// First on a TLS listener's pipeline: looks at the first byte a peer sends. A TLS ClientHello
/// starts with record type 22 (0x16); a Claimwire frame starts with the high byte of its length,
/// which is 0x16 only for a frame of 352 MiB or more, far above any frame limit. So a peer whose
/// first byte is anything else speaks plaintext Claimwire: it gets a plaintext `Error` saying
/// TLS is required (its decoder can read that) and the connection closes. A TLS peer passes
/// through untouched and this handler removes itself.
final class PlaintextRefusal: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    static let tlsHandshakeRecord: UInt8 = 0x16

    private let message: String
    private let refusalLog: RefusalLog
    private let logger: Logger
    private var refused = false

    init(acceptedRoles: Set<PeerRole>, refusalLog: RefusalLog, logger: Logger) {
        var fixes: [String] = []
        if acceptedRoles.contains(.client) { fixes.append("connect with claimwire --tls-ca FILE (or --tls)") }
        if acceptedRoles.contains(.extractor) {
            fixes.append("start the extractor with --aggregator-tls-ca FILE (or --aggregator-tls)")
        }
        message = "this listener requires TLS — " + fixes.joined(separator: "; ")
        self.refusalLog = refusalLog
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        let bytes = unwrapInboundIn(data)
        guard let first = bytes.getInteger(at: bytes.readerIndex, as: UInt8.self) else { return }
        if first == Self.tlsHandshakeRecord {
            context.fireChannelRead(data)
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
            return
        }
        refused = true
        refusalLog.warn(
            "plaintext connection to a TLS listener refused", reason: "plaintext",
            remote: context.channel.remoteAddress, logger: logger)
        let answer = ErrorMessage(code: .handshakeRequired, message: message, closesConnection: true)
        guard let frame = try? FrameCodec(compression: .none).encode(.error(answer)) else {
            context.close(promise: nil)
            return
        }
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(frame)).whenComplete { _ in
            // Half-close, as a refusal does: closing outright while the peer's bytes still
            // arrive makes the kernel reset the connection and can destroy the Error unread.
            channel.close(mode: .output, promise: nil)
            channel.eventLoop.scheduleTask(in: ServerSessionHandler.linger) { channel.close(promise: nil) }
        }
    }
}

/// First on a TLS client's pipeline: a TLS server's first bytes are a TLS record (content
/// type 20-23). Anything else is a plaintext server (most likely its `Error` answering our
/// ClientHello), reported as `WireClientError.tls(.serverNotTLS)` instead of BoringSSL's
/// "wrong version number".
final class TLSRecordCheck: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    static let recordTypes: ClosedRange<UInt8> = 20...23

    private var failed = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !failed else { return }
        let bytes = unwrapInboundIn(data)
        guard let first = bytes.getInteger(at: bytes.readerIndex, as: UInt8.self) else { return }
        if Self.recordTypes.contains(first) {
            context.fireChannelRead(data)
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
            return
        }
        failed = true
        context.fireErrorCaught(WireClientError.tls(.serverNotTLS))
        context.close(promise: nil)
    }
}
