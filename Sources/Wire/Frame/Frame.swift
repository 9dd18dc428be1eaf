import NIOCore

/// A header and its payload exactly as they travel (the payload still compressed when flagged).
public struct Frame: Sendable, Hashable {
    public var header: FrameHeader
    public var payload: ByteBuffer

    public init(header: FrameHeader, payload: ByteBuffer) {
        self.header = header
        self.payload = payload
    }

    /// Takes one whole frame off the front of `buffer`; nil (and `buffer` untouched) when it does
    /// not hold one yet. The header is validated first, so an oversized length is refused before
    /// its payload is waited for.
    public static func read(
        from buffer: inout ByteBuffer, maxFrameBytes: Int,
        supportedVersions: ClosedRange<UInt16> = WireProtocol.supportedVersions
    ) throws(WireProtocolError) -> Frame? {
        guard let header = FrameHeader.peek(in: buffer) else { return nil }
        try header.validate(maxFrameBytes: maxFrameBytes, supportedVersions: supportedVersions)
        let total = WireProtocol.headerBytes + Int(header.length)
        guard buffer.readableBytes >= total,
            let payload = buffer.getSlice(
                at: buffer.readerIndex + WireProtocol.headerBytes, length: Int(header.length))
        else { return nil }
        buffer.moveReaderIndex(forwardBy: total)
        return Frame(header: header, payload: payload)
    }

    /// Appends header and payload to `buffer`.
    public func write(to buffer: inout ByteBuffer) {
        header.write(to: &buffer)
        var payload = payload
        buffer.writeBuffer(&payload)
    }
}
