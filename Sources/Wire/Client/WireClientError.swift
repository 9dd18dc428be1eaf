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
    /// TLS could not be set up with the server: it speaks plaintext, its certificate is not
    /// trusted or does not carry the name connected to, or the handshake failed otherwise.
    case tls(TLSFailure)
    /// The client's TLS files could not be loaded; nothing was sent.
    case tlsConfiguration(WireTLSError)
}
