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
    /// Header bytes of the current frame seen so far (0...10) and the length they spell.
    private var headerSeen = 0
    private var lengthSoFar = 0
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

    /// Walks the frame boundaries in `bytes`: a few integer steps per header, one per payload
    /// run. Raw bytes rather than the buffer's view: a flood of tiny frames is walked byte by
    /// byte through the headers, and the view's indexing costs several times more per byte.
    private func count(_ bytes: ByteBuffer, on loop: EventLoop) {
        bytes.withUnsafeReadableBytes { raw in
            var index = 0
            while index < raw.count {
                if frameStarted == nil { begin(on: loop) }
                if headerSeen < WireProtocol.headerBytes {
                    let taken = min(WireProtocol.headerBytes - headerSeen, raw.count - index)
                    // The length is the first four header bytes, big-endian.
                    for offset in 0..<taken where headerSeen + offset < 4 {
                        lengthSoFar = lengthSoFar << 8 | Int(raw[index + offset])
                    }
                    headerSeen += taken
                    frameReceived += taken
                    index += taken
                    if headerSeen == WireProtocol.headerBytes {
                        frameLength = lengthSoFar
                        payloadRemaining = lengthSoFar
                        if lengthSoFar == 0 { end() }
                    }
                } else {
                    let taken = min(payloadRemaining, raw.count - index)
                    payloadRemaining -= taken
                    frameReceived += taken
                    index += taken
                    if payloadRemaining == 0 { end() }
                }
            }
        }
    }

    /// One timer at most, never cancelled per frame: a flood of small frames must not cost a
    /// schedule and a cancel each. When it fires it checks whichever frame is in progress then.
    private func begin(on loop: EventLoop) {
        let now = NIODeadline.now()
        frameStarted = now
        frameReceived = 0
        frameLength = nil
        if timer == nil { schedule(at: now + grace, on: loop) }
    }

    private func end() {
        headerSeen = 0
        lengthSoFar = 0
        payloadRemaining = 0
        frameStarted = nil
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
        timer = nil
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
