/// An `Error` frame: what went wrong, and whether the sender closes the connection after it.
public struct ErrorMessage: Sendable, Hashable, Error {
    public var code: WireErrorCode
    /// Human-readable detail; not for matching.
    public var message: String
    /// True when the sender closes the connection right after this frame.
    public var closesConnection: Bool
    /// The request this answers, when it answers one; nil for connection-level errors.
    public var requestID: UInt64?

    public init(code: WireErrorCode, message: String, closesConnection: Bool, requestID: UInt64? = nil) {
        self.code = code
        self.message = message
        self.closesConnection = closesConnection
        self.requestID = requestID
    }
}
