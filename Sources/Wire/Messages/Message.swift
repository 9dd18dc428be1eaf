/// Every message of the protocol. The frame header's type field says which one a payload holds.
public enum Message: Sendable, Hashable {
    case hello(Hello)
    case welcome(Welcome)
    case error(ErrorMessage)
    /// A nonce, echoed by `pong`.
    case ping(UInt64)
    case pong(UInt64)
    case submitArticles(SubmitArticles)
    case ingestBatch(IngestBatch)
    case ack(Ack)
    case query(QueryRequest)
    case queryResult(QueryResponse)

    /// The type number this message is sent under.
    public var type: MessageType {
        switch self {
        case .hello: return .hello
        case .welcome: return .welcome
        case .error: return .error
        case .ping: return .ping
        case .pong: return .pong
        case .submitArticles: return .submitArticles
        case .ingestBatch: return .ingestBatch
        case .ack: return .ack
        case .query: return .query
        case .queryResult: return .queryResult
        }
    }

    /// The request id of a request or its answer; nil for handshake, ping/pong and
    /// connection-level errors.
    public var requestID: UInt64? {
        switch self {
        case .submitArticles(let m): return m.requestID
        case .ingestBatch(let m): return m.requestID
        case .ack(let m): return m.requestID
        case .query(let m): return m.requestID
        case .queryResult(let m): return m.requestID
        case .error(let m): return m.requestID
        case .hello, .welcome, .ping, .pong: return nil
        }
    }
}

/// The single registry of message type numbers (frame header bytes 8–9).
public enum MessageType: UInt16, Sendable, Hashable, CaseIterable {
    case hello = 0x0001
    case welcome = 0x0002
    case error = 0x0003
    case ping = 0x0004
    case pong = 0x0005
    case submitArticles = 0x0010
    case ingestBatch = 0x0011
    case ack = 0x0012
    case query = 0x0020
    case queryResult = 0x0021
}
