import NIOCore

/// The flag bits of a frame header. Bits not listed here are reserved and must be zero.
public struct FrameFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The payload is one zstd frame.
    public static let compressed = FrameFlags(rawValue: 0x0001)
    /// The zstd frame was compressed with a dictionary (its id is in the zstd frame header).
    public static let dictionary = FrameFlags(rawValue: 0x0002)
    /// Every bit this version defines.
    public static let known: FrameFlags = [.compressed, .dictionary]
}

/// The fixed 10-byte header in front of every payload. All integers big-endian.
///
/// ```
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                  payload length (u32, bytes)                  |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |     protocol version (u16)    |          flags (u16)          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |      message type (u16)       |  payload (length bytes) ...
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// ```
public struct FrameHeader: Sendable, Hashable {
    /// Bytes of payload after the header (as sent: compressed size when compressed).
    public var length: UInt32
    public var version: UInt16
    public var flags: FrameFlags
    /// The raw message type; see `MessageType`.
    public var type: UInt16

    public init(length: UInt32, version: UInt16, flags: FrameFlags, type: UInt16) {
        self.length = length
        self.version = version
        self.flags = flags
        self.type = type
    }

    /// Reads a header at the reader index without moving it; nil when fewer than 10 bytes are there.
    public static func peek(in buffer: ByteBuffer) -> FrameHeader? {
        let at = buffer.readerIndex
        guard buffer.readableBytes >= WireProtocol.headerBytes,
            let length = buffer.getInteger(at: at, endianness: .big, as: UInt32.self),
            let version = buffer.getInteger(at: at + 4, endianness: .big, as: UInt16.self),
            let flags = buffer.getInteger(at: at + 6, endianness: .big, as: UInt16.self),
            let type = buffer.getInteger(at: at + 8, endianness: .big, as: UInt16.self)
        else { return nil }
        return FrameHeader(length: length, version: version, flags: FrameFlags(rawValue: flags), type: type)
    }

    /// Checks, in this order, the version, the announced length and the flags (PROTOCOL.md §3.2).
    /// Runs before any of the payload is buffered.
    public func validate(
        maxFrameBytes: Int, supportedVersions: ClosedRange<UInt16> = WireProtocol.supportedVersions
    ) throws(WireProtocolError) {
        guard supportedVersions.contains(version) else {
            throw .unsupportedVersion(version: version, supported: supportedVersions)
        }
        guard Int(length) <= maxFrameBytes else {
            throw .frameTooLarge(length: Int(length), limit: maxFrameBytes)
        }
        guard FrameFlags.known.isSuperset(of: flags),
            !flags.contains(.dictionary) || flags.contains(.compressed)
        else { throw .badFlags(flags: flags.rawValue) }
    }

    func write(to buffer: inout ByteBuffer) {
        buffer.writeInteger(length, endianness: .big)
        buffer.writeInteger(version, endianness: .big)
        buffer.writeInteger(flags.rawValue, endianness: .big)
        buffer.writeInteger(type, endianness: .big)
    }
}
