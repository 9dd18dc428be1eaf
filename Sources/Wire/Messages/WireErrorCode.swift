/// The numeric code an `Error` frame carries. Codes are stable across versions; new ones may be
/// added, and a code a receiver does not know decodes as `.other`.
public enum WireErrorCode: UInt16, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A field could not be read: truncated, a varint too long or not minimal, a bool not 0/1,
    /// an enum value out of range, a date or period not valid.
    case malformedFrame = 1
    /// A header announced a payload larger than the receiver's `maxFrameBytes`.
    case frameTooLarge = 2
    /// The frame header's version, or the `Hello` version range, is not one the receiver speaks.
    case unsupportedVersion = 3
    /// The frame's message type is not one the receiver knows (the connection stays open).
    case unknownMessageType = 4
    /// Reserved flag bits set, or the dictionary bit without the compressed bit.
    case badFlags = 5
    /// The compressed flag was set but the payload is not a single valid zstd frame, or it
    /// references a dictionary the receiver does not have.
    case decompressionFailed = 6
    /// A string field is not valid UTF-8.
    case invalidUTF8 = 7
    /// The payload (or the zstd frame) has bytes after the message ends.
    case trailingBytes = 8
    /// A string, list, batch or decompressed size exceeds the receiver's limits.
    case limitExceeded = 9
    /// A message other than `Hello` arrived before the handshake finished.
    case handshakeRequired = 10
    /// The peer's role is not accepted on this listener.
    case roleNotAllowed = 11
    /// The role requires a token and the one given is missing or wrong.
    case unauthorized = 12
    /// The server is at its connection limit.
    case tooManyConnections = 13
    /// The connection was idle longer than the server's idle timeout.
    case idleTimeout = 14
    /// A known message that makes no sense in this direction or state (a `Welcome` sent to a server).
    case unexpectedMessage = 15
    /// The service cannot do it now (store read-only, aggregator unreachable, shutting down).
    case unavailable = 20
    /// The request names something that does not exist.
    case notFound = 21
    /// The request is well formed but its content is refused (an article failing validation).
    case invalidRequest = 22
    /// The service failed unexpectedly.
    case internalError = 99
    /// A code this implementation does not know; the message text says more.
    case other = 65535

    public var description: String {
        switch self {
        case .malformedFrame: return "malformed-frame"
        case .frameTooLarge: return "frame-too-large"
        case .unsupportedVersion: return "unsupported-version"
        case .unknownMessageType: return "unknown-message-type"
        case .badFlags: return "bad-flags"
        case .decompressionFailed: return "decompression-failed"
        case .invalidUTF8: return "invalid-utf8"
        case .trailingBytes: return "trailing-bytes"
        case .limitExceeded: return "limit-exceeded"
        case .handshakeRequired: return "handshake-required"
        case .roleNotAllowed: return "role-not-allowed"
        case .unauthorized: return "unauthorized"
        case .tooManyConnections: return "too-many-connections"
        case .idleTimeout: return "idle-timeout"
        case .unexpectedMessage: return "unexpected-message"
        case .unavailable: return "unavailable"
        case .notFound: return "not-found"
        case .invalidRequest: return "invalid-request"
        case .internalError: return "internal-error"
        case .other: return "other"
        }
    }
}
