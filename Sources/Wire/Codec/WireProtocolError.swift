/// Why a frame could not be read (or written): each case carries the facts, and maps to the
/// `WireErrorCode` sent back in the `Error` frame.
public enum WireProtocolError: Error, Sendable, Hashable {
    /// The header announces more payload bytes than the limit allows.
    case frameTooLarge(length: Int, limit: Int)
    case unsupportedVersion(version: UInt16, supported: ClosedRange<UInt16>)
    case unknownMessageType(type: UInt16)
    case badFlags(flags: UInt16)
    /// A field needs more bytes than remain in the payload.
    case truncated(field: String, needed: Int, remaining: Int)
    /// A varint longer than 10 bytes or above 2^64 - 1.
    case overlongVarint(field: String)
    /// A multi-byte varint whose last byte is zero (the value has a shorter encoding).
    case nonMinimalVarint(field: String)
    case invalidBool(field: String, byte: UInt8)
    case unknownEnumValue(field: String, value: UInt64)
    /// A value that does not fit the Swift type it decodes to (a limit above `Int.max`).
    case integerOutOfRange(field: String, value: UInt64)
    case invalidDay(year: Int, month: Int, day: Int)
    case invalidPeriod(String)
    case invalidUTF8(field: String)
    case stringTooLong(field: String, length: Int, limit: Int)
    case listTooLong(field: String, count: Int, limit: Int)
    /// The message ended with bytes of the payload left over.
    case trailingBytes(count: Int)
    /// The compressed flag is set but the payload does not start with the zstd magic number.
    case notZstd(firstBytes: [UInt8])
    /// libzstd refused the payload (corrupt, truncated, window too large, ...).
    case decompressionFailed(reason: String)
    /// The decompressed payload would exceed the limit; `declared` is the size the zstd frame
    /// announced, nil when it announced none and the limit was hit while streaming.
    case decompressedTooLarge(declared: Int?, limit: Int)
    /// The zstd frame references a dictionary the receiver does not hold.
    case unknownDictionary(id: UInt32)
    /// The dictionary flag and the zstd frame's dictionary id disagree.
    case dictionaryFlagMismatch(flagged: Bool, frameDictionary: UInt32)
    /// Bytes after the single zstd frame of a compressed payload.
    case trailingCompressedBytes(count: Int)
    /// libzstd failed to compress (sending side).
    case compressionFailed(reason: String)

    /// The code sent in the `Error` frame answering this.
    public var code: WireErrorCode {
        switch self {
        case .frameTooLarge: return .frameTooLarge
        case .unsupportedVersion: return .unsupportedVersion
        case .unknownMessageType: return .unknownMessageType
        case .badFlags: return .badFlags
        case .truncated, .overlongVarint, .nonMinimalVarint, .invalidBool, .unknownEnumValue,
            .integerOutOfRange, .invalidDay, .invalidPeriod:
            return .malformedFrame
        case .invalidUTF8: return .invalidUTF8
        case .stringTooLong, .listTooLong, .decompressedTooLarge: return .limitExceeded
        case .trailingBytes, .trailingCompressedBytes: return .trailingBytes
        case .notZstd, .decompressionFailed, .unknownDictionary, .dictionaryFlagMismatch:
            return .decompressionFailed
        case .compressionFailed: return .internalError
        }
    }

    /// True when the stream is still framed correctly after this error, so the connection can go
    /// on (only an unknown message type: its payload was skipped whole).
    public var isRecoverable: Bool {
        if case .unknownMessageType = self { return true }
        return false
    }
}
