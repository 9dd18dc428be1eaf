import ClaimModel
import NIOCore

// Payload encodings of every message (PROTOCOL.md §6), writer and reader side by side.

extension ByteBuffer {
    /// Appends the payload of `message` (no header, never compressed).
    mutating func writePayload(of message: Message) {
        switch message {
        case .hello(let h):
            writeInteger(h.role.rawValue)
            writeInteger(h.minVersion, endianness: .big)
            writeInteger(h.maxVersion, endianness: .big)
            writeWireString(h.software)
            writeOptionalString(h.token)
            writeLimits(h.limits)
            writeList(h.dictionaries) { $0.writeInteger($1, endianness: .big) }
        case .welcome(let w):
            writeInteger(w.version, endianness: .big)
            writeInteger(w.role.rawValue)
            writeWireString(w.software)
            writeLimits(w.limits)
            writeOptional(w.dictionary) { $0.writeInteger($1, endianness: .big) }
        case .error(let e):
            writeInteger(e.code.rawValue, endianness: .big)
            writeWireString(e.message)
            writeWireBool(e.closesConnection)
            writeOptional(e.requestID) { $0.writeVarint($1) }
        case .ping(let nonce), .pong(let nonce):
            writeVarint(nonce)
        case .submitArticles(let s):
            writeVarint(s.requestID)
            writeList(s.articles) { $0.writeArticle($1) }
        case .ingestBatch(let b):
            writeVarint(b.requestID)
            writeList(b.articles) { $0.writeAnalyzedArticle($1) }
        case .ack(let a):
            writeVarint(a.requestID)
            writeList(a.articles) { $0.writeArticleAck($1) }
        case .query(let q):
            writeVarint(q.requestID)
            writeQuery(q.query)
        case .queryResult(let r):
            writeVarint(r.requestID)
            writeQueryResult(r.result)
        }
    }

    mutating func writeLimits(_ l: WireLimits) {
        writeVarint(UInt64(max(0, l.maxFrameBytes)))
        writeVarint(UInt64(max(0, l.maxDecompressedBytes)))
        writeVarint(UInt64(max(0, l.maxArticlesPerBatch)))
        writeVarint(UInt64(max(0, l.maxStringBytes)))
        writeVarint(UInt64(max(0, l.maxListCount)))
    }

    mutating func writeArticleAck(_ a: ArticleAck) {
        writeWireString(a.ref)
        writeOptional(a.id) { $0.writeArticleID($1) }
        switch a.outcome {
        case .accepted: writeInteger(0 as UInt8)
        case .duplicate: writeInteger(1 as UInt8)
        case .rejected(let reason):
            writeInteger(2 as UInt8)
            writeWireString(reason)
        }
        writeSignedVarint(a.mentionCount)
    }

    mutating func writeQuery(_ query: Query) {
        switch query {
        case .stories(let limit):
            writeInteger(0 as UInt8)
            writeSignedVarint(limit)
        case .story(let id):
            writeInteger(1 as UInt8)
            writeWireString(id)
        case .claims(let filter):
            writeInteger(2 as UInt8)
            writeClaimFilter(filter)
        case .claim(let id):
            writeInteger(3 as UInt8)
            writeWireString(id)
        case .conflicts(let story):
            writeInteger(4 as UInt8)
            writeOptionalString(story)
        case .stats:
            writeInteger(5 as UInt8)
        case .export:
            writeInteger(6 as UInt8)
        }
    }

    mutating func writeQueryResult(_ result: QueryResult) {
        switch result {
        case .stories(let summaries):
            writeInteger(0 as UInt8)
            writeList(summaries) { $0.writeStorySummary($1) }
        case .story(let export):
            writeInteger(1 as UInt8)
            writeGraphExport(export)
        case .claims(let claims):
            writeInteger(2 as UInt8)
            writeList(claims) { $0.writeClaimRecord($1) }
        case .claim(let evidence):
            writeInteger(3 as UInt8)
            writeClaimEvidence(evidence)
        case .conflicts(let export):
            writeInteger(4 as UInt8)
            writeGraphExport(export)
        case .stats(let stats):
            writeInteger(5 as UInt8)
            writeGraphStats(stats)
        case .export(let export):
            writeInteger(6 as UInt8)
            writeGraphExport(export)
        case .notFound(let what):
            writeInteger(7 as UInt8)
            writeWireString(what)
        }
    }
}

extension PayloadReader {
    /// Reads the whole payload as a message of `type`, refusing trailing bytes.
    mutating func readMessage(_ type: MessageType) throws(WireProtocolError) -> Message {
        let message: Message
        switch type {
        case .hello: message = .hello(try readHello())
        case .welcome: message = .welcome(try readWelcome())
        case .error: message = .error(try readError())
        case .ping: message = .ping(try readVarint("ping.nonce"))
        case .pong: message = .pong(try readVarint("pong.nonce"))
        case .submitArticles:
            let id = try readVarint("submit.requestID")
            let articles = try readList(
                "submit.articles", limit: limits.maxArticlesPerBatch, minimumElementBytes: 6
            ) { (r: inout PayloadReader) throws(WireProtocolError) in try r.readArticle() }
            message = .submitArticles(SubmitArticles(requestID: id, articles: articles))
        case .ingestBatch:
            let id = try readVarint("ingest.requestID")
            let articles = try readList(
                "ingest.articles", limit: limits.maxArticlesPerBatch, minimumElementBytes: 21
            ) { (r: inout PayloadReader) throws(WireProtocolError) in try r.readAnalyzedArticle() }
            message = .ingestBatch(IngestBatch(requestID: id, articles: articles))
        case .ack:
            let id = try readVarint("ack.requestID")
            let articles = try readList(
                "ack.articles", limit: limits.maxArticlesPerBatch, minimumElementBytes: 4
            ) { (r: inout PayloadReader) throws(WireProtocolError) in try r.readArticleAck() }
            message = .ack(Ack(requestID: id, articles: articles))
        case .query:
            let id = try readVarint("query.requestID")
            message = .query(QueryRequest(requestID: id, query: try readQuery()))
        case .queryResult:
            let id = try readVarint("queryResult.requestID")
            message = .queryResult(QueryResponse(requestID: id, result: try readQueryResult()))
        }
        try expectEnd()
        return message
    }

