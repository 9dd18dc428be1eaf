import CZstd
import ClaimModel
import NIOCore
import NIOTestUtils
import Testing

@testable import Wire

/// Decoding is total: a message, "need more", or a typed error, whatever the bytes.
@Suite struct DecoderTotalityTests {
    @Test func everyProperPrefixNeedsMore() throws {
        let codec = FrameCodec()
        for message in Fixtures.messages + [
            Message.ingestBatch(IngestBatch(requestID: 9, articles: [Fixtures.analyzed]))
        ] {
            let bytes = Array(try codec.encode(message).readableBytesView)
            for length in 0..<bytes.count {
                var buffer = ByteBuffer(bytes: bytes[0..<length])
                #expect(try codec.decode(from: &buffer) == nil, "prefix \(length) of \(message.type)")
                #expect(buffer.readableBytes == length)
            }
        }
    }

    @Test func byteAtATimeAndAllAtOnce() throws {
        let codec = FrameCodec()
        let frames = try Fixtures.messages.prefix(14).map { try codec.frame(for: $0) }
        var all = ByteBuffer()
        for frame in frames { frame.write(to: &all) }
        try ByteToMessageDecoderVerifier.verifyDecoder(
            inputOutputPairs: [(all, frames)], decoderFactory: { FrameDecoder() })
    }

    @Test func seededRandomMessagesRoundTrip() throws {
        var random = RandomMessages(seed: 20_250_122)
        let codecs = [
            FrameCodec(compression: .none),
            FrameCodec(
                compression: CompressionOptions(threshold: 64), dictionary: WireDictionaries.embedded.first),
        ]
        for _ in 0..<300 {
            let message = random.message()
            for codec in codecs {
                var bytes = try codec.encode(message)
                #expect(try codec.decode(from: &bytes) == message)
            }
        }
    }

    @Test func randomBytesNeverCrash() throws {
        var random = SplitMix64(seed: 7)
        let codec = FrameCodec()
        let valid = try Fixtures.messages.map { Array(try codec.encode($0).readableBytesView) }
        for round in 0..<2_000 {
            var bytes = valid[round % valid.count]
            // Flip a few payload bytes (the header stays sane so the payload decoder is exercised).
            for _ in 0..<(1 + Int(random.next() % 4)) where bytes.count > 10 {
                let at = 10 + Int(random.next() % UInt64(bytes.count - 10))
                bytes[at] = UInt8(truncatingIfNeeded: random.next())
            }
            var buffer = ByteBuffer(bytes: bytes)
            _ = try? codec.decode(from: &buffer)
        }
    }

    @Test func fourGiBHeaderIsRefusedWithoutWaitingForIt() throws {
        var buffer = ByteBuffer(bytes: [0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x01, 0x00, 0x00, 0x00, 0x04])
        #expect(
            throws: WireProtocolError.frameTooLarge(
                length: 0xFFFF_FFFF, limit: WireLimits.defaultMaxFrameBytes)
        ) {
            try FrameCodec().decode(from: &buffer)
        }
        var decoder = FrameDecoder()
        var again = ByteBuffer(bytes: [0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x01, 0x00, 0x00, 0x00, 0x04])
        #expect(throws: WireProtocolError.self) { try decoder.decode(buffer: &again) }
    }

    @Test func declaredZstdBombIsRefused() throws {
        let limits = WireLimits(maxDecompressedBytes: 1 << 20)
        let zeros = [UInt8](repeating: 0, count: 2 << 20)
        var compressed = [UInt8](repeating: 0, count: ZSTD_compressBound(zeros.count))
        let size = compressed.withUnsafeMutableBytes { out in
            zeros.withUnsafeBytes { ZSTD_compress(out.baseAddress, out.count, $0.baseAddress, $0.count, 1) }
        }
        let payload = Array(compressed.prefix(size))
        var buffer = ByteBuffer(bytes: VectorCatalog.frame(type: 0x0004, payload: payload, flags: 0x0001))
        #expect(throws: WireProtocolError.decompressedTooLarge(declared: 2 << 20, limit: 1 << 20)) {
            try FrameCodec(limits: limits).decode(from: &buffer)
        }
    }

    @Test func undeclaredZstdBombIsCutOffAtTheLimit() throws {
        let limits = WireLimits(maxDecompressedBytes: 1 << 20)
        var buffer = ByteBuffer(
            bytes: VectorCatalog.frame(type: 0x0004, payload: VectorCatalog.rleBomb(blocks: 9), flags: 0x0001)
        )
        #expect(throws: WireProtocolError.decompressedTooLarge(declared: nil, limit: 1 << 20)) {
            try FrameCodec(limits: limits).decode(from: &buffer)
        }
        // Just under the limit inflates fine (and then fails as a Ping with trailing bytes).
        var under = ByteBuffer(
            bytes: VectorCatalog.frame(type: 0x0004, payload: VectorCatalog.rleBomb(blocks: 8), flags: 0x0001)
        )
        #expect(throws: WireProtocolError.trailingBytes(count: (1 << 20) - 1)) {
            try FrameCodec(limits: limits).decode(from: &under)
        }
    }

    @Test func compressedFlagOnPlainPayloadIsRefused() throws {
        var buffer = ByteBuffer(
            bytes: VectorCatalog.frame(type: 0x0004, payload: [0x01, 0x02, 0x03, 0x04, 0x05], flags: 1))
        #expect(throws: WireProtocolError.notZstd(firstBytes: [1, 2, 3, 4])) {
            try FrameCodec().decode(from: &buffer)
        }
    }

    @Test func peerFrameLimitIsEnforcedWhenSending() throws {
        let codec = FrameCodec(peerLimits: WireLimits(maxFrameBytes: 100), compression: .none)
        #expect(throws: WireProtocolError.self) {
            try codec.encode(
                .submitArticles(SubmitArticles(requestID: 1, articles: [Fixtures.article, Fixtures.article])))
        }
    }

    @Test func dictionaryShrinksSmallFrames() throws {
        let dictionary = try #require(WireDictionaries.embedded.first)
        var traffic = SyntheticTraffic(seed: 4_242)
        let messages = traffic.mixedMessages(count: 20)
        let plain = FrameCodec(compression: CompressionOptions(threshold: 0, useDictionary: false))
        let withDictionary = FrameCodec(compression: CompressionOptions(threshold: 0), dictionary: dictionary)
        var without = 0
        var with = 0
        for message in messages {
            without += try plain.encode(message).readableBytes
            var bytes = try withDictionary.encode(message)
            with += bytes.readableBytes
            #expect(try plain.decode(from: &bytes) == message, "receiver holding the dictionary decodes it")
        }
        #expect(with < without)
    }
}

