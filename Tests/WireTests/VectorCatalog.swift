import ClaimModel
import Foundation
import NIOCore

@testable import Wire

/// The golden and malformed frames of Protocol/vectors/, as values. `writeVectors` turns these
/// into the files; the vector tests read the files back and check them in both directions.
enum VectorCatalog {
    struct Golden {
        var name: String
        var message: Message
        var description: String
    }

    struct Compressed {
        var name: String
        var message: Message
        var useDictionary: Bool
        var description: String
    }

    struct Malformed {
        var name: String
        var bytes: [UInt8]
        var expected: WireErrorCode
        var description: String
    }

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Protocol/vectors")
    }

    static let golden: [Golden] = [
        Golden(name: "ping", message: .ping(1), description: "Ping with nonce 1"),
        Golden(
            name: "pong-large-nonce", message: .pong(300),
            description: "Pong with nonce 300 (two-byte varint)"),
        Golden(
            name: "hello-client",
            message: .hello(
                Hello(
                    role: .client, minVersion: 1, maxVersion: 1, software: "cw/1", token: nil,
                    limits: .default,
                    dictionaries: [1_103_701_227])),
            description:
                "Hello: client, versions 1-1, software cw/1, no token, default limits, dictionary 1103701227"),
        Golden(
            name: "hello-extractor-token",
            message: .hello(
                Hello(
                    role: .extractor, minVersion: 1, maxVersion: 3, software: "x", token: "tök",
                    limits: WireLimits(
                        maxFrameBytes: 1_048_576, maxDecompressedBytes: 4_194_304, maxArticlesPerBatch: 10,
                        maxStringBytes: 65_536, maxListCount: 1_000),
                    dictionaries: [])),
            description:
                "Hello: extractor, versions 1-3, token \"tök\" (UTF-8), small limits, no dictionaries"),
        Golden(
            name: "welcome",
            message: .welcome(
                Welcome(
                    version: 1, role: .aggregator, software: "agg/2", limits: .default,
                    dictionary: 1_103_701_227)),
            description: "Welcome: version 1, aggregator, default limits, dictionary 1103701227"),
        Golden(
            name: "welcome-no-dictionary",
            message: .welcome(
                Welcome(version: 1, role: .extractor, software: "", limits: .default, dictionary: nil)),
            description: "Welcome: version 1, extractor, empty software, no dictionary"),
        Golden(
            name: "error-connection",
            message: .error(ErrorMessage(code: .frameTooLarge, message: "too big", closesConnection: true)),
            description: "Error: frame-too-large (2), closes the connection, no request id"),
        Golden(
            name: "error-request",
            message: .error(
                ErrorMessage(code: .notFound, message: "no story s9", closesConnection: false, requestID: 7)),
            description: "Error: not-found (21) answering request 7, connection stays open"),
        Golden(
            name: "submit-articles",
            message: .submitArticles(
                SubmitArticles(
                    requestID: 1,
                    articles: [
                        Article(
                            ref: "a#1", outlet: "Ex", title: "T", url: nil,
                            published: Day(year: 2025, month: 1, day: 22), text: "Acme spent $5bn in 2024.")
                    ])),
            description: "SubmitArticles: request 1, one article with outlet and date, no url"),
        Golden(
            name: "ingest-batch",
            message: .ingestBatch(
                IngestBatch(
                    requestID: 2,
                    articles: [
                        AnalyzedArticle(
                            id: ArticleID("ab12"),
                            article: Article(
                                ref: "a#1", title: "T", text: "Acme spent about $5bn in 2024. Acme denied it."
                            ),
                            mentions: [
                                Mention(
                                    subject: "Acme", measure: "capital expenditure",
                                    quantity: Quantity(
                                        values: [Value(amount: 5e9, unit: .usd, resolution: 1e9)],
                                        bound: .approx),
                                    period: .year(2024), attribution: nil, hedged: false,
                                    evidence: TextSpan(start: 0, end: 30), passage: 0)
                            ],
                            denials: [
                                Denial(
                                    party: "Acme", target: nil, subject: "Acme", topics: ["capex"],
                                    evidence: TextSpan(start: 31, end: 46), passage: 0)
                            ],
                            features: ArticleFeatures(
                                textHash: "cd34", simhash: 0x0102_0304_0506_0708,
                                entities: [EntityCount(name: "Acme", count: 2)], keyTerms: ["capex"],
                                passages: [
                                    Passage(
                                        span: TextSpan(start: 0, end: 46), isMain: true, entities: ["Acme"])
                                ]))
                    ])),
            description: "IngestBatch: request 2, one analysed article with one mention, one denial, features"
        ),
        Golden(
            name: "ack",
            message: .ack(
                Ack(
                    requestID: 2,
                    articles: [
                        ArticleAck(ref: "a#1", id: ArticleID("ab12"), outcome: .accepted, mentionCount: 1),
                        ArticleAck(ref: "a#2", id: ArticleID("ab13"), outcome: .duplicate, mentionCount: 0),
                        ArticleAck(ref: "a#3", id: nil, outcome: .rejected(reason: "empty"), mentionCount: 0),
                    ])),
            description: "Ack: request 2, accepted / duplicate / rejected(\"empty\")"),
        Golden(
            name: "query-stories",
            message: .query(QueryRequest(requestID: 3, query: .stories(limit: 20))),
            description: "Query: request 3, stories, limit 20"),
        Golden(
            name: "query-story", message: .query(QueryRequest(requestID: 4, query: .story(id: "s1"))),
            description: "Query: request 4, story s1"),
        Golden(
            name: "query-claims",
            message: .query(
                QueryRequest(
                    requestID: 5,
                    query: .claims(
                        ClaimFilter(entity: "Acme", story: nil, status: .contested, minSources: 2, limit: 0)))
            ),
            description: "Query: request 5, claims of entity Acme, status contested, min 2 sources, no limit"),
        Golden(
            name: "query-claim", message: .query(QueryRequest(requestID: 6, query: .claim(id: "c1"))),
            description: "Query: request 6, claim c1"),
        Golden(
            name: "query-conflicts",
            message: .query(QueryRequest(requestID: 7, query: .conflicts(story: "s1"))),
            description: "Query: request 7, conflicts of story s1"),
        Golden(
            name: "query-stats", message: .query(QueryRequest(requestID: 8, query: .stats)),
            description: "Query: request 8, stats"),
        Golden(
            name: "query-export", message: .query(QueryRequest(requestID: 9, query: .export)),
            description: "Query: request 9, export"),
        Golden(
            name: "result-stories",
            message: .queryResult(QueryResponse(requestID: 3, result: .stories([Fixtures.summary]))),
            description: "QueryResult: request 3, one story summary"),
        Golden(
            name: "result-story",
            message: .queryResult(QueryResponse(requestID: 4, result: .story(Fixtures.export))),
            description: "QueryResult: request 4, story slice (article, story, claim, conflict, denial)"),
        Golden(
            name: "result-claims",
            message: .queryResult(QueryResponse(requestID: 5, result: .claims([Fixtures.claim]))),
            description: "QueryResult: request 5, one claim"),
        Golden(
            name: "result-claim",
            message: .queryResult(QueryResponse(requestID: 6, result: .claim(Fixtures.evidence))),
            description: "QueryResult: request 6, claim evidence with one sentence"),
        Golden(
            name: "result-conflicts",
            message: .queryResult(
                QueryResponse(
                    requestID: 7,
                    result: .conflicts(
                        GraphExport(
                            claims: [Fixtures.claim],
                            conflicts: [ConflictRecord(claims: ["c1", "c2"], kind: .divergentFigures)])))),
            description: "QueryResult: request 7, conflicts: one claim, one divergent-figures conflict"),
        Golden(
            name: "result-stats",
            message: .queryResult(
                QueryResponse(
                    requestID: 8,
                    result: .stats(
                        GraphStats(
                            articles: 10, duplicates: 1, mentions: 40, claims: 12, stories: 2, conflicts: 1,
                            denials: 1,
                            outlets: 9)))),
            description: "QueryResult: request 8, stats"),
        Golden(
            name: "result-export",
            message: .queryResult(QueryResponse(requestID: 9, result: .export(GraphExport()))),
            description: "QueryResult: request 9, an empty export"),
        Golden(
            name: "result-not-found",
            message: .queryResult(QueryResponse(requestID: 6, result: .notFound(what: "claim c9"))),
            description: "QueryResult: request 6, not found \"claim c9\""),
    ]

    static var compressedArticle: Message {
        var traffic = SyntheticTraffic(seed: 77)
        let article = traffic.analyzedArticle(index: 1, targetBytes: 2_000, mentions: 10).article
        return .submitArticles(SubmitArticles(requestID: 42, articles: [article]))
    }

    static let compressed: [Compressed] = [
        Compressed(
            name: "submit-articles-zstd", message: compressedArticle, useDictionary: false,
            description: "SubmitArticles (synthetic seed 77), zstd level 1 without dictionary"),
        Compressed(
            name: "submit-articles-zstd-dictionary", message: compressedArticle, useDictionary: true,
            description: "SubmitArticles (synthetic seed 77), zstd level 1 with dictionary 1103701227"),
    ]

    // MARK: - Malformed frames

    static func frame(
        type: UInt16, payload: [UInt8], flags: UInt16 = 0, version: UInt16 = 1, length: UInt32? = nil
    ) -> [UInt8] {
        let n = length ?? UInt32(payload.count)
        return [
            UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF),
            UInt8(version >> 8), UInt8(version & 0xFF), UInt8(flags >> 8), UInt8(flags & 0xFF),
            UInt8(type >> 8), UInt8(type & 0xFF),
        ] + payload
    }

    static let zstdMagic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]

    /// A zstd frame with no declared content size and a 1 MiB window, made of `blocks` RLE blocks of
    /// 128 KiB each: it inflates to `blocks` × 131,072 bytes.
    static func rleBomb(blocks: Int) -> [UInt8] {
        var bytes = zstdMagic + [0x00, 0x50]
        for i in 0..<blocks {
            let last: UInt32 = i == blocks - 1 ? 1 : 0
            let header: UInt32 = (131_072 << 3) | (1 << 1) | last
            bytes += [UInt8(header & 0xFF), UInt8((header >> 8) & 0xFF), UInt8(header >> 16), 0x41]
        }
        return bytes
    }

    /// Single-segment zstd frame: one raw block holding `content`, an optional one-byte dictionary id.
    static func rawZstd(_ content: [UInt8], dictionaryID: UInt8? = nil) -> [UInt8] {
        let descriptor: UInt8 = 0x20 | (dictionaryID == nil ? 0 : 0x01)
        var bytes = zstdMagic + [descriptor]
        if let dictionaryID { bytes.append(dictionaryID) }
        bytes.append(UInt8(content.count))
        let header = UInt32(content.count) << 3 | 1
        bytes += [UInt8(header & 0xFF), UInt8((header >> 8) & 0xFF), UInt8(header >> 16)]
        return bytes + content
    }

    static var malformed: [Malformed] {
        let ping: UInt16 = 0x0004
        let error: UInt16 = 0x0003
        let hello: UInt16 = 0x0001
        let submit: UInt16 = 0x0010
        let pingPayload: [UInt8] = [0x01]
        return [
            Malformed(
                name: "header-4gib", bytes: frame(type: ping, payload: [], length: 0xFFFF_FFFF),
                expected: .frameTooLarge,
                description: "bare header announcing a 4 GiB payload"),
            Malformed(
                name: "header-over-limit", bytes: frame(type: ping, payload: [], length: 16 * 1_048_576 + 1),
                expected: .frameTooLarge, description: "bare header announcing 16 MiB + 1 byte"),
            Malformed(
                name: "version-0", bytes: frame(type: ping, payload: pingPayload, version: 0),
                expected: .unsupportedVersion,
                description: "Ping in a version-0 header"),
            Malformed(
                name: "version-2", bytes: frame(type: ping, payload: pingPayload, version: 2),
                expected: .unsupportedVersion,
                description: "Ping in a version-2 header (newer than this spec)"),
            Malformed(
                name: "reserved-flag", bytes: frame(type: ping, payload: pingPayload, flags: 0x0004),
                expected: .badFlags,
                description: "Ping with reserved flag bit 2 set"),
            Malformed(
                name: "dictionary-without-compressed",
                bytes: frame(type: ping, payload: pingPayload, flags: 0x0002),
                expected: .badFlags, description: "Ping with the dictionary flag but not the compressed flag"),
            Malformed(
                name: "unknown-type", bytes: frame(type: 0x7777, payload: [1, 2, 3]),
                expected: .unknownMessageType,
                description: "message type 0x7777 with a 3-byte payload (connection stays open)"),
            Malformed(
                name: "trailing-byte", bytes: frame(type: ping, payload: [0x01, 0x00]),
                expected: .trailingBytes,
                description: "Ping whose payload has one byte after the nonce"),
            Malformed(
                name: "empty-ping", bytes: frame(type: ping, payload: []), expected: .malformedFrame,
                description: "Ping with an empty payload (nonce missing)"),
            Malformed(
                name: "varint-overlong",
                bytes: frame(type: ping, payload: [UInt8](repeating: 0xFF, count: 10) + [0x01]),
                expected: .malformedFrame,
                description: "Ping nonce varint of 11 bytes"),
            Malformed(
                name: "varint-overflow",
                bytes: frame(type: ping, payload: [UInt8](repeating: 0xFF, count: 9) + [0x02]),
                expected: .malformedFrame,
                description: "Ping nonce varint of 10 bytes whose value exceeds 2^64 - 1"),
            Malformed(
                name: "varint-not-minimal", bytes: frame(type: ping, payload: [0x81, 0x00]),
                expected: .malformedFrame,
                description: "Ping nonce 1 encoded in two bytes (81 00)"),
            Malformed(
                name: "bool-not-0-or-1", bytes: frame(type: error, payload: [0x00, 0x01, 0x00, 0x02]),
                expected: .malformedFrame, description: "Error whose closesConnection byte is 2"),
            Malformed(
                name: "unknown-role",
                bytes: frame(
                    type: hello, payload: [0x09, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 1, 1, 1, 1, 1, 0x00]),
                expected: .malformedFrame, description: "Hello with role 9"),
            Malformed(
                name: "invalid-utf8",
                bytes: frame(type: error, payload: [0x00, 0x01, 0x02, 0xC3, 0x28, 0x01, 0x00]),
                expected: .invalidUTF8, description: "Error whose message is the bytes C3 28 (not UTF-8)"),
            Malformed(
                name: "string-past-end", bytes: frame(type: error, payload: [0x00, 0x01, 0x05, 0x61, 0x62]),
                expected: .malformedFrame, description: "Error whose message declares 5 bytes with 2 left"),
            Malformed(
                name: "string-over-limit",
                bytes: frame(type: error, payload: [0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
                expected: .limitExceeded,
                description: "Error whose message declares 4 GiB - 1 bytes (above maxStringBytes)"),
            Malformed(
                name: "batch-over-limit", bytes: frame(type: submit, payload: [0x01, 0xE9, 0x07]),
                expected: .limitExceeded,
                description: "SubmitArticles declaring 1001 articles (above maxArticlesPerBatch)"),
            Malformed(
                name: "count-past-end", bytes: frame(type: submit, payload: [0x01, 0x05, 0x00]),
                expected: .malformedFrame,
                description: "SubmitArticles declaring 5 articles with 1 byte left"),
            Malformed(
                name: "invalid-date",
                bytes: frame(
                    type: submit,
                    payload: [0x01, 0x01, 0x01, 0x61, 0x00, 0x01, 0x74, 0x00, 0x01, 0x07, 0xE9, 13, 1, 0x00]),
                expected: .malformedFrame, description: "SubmitArticles whose article is published 2025-13-01"
            ),
            Malformed(
                name: "unknown-query-kind", bytes: frame(type: 0x0020, payload: [0x01, 0x09]),
                expected: .malformedFrame,
                description: "Query with kind 9"),
            Malformed(
                name: "not-zstd", bytes: frame(type: ping, payload: Array("not zstd".utf8), flags: 0x0001),
                expected: .decompressionFailed, description: "compressed flag set, payload is plain text"),
            Malformed(
                name: "zstd-corrupt",
                bytes: frame(type: ping, payload: zstdMagic + [0xFF, 0xFF, 0xFF, 0xFF], flags: 0x0001),
                expected: .decompressionFailed, description: "compressed flag, zstd magic followed by garbage"
            ),
            Malformed(
                name: "zstd-trailing",
                bytes: frame(type: ping, payload: rawZstd([0x01]) + [0x00], flags: 0x0001),
                expected: .trailingBytes,
                description: "compressed Ping: one valid zstd frame then one extra byte"),
            Malformed(
                name: "zstd-declared-too-large",
                bytes: frame(
                    type: ping,
                    payload: zstdMagic + [0xE0, 0, 0, 0, 0, 0, 1, 0, 0] + [0x03, 0x00, 0x10, 0x41],
                    flags: 0x0001),
                expected: .limitExceeded, description: "zstd frame declaring 2^40 bytes of content"),
            Malformed(
                name: "zstd-bomb-undeclared",
                bytes: frame(type: ping, payload: rleBomb(blocks: 513), flags: 0x0001),
                expected: .limitExceeded,
                description: "zstd frame without content size that inflates to 513 × 128 KiB (past 64 MiB)"),
            Malformed(
                name: "zstd-window-too-large",
                bytes: frame(
                    type: ping, payload: zstdMagic + [0x00, 0xA0] + [0x01, 0x00, 0x00], flags: 0x0001),
                expected: .decompressionFailed,
                description: "zstd frame asking for a 1 GiB window (above 2^23)"),
            Malformed(
                name: "zstd-unknown-dictionary",
                bytes: frame(type: ping, payload: rawZstd([0x01], dictionaryID: 5), flags: 0x0003),
                expected: .decompressionFailed,
                description: "zstd frame referencing dictionary 5, which nobody holds"),
            Malformed(
                name: "zstd-dictionary-flag-mismatch",
                bytes: frame(type: ping, payload: rawZstd([0x01]), flags: 0x0003),
                expected: .decompressionFailed,
                description: "dictionary flag set, zstd frame names no dictionary"),
        ]
    }
}
