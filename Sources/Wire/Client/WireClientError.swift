/// Why a `WireClient` call failed.
public enum WireClientError: Error, Sendable, Hashable {
    /// TCP connect failed or timed out.
    case connectionFailed(host: String, port: Int, reason: String)
    /// The server answered with an `Error` frame.
    case remote(ErrorMessage)
    /// The connection closed before the answer came.
    case connectionClosed
    case timedOut(after: Duration)
    /// The server answered with a message that does not answer the request.
    case unexpectedReply(String)
    /// The server sent bytes this client could not decode; the connection is closed.
    case protocolViolation(WireProtocolError)
    /// The request could not be encoded within the server's limits (a frame too large).
    case encodingFailed(WireProtocolError)
    /// More articles than the server's `maxArticlesPerBatch`.
    case batchTooLarge(count: Int, limit: Int)
}