/// Random messages of every type from a seed: odd strings, negative numbers, empty and nil fields.
struct RandomMessages {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    mutating func bool() -> Bool { random.next() % 2 == 0 }

    mutating func string() -> String {
        let pieces = ["", "a", "Acme", "ü", "日本", "😀", " ", "\u{0}", "$5bn", "per cent", "\n", "Ω"]
        return (0..<int(0...4)).map { _ in pieces[int(0...pieces.count - 1)] }.joined()
    }

    mutating func optional<T>(_ make: (inout RandomMessages) -> T) -> T? {
        bool() ? make(&self) : nil
    }

    mutating func signed() -> Int {
        switch int(0...3) {
        case 0: return 0
        case 1: return int(-1_000...1_000)
        case 2: return Int(bitPattern: UInt(random.next()))
        default: return Int.min
        }
    }

    mutating func day() -> Day? { Day(year: int(1...9999), month: int(1...12), day: int(1...28)) }

    mutating func value() -> Value {
        let amounts = [0.0, -1.5, 1e300, .infinity, -.infinity, 20.64e9, Double.leastNonzeroMagnitude]
        return Value(
            amount: amounts[int(0...amounts.count - 1)], unit: QuantityUnit(string()),
            resolution: Double(int(0...9)))
    }

    mutating func values() -> [Value] { (0..<int(0...3)).map { _ in value() } }

    mutating func article() -> Article {
        Article(
            ref: string(), outlet: optional { $0.string() }, title: string(), url: optional { $0.string() },
            published: bool() ? day() : nil, text: string())
    }

    mutating func mention() -> Mention {
        Mention(
            subject: string(), measure: string(),
            quantity: Quantity(values: values(), bound: Bound.allCases[int(0...4)], upper: values()),
            period: bool()
                ? .year(int(1990...2030)) : (bool() ? .quarter(2025, int(1...4), fiscal: bool()) : nil),
            attribution: optional { $0.string() }, hedged: bool(),
            evidence: TextSpan(start: signed(), end: signed()),
            passage: signed())
    }

    mutating func analyzed() -> AnalyzedArticle {
        AnalyzedArticle(
            id: ArticleID(string()), article: article(), mentions: (0..<int(0...3)).map { _ in mention() },
            denials: (0..<int(0...2)).map { _ in
                Denial(
                    party: string(), target: optional { $0.string() }, subject: optional { $0.string() },
                    topics: (0..<int(0...2)).map { _ in string() },
                    evidence: TextSpan(start: signed(), end: signed()),
                    passage: signed())
            },
            features: ArticleFeatures(
                textHash: string(), simhash: random.next(),
                entities: (0..<int(0...2)).map { _ in EntityCount(name: string(), count: signed()) },
                keyTerms: (0..<int(0...2)).map { _ in string() },
                passages: (0..<int(0...2)).map { _ in
                    Passage(
                        span: TextSpan(start: signed(), end: signed()), isMain: bool(), entities: [string()])
                }))
    }

    mutating func claim() -> ClaimRecord {
        ClaimRecord(
            id: string(), story: optional { $0.string() }, subject: string(), measure: string(),
            values: values(),
            bound: Bound.allCases[int(0...4)], upper: values(),
            period: bool() ? .month(2024, int(1...12)) : nil,
            sources: [ArticleID(string())], origins: signed(), attributions: [string()], hedged: bool(),
            status: ClaimStatus.allCases[int(0...3)],
            evidence: [EvidenceRef(article: ArticleID(string()), start: signed(), end: signed())])
    }

