import NIOCore

/// Closes the slowloris hole the idle timer leaves: the idle timer restarts on every read, so a
/// peer trickling a byte per interval would hold a connection forever. Once the first byte of a
/// frame arrives, the frame must be complete within `grace` plus the time its bytes earn at
/// `minimumRate`: at any moment, a frame begun `t` ago with `r` bytes in is overdue when
/// `t > grace + r / minimumRate`. A stalled peer is cut after `grace` (plus what its bytes
/// earned); a large frame arriving at or above the minimum rate is never cut.
///
/// Sits between the bytes (decrypted, under TLS) and the frame decoder, and only counts:
/// it reads each header's length to know where frames end and forwards every byte unchanged.
/// Time spent with reads paused by the server's own back-pressure does not count.
final class FrameDeadlineHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let grace: TimeAmount
    private let minimumRate: Int
    private var header: [UInt8] = []
    private var payloadRemaining = 0
    private var frameStarted: NIODeadline?
    private var frameReceived = 0
    private var frameLength: Int?
    private var timer: Scheduled<Void>?
    private var expired = false
    private weak var context: ChannelHandlerContext?

    init(grace: Duration, minimumRate: Int) {
        self.grace = timeAmount(grace)
        self.minimumRate = max(1, minimumRate)
        header.reserveCapacity(WireProtocol.headerBytes)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        self.context = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if !expired { count(unwrapInboundIn(data), on: context.eventLoop) }
        context.fireChannelRead(data)
    }

    /// Walks the frame boundaries in `bytes`: headers byte by byte, payloads in one step.
    private func count(_ bytes: ByteBuffer, on loop: EventLoop) {
        let view = bytes.readableBytesView
        var index = view.startIndex
        while index < view.endIndex {
            if frameStarted == nil { begin(on: loop) }
            if header.count < WireProtocol.headerBytes {
                header.append(view[index])
                index += 1
                frameReceived += 1
                if header.count == WireProtocol.headerBytes {
                    let length = header.prefix(4).reduce(0) { $0 << 8 | Int($1) }
                    frameLength = length
                    payloadRemaining = length
                    if length == 0 { end() }
                }
            } else {
                let taken = min(payloadRemaining, view.endIndex - index)
                payloadRemaining -= taken
                frameReceived += taken
                index += taken
                if payloadRemaining == 0 { end() }
            }
        }
    }

    private func begin(on loop: EventLoop) {
        frameStarted = .now()
        frameReceived = 0
        frameLength = nil
        timer?.cancel()
        schedule(at: .now() + grace, on: loop)
    }

    private func end() {
        header.removeAll(keepingCapacity: true)
        payloadRemaining = 0
        frameStarted = nil
        timer?.cancel()
        timer = nil
    }

    private func schedule(at deadline: NIODeadline, on loop: EventLoop) {
        let handler = NIOLoopBound(self, eventLoop: loop)
        timer = loop.scheduleTask(deadline: deadline) { handler.value.check() }
    }

    /// What the bytes received so far allow: the grace plus their time at the minimum rate.
    private var allowed: TimeAmount {
        grace + .nanoseconds(Int64(min(frameReceived, Int.max / 1_000_000_000) * 1_000_000_000 / minimumRate))
    }

    private func check() {
        guard let context, let started = frameStarted, !expired else { return }
        let now = NIODeadline.now()
        // Reads paused by the server's back-pressure: the bytes wait in the kernel, not in the
        // peer. The frame's clock restarts when reading resumes.
        let reading = (try? context.channel.syncOptions?.getOption(ChannelOptions.autoRead)) ?? true
        if !reading {
            frameStarted = now
            frameReceived = 0
            schedule(at: now + grace, on: context.eventLoop)
            return
        }
        let deadline = started + allowed
        if deadline > now {
            schedule(at: deadline, on: context.eventLoop)
            return
        }
        expired = true
        timer = nil
        context.fireUserInboundEventTriggered(
            FrameDeadlineExceeded(received: frameReceived, length: frameLength, elapsed: now - started))
    }
}

/// Sent up the pipeline when a frame did not arrive in time; the session handler answers
/// `idleTimeout` and closes.
struct FrameDeadlineExceeded: Sendable {
    /// Bytes of the frame (header included) received.
    var received: Int
    /// The payload length its header announced; nil when the header itself is incomplete.
    var length: Int?
    var elapsed: TimeAmount
}
