import NIOCore

/// Splits a byte stream into frames. Wrap it in `ByteToMessageHandler`.
///
/// The header is validated as soon as its 10 bytes are in: a version this side does not speak,
/// a length above `maxFrameBytes` or reserved flags throw before the payload is buffered.
public struct FrameDecoder: NIOSingleStepByteToMessageDecoder {
    public typealias InboundOut = Frame

    public var maxFrameBytes: Int
    public var supportedVersions: ClosedRange<UInt16>

    public init(
        maxFrameBytes: Int = WireLimits.defaultMaxFrameBytes,
        supportedVersions: ClosedRange<UInt16> = WireProtocol.supportedVersions
    ) {
        self.maxFrameBytes = maxFrameBytes
        self.supportedVersions = supportedVersions
    }

    public mutating func decode(buffer: inout ByteBuffer) throws -> Frame? {
        try Frame.read(from: &buffer, maxFrameBytes: maxFrameBytes, supportedVersions: supportedVersions)
    }

    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> Frame? {
        try decode(buffer: &buffer)
    }
}