    mutating func export() -> GraphExport {
        GraphExport(
            articles: (0..<int(0...2)).map { _ in
                ArticleRecord(
                    id: ArticleID(string()), ref: string(), outlet: optional { $0.string() }, title: string(),
                    url: optional { $0.string() }, published: day(), story: optional { $0.string() },
                    duplicateOf: bool() ? ArticleID(string()) : nil, mentionCount: signed())
            },
            stories: (0..<int(0...2)).map { _ in
                StoryRecord(
                    id: string(), title: string(), articles: [ArticleID(string())], related: [string()],
                    firstPublished: day(), lastPublished: bool() ? day() : nil)
            },
            claims: (0..<int(0...2)).map { _ in claim() },
            conflicts: [
                ConflictRecord(claims: [string(), string()], kind: ConflictKind.allCases[int(0...1)])
            ],
            denials: [
                DenialRecord(by: string(), claims: [string()], sources: [], target: optional { $0.string() })
            ])
    }

    mutating func limits() -> WireLimits {
        WireLimits(
            maxFrameBytes: int(0...Int.max - 1), maxDecompressedBytes: int(0...1 << 40),
            maxArticlesPerBatch: int(0...5),
            maxStringBytes: int(0...100), maxListCount: int(0...1_000_000_000))
    }

    mutating func query() -> Query {
        switch int(0...6) {
        case 0: return .stories(limit: signed())
        case 1: return .story(id: string())
        case 2:
            return .claims(
                ClaimFilter(
                    entity: optional { $0.string() }, story: optional { $0.string() },
                    status: bool() ? ClaimStatus.allCases[int(0...3)] : nil, minSources: signed(),
                    limit: signed()))
        case 3: return .claim(id: string())
        case 4: return .conflicts(story: optional { $0.string() })
        case 5: return .stats
        default: return .export
        }
    }

    mutating func result() -> QueryResult {
        switch int(0...7) {
        case 0:
            return .stories([
                StorySummary(
                    id: string(), title: string(), articleCount: signed(), outletCount: signed(),
                    claimCount: signed(),
                    conflictCount: signed(), denialCount: signed(), firstPublished: day(), lastPublished: nil)
            ])
        case 1: return .story(export())
        case 2: return .claims((0..<int(0...3)).map { _ in claim() })
        case 3:
            return .claim(
                ClaimEvidence(
                    claim: claim(),
                    sentences: [
                        EvidenceSentence(
                            article: ArticleID(string()), outlet: optional { $0.string() }, title: string(),
                            published: day(), start: signed(), end: signed(), sentence: string())
                    ]))
        case 4: return .conflicts(export())
        case 5:
            return .stats(
                GraphStats(
                    articles: signed(), duplicates: signed(), mentions: signed(), claims: signed(),
                    stories: signed(),
                    conflicts: signed(), denials: signed(), outlets: signed()))
        case 6: return .export(export())
        default: return .notFound(what: string())
        }
    }

    mutating func message() -> Message {
        let id = random.next()
        switch int(0...9) {
        case 0:
            return .hello(
                Hello(
                    role: PeerRole.allCases[int(0...2)], minVersion: UInt16(int(0...65_535)),
                    maxVersion: UInt16(int(0...65_535)), software: string(), token: optional { $0.string() },
                    limits: limits(),
                    dictionaries: (0..<int(0...3)).map { _ in UInt32(truncatingIfNeeded: id) }))
        case 1:
            return .welcome(
                Welcome(
                    version: UInt16(int(0...65_535)), role: PeerRole.allCases[int(0...2)], software: string(),
                    limits: limits(), dictionary: bool() ? UInt32(truncatingIfNeeded: id) : nil))
        case 2:
            return .error(
                ErrorMessage(
                    code: WireErrorCode.allCases[int(0...WireErrorCode.allCases.count - 1)],
                    message: string(),
                    closesConnection: bool(), requestID: bool() ? id : nil))
        case 3: return .ping(id)
        case 4: return .pong(id)
        case 5:
            return .submitArticles(
                SubmitArticles(requestID: id, articles: (0..<int(0...3)).map { _ in article() }))
        case 6:
            return .ingestBatch(
                IngestBatch(requestID: id, articles: (0..<int(0...2)).map { _ in analyzed() }))
        case 7:
            let outcomes: [ArticleOutcome] = [.accepted, .duplicate, .rejected(reason: string())]
            return .ack(
                Ack(
                    requestID: id,
                    articles: (0..<int(0...3)).map { _ in
                        ArticleAck(
                            ref: string(), id: bool() ? ArticleID(string()) : nil,
                            outcome: outcomes[int(0...2)],
                            mentionCount: signed())
                    }))
        case 8: return .query(QueryRequest(requestID: id, query: query()))
        default: return .queryResult(QueryResponse(requestID: id, result: result()))
        }
    }
}
