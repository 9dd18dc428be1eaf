import NIOCore

/// Between the frame decoder/encoder and a session handler: frames in, messages out, and back.
///
/// Errors (including `unknownMessageType`) go down the pipeline through `errorCaught`; the
/// session handler decides whether to answer and close.
public final class MessageCodecHandler: ChannelDuplexHandler {
    public typealias InboundIn = Frame
    public typealias InboundOut = Message
    public typealias OutboundIn = Message
    public typealias OutboundOut = Frame

    /// Mutated by the session handler on the event loop once the handshake settles.
    public let codec: FrameCodec

    public init(codec: FrameCodec) {
        self.codec = codec
    }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        do {
            let message = try codec.decode(frame)
            context.fireChannelRead(wrapInboundOut(message))
        } catch {
            context.fireErrorCaught(error)
        }
    }

    public func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let message = unwrapOutboundIn(data)
        do {
            let frame = try codec.frame(for: message)
            context.write(wrapOutboundOut(frame), promise: promise)
        } catch {
            promise?.fail(error)
        }
    }
}

extension ChannelPipeline.SynchronousOperations {
    /// Adds the frame decoder, frame encoder and message codec, in that order.
    public func addWireCodec(_ codec: FrameCodec) throws -> MessageCodecHandler {
        let handler = MessageCodecHandler(codec: codec)
        try addHandler(ByteToMessageHandler(FrameDecoder(maxFrameBytes: codec.limits.maxFrameBytes)))
        try addHandler(MessageToByteHandler(FrameEncoder()))
        try addHandler(handler)
        return handler
    }
}