    mutating func readRole(_ field: String) throws(WireProtocolError) -> PeerRole {
        let raw = try readByte(field)
        guard let role = PeerRole(rawValue: raw) else {
            throw .unknownEnumValue(field: field, value: UInt64(raw))
        }
        return role
    }

    mutating func readLimits() throws(WireProtocolError) -> WireLimits {
        WireLimits(
            maxFrameBytes: try readNonNegativeInt("limits.maxFrameBytes"),
            maxDecompressedBytes: try readNonNegativeInt("limits.maxDecompressedBytes"),
            maxArticlesPerBatch: try readNonNegativeInt("limits.maxArticlesPerBatch"),
            maxStringBytes: try readNonNegativeInt("limits.maxStringBytes"),
            maxListCount: try readNonNegativeInt("limits.maxListCount"))
    }

    mutating func readHello() throws(WireProtocolError) -> Hello {
        let role = try readRole("hello.role")
        let minVersion = try readUInt16("hello.minVersion")
        let maxVersion = try readUInt16("hello.maxVersion")
        let software = try readString("hello.software")
        let token = try readOptionalString("hello.token")
        let peerLimits = try readLimits()
        let dictionaries = try readList(
            "hello.dictionaries", limit: self.limits.maxListCount, minimumElementBytes: 4
        ) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readUInt32("hello.dictionaries")
        }
        return Hello(
            role: role, minVersion: minVersion, maxVersion: maxVersion, software: software, token: token,
            limits: peerLimits, dictionaries: dictionaries)
    }

    mutating func readWelcome() throws(WireProtocolError) -> Welcome {
        let version = try readUInt16("welcome.version")
        let role = try readRole("welcome.role")
        let software = try readString("welcome.software")
        let peerLimits = try readLimits()
        let dictionary = try readOptional("welcome.dictionary") {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readUInt32("welcome.dictionary")
        }
        return Welcome(
            version: version, role: role, software: software, limits: peerLimits, dictionary: dictionary)
    }

    mutating func readError() throws(WireProtocolError) -> ErrorMessage {
        let rawCode = try readUInt16("error.code")
        let text = try readString("error.message")
        let closes = try readBool("error.closesConnection")
        let requestID = try readOptional("error.requestID") {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readVarint("error.requestID")
        }
        return ErrorMessage(
            code: WireErrorCode(rawValue: rawCode) ?? .other, message: text, closesConnection: closes,
            requestID: requestID)
    }

    mutating func readArticleAck() throws(WireProtocolError) -> ArticleAck {
        let ref = try readString("articleAck.ref")
        let id = try readOptional("articleAck.id") {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readArticleID("articleAck.id")
        }
        let code = try readByte("articleAck.outcome")
        let outcome: ArticleOutcome
        switch code {
        case 0: outcome = .accepted
        case 1: outcome = .duplicate
        case 2: outcome = .rejected(reason: try readString("articleAck.reason"))
        default: throw .unknownEnumValue(field: "articleAck.outcome", value: UInt64(code))
        }
        let mentionCount = try readSignedVarint("articleAck.mentionCount")
        return ArticleAck(ref: ref, id: id, outcome: outcome, mentionCount: mentionCount)
    }

    mutating func readQuery() throws(WireProtocolError) -> Query {
        let kind = try readByte("query.kind")
        switch kind {
        case 0: return .stories(limit: try readSignedVarint("query.limit"))
        case 1: return .story(id: try readString("query.story"))
        case 2: return .claims(try readClaimFilter())
        case 3: return .claim(id: try readString("query.claim"))
        case 4: return .conflicts(story: try readOptionalString("query.conflicts.story"))
        case 5: return .stats
        case 6: return .export
        default: throw .unknownEnumValue(field: "query.kind", value: UInt64(kind))
        }
    }

    mutating func readQueryResult() throws(WireProtocolError) -> QueryResult {
        let kind = try readByte("queryResult.kind")
        switch kind {
        case 0:
            return .stories(
                try readList("queryResult.stories", limit: limits.maxListCount, minimumElementBytes: 9) {
                    (r: inout PayloadReader) throws(WireProtocolError) in try r.readStorySummary()
                })
        case 1: return .story(try readGraphExport())
        case 2: return .claims(try readClaimRecords("queryResult.claims"))
        case 3: return .claim(try readClaimEvidence())
        case 4: return .conflicts(try readGraphExport())
        case 5: return .stats(try readGraphStats())
        case 6: return .export(try readGraphExport())
        case 7: return .notFound(what: try readString("queryResult.notFound"))
        default: throw .unknownEnumValue(field: "queryResult.kind", value: UInt64(kind))
        }
    }
}
