import ClaimModel
import Wire

/// The hostile frames the aggregator is attacked with: every malformed protocol vector before
/// and after the handshake, plus inputs of our own (foreign protocols, handshake abuse, wrong
/// direction, invalid UTF-8 of every kind, truncations, the largest legal frame, a zstd bomb at
/// the limit, a flood of pipelined pings).
enum HostileFrameCatalog {
    static let ingestToken = "s3cret-ingest"

    static func cases() throws -> [HostileFrame] {
        try vectorCases() + ownCases()
    }

    /// Each malformed vector as the first frame (a protocol error closes; an unknown type before
    /// `Hello` is `handshake-required`) and after a good handshake (an unknown type is answered
    /// and the connection stays usable: the ping after it gets its pong).
    static func vectorCases() throws -> [HostileFrame] {
        var cases: [HostileFrame] = []
        for vector in try ProtocolVector.all() where vector.kind == "malformed" {
            guard let code = vector.code else { continue }
            let before = code == .unknownMessageType ? WireErrorCode.handshakeRequired : code
            cases.append(
                HostileFrame(
                    name: "\(vector.file) before Hello", bytes: vector.bytes,
                    expected: ["error \(before.rawValue) closes"], closes: true))
            if code == .unknownMessageType {
                cases.append(
                    HostileFrame(
                        name: "\(vector.file) after Hello", hello: FrameBytes.clientHello,
                        bytes: vector.bytes + FrameBytes.ping(77),
                        expected: ["error 4 open", "pong 77"], closes: false))
            } else {
                cases.append(
                    HostileFrame(
                        name: "\(vector.file) after Hello", hello: FrameBytes.clientHello,
                        bytes: vector.bytes, expected: ["error \(code.rawValue) closes"], closes: true))
            }
        }
        return cases
    }

    static func ownCases() -> [HostileFrame] {
        let hello = FrameBytes.clientHello
        let bigID = [UInt8](repeating: 0x61, count: 1 << 20)
        var cases: [HostileFrame] = [
            // Foreign protocols on the port.
            HostileFrame(
                name: "HTTP request", bytes: Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8),
                expected: ["error 3 closes"], closes: true),
            HostileFrame(
                name: "TLS ClientHello",
                bytes: [0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xFC, 0x03, 0x03],
                expected: ["error 2 closes"], closes: true),
            HostileFrame(
                name: "ten zero bytes", bytes: [UInt8](repeating: 0, count: 10), expected: ["error 3 closes"],
                closes: true),
            HostileFrame(
                name: "all 0xff header", bytes: [UInt8](repeating: 0xFF, count: 10),
                expected: ["error 3 closes"],
                closes: true),
            // Handshake abuse.
            HostileFrame(
                name: "Query before Hello",
                bytes: FrameBytes.frame(.query(QueryRequest(requestID: 1, query: .stats))),
                expected: ["error 10 closes"], closes: true),
            HostileFrame(
                name: "Ping before Hello", bytes: FrameBytes.ping(1), expected: ["error 10 closes"],
                closes: true),
            HostileFrame(
                name: "extractor role on the query listener",
                bytes: FrameBytes.frame(.hello(FrameBytes.extractorHello)), expected: ["error 11 closes"],
                closes: true),
            HostileFrame(
                name: "client role on the ingest listener", listener: .ingest,
                bytes: FrameBytes.frame(.hello(hello)), expected: ["error 11 closes"], closes: true),
            HostileFrame(
                name: "ingest Hello without token", listener: .ingest,
                bytes: FrameBytes.frame(.hello(FrameBytes.extractorHello)), expected: ["error 12 closes"],
                closes: true),
            HostileFrame(
                name: "ingest Hello with a wrong token", listener: .ingest,
                bytes: FrameBytes.frame(
                    .hello(Hello(role: .extractor, software: "x", token: ingestToken + "x"))),
                expected: ["error 12 closes"], closes: true),
            HostileFrame(
                name: "ingest Hello with a token prefix", listener: .ingest,
                bytes: FrameBytes.frame(
                    .hello(Hello(role: .extractor, software: "x", token: String(ingestToken.dropLast())))),
                expected: ["error 12 closes"], closes: true),
            HostileFrame(
                name: "Hello with no common version",
                bytes: FrameBytes.frame(.hello(Hello(role: .client, minVersion: 5, maxVersion: 9))),
                expected: ["error 3 closes"], closes: true),
            HostileFrame(
                name: "Hello with a limit above 2^63-1",
                bytes: FrameBytes.handwrittenHello(limits: [UInt64.max, 1, 1, 1, 1], dictionaryCount: 0),
                expected: ["error 1 closes"], closes: true),
            HostileFrame(
                name: "Hello declaring 1,000,000 dictionaries with no bytes",
                bytes: FrameBytes.handwrittenHello(
                    limits: [1 << 20, 1 << 20, 10, 1 << 20, 100], dictionaryCount: 1_000_000),
                expected: ["error 1 closes"], closes: true),
            HostileFrame(
                name: "Hello declaring 2,000,000 dictionaries (over maxListCount)",
                bytes: FrameBytes.handwrittenHello(
                    limits: [1 << 20, 1 << 20, 10, 1 << 20, 100], dictionaryCount: 2_000_000),
                expected: ["error 9 closes"], closes: true),
            HostileFrame(
                name: "second Hello", hello: hello, bytes: FrameBytes.frame(.hello(hello)),
                expected: ["error 15 closes"], closes: true),
            HostileFrame(
                name: "Welcome sent to the server", hello: hello,
                bytes: FrameBytes.frame(
                    .welcome(
                        Welcome(
                            version: 1, role: .aggregator, software: "x", limits: .default, dictionary: nil))),
                expected: ["error 15 closes"], closes: true),
            HostileFrame(
                name: "Ack sent to the server", hello: hello,
                bytes: FrameBytes.frame(.ack(Ack(requestID: 3, articles: []))), expected: ["error 15 closes"],
                closes: true),
            // Wrong direction: the query listener answers the request and stays open.
            HostileFrame(
                name: "IngestBatch on the query listener", hello: hello,
                bytes: FrameBytes.frame(.ingestBatch(IngestBatch(requestID: 4, articles: [])))
                    + FrameBytes.ping(5),
                expected: ["error 15 open", "pong 5"], closes: false),
            // Invalid UTF-8 of every kind in a string field.
            HostileFrame(
                name: "story id C3 28", hello: hello, bytes: FrameBytes.storyQuery(id: [0xC3, 0x28]),
                expected: ["error 7 closes"], closes: true),
            HostileFrame(
                name: "story id overlong '/' C0 AF", hello: hello,
                bytes: FrameBytes.storyQuery(id: [0xC0, 0xAF]),
                expected: ["error 7 closes"], closes: true),
            HostileFrame(
                name: "story id surrogate ED A0 80", hello: hello,
                bytes: FrameBytes.storyQuery(id: [0xED, 0xA0, 0x80]), expected: ["error 7 closes"],
                closes: true),
            HostileFrame(
                name: "story id above U+10FFFF", hello: hello,
                bytes: FrameBytes.storyQuery(id: [0xF4, 0x90, 0x80, 0x80]), expected: ["error 7 closes"],
                closes: true),
            HostileFrame(
                name: "story id truncated sequence E2 82", hello: hello,
                bytes: FrameBytes.storyQuery(id: [0x41, 0xE2, 0x82]), expected: ["error 7 closes"],
                closes: true),
            // Well-formed but odd requests are answered, not refused.
            HostileFrame(
                name: "story id of 1 MiB", hello: hello, bytes: FrameBytes.storyQuery(id: bigID),
                expected: ["result notFound"], closes: false),
            HostileFrame(
                name: "stories with a negative limit", hello: hello,
                bytes: FrameBytes.frame(type: MessageType.query.rawValue, payload: [9, 0, 0x09]),
                expected: ["result"], closes: false),
            HostileFrame(
                name: "claims filter with bool byte 2", hello: hello,
                bytes: FrameBytes.frame(type: MessageType.query.rawValue, payload: [9, 2, 2]),
                expected: ["error 1 closes"], closes: true),
            HostileFrame(
                name: "compressed flag on an empty payload", hello: hello,
                bytes: FrameBytes.frame(type: MessageType.ping.rawValue, payload: [], flags: 1),
                expected: ["error 6 closes"], closes: true),
            HostileFrame(
                name: "unknown type with 1 MiB payload", hello: hello,
                bytes: FrameBytes.frame(type: 0x4242, payload: bigID) + FrameBytes.ping(6),
                expected: ["error 4 open", "pong 6"], closes: false),
            // Trailing garbage after a good frame, in the same write.
            HostileFrame(
                name: "Ping then ten 0xff bytes", hello: hello,
                bytes: FrameBytes.ping(8) + [UInt8](repeating: 0xFF, count: 10),
                expected: ["pong 8", "error 3 closes"], closes: true),
            // Truncated frame then end of stream: closed, nothing answered, nothing crashes.
            HostileFrame(
                name: "half a Ping then EOF", hello: hello, bytes: Array(FrameBytes.ping(300).prefix(11)),
                finishSending: true, expected: [], closes: true),
            HostileFrame(
                name: "header announcing 16 MiB + 1 followed by data", hello: hello,
                bytes: FrameBytes.header(length: (16 << 20) + 1, type: 4)
                    + [UInt8](repeating: 0, count: 4096),
                expected: ["error 2 closes"], closes: true),
        ]
        cases += sizeCases(hello: hello)
        cases += ingestCases()
        return cases
    }

    /// The largest legal frame and a zstd bomb exactly at the decompression limit: buffered and
    /// decoded whole, then refused for the bytes after the nonce.
    static func sizeCases(hello: Hello) -> [HostileFrame] {
        let maxFrame = WireLimits.defaultMaxFrameBytes
        let fullFrame = FrameBytes.frame(
            type: MessageType.ping.rawValue, payload: [1] + [UInt8](repeating: 0, count: maxFrame - 1))
        let bombed = FrameBytes.zstd(
            [1] + [UInt8](repeating: 0, count: WireLimits.defaultMaxDecompressedBytes - 1))
        let overBomb = FrameBytes.zstd(
            [1] + [UInt8](repeating: 0, count: WireLimits.defaultMaxDecompressedBytes))
        let flood = (1...10_000).flatMap { FrameBytes.ping(UInt64($0)) }
        return [
            HostileFrame(
                name: "Ping padded to exactly 16 MiB", hello: hello, bytes: fullFrame,
                expected: ["error 8 closes"],
                closes: true),
            HostileFrame(
                name: "zstd bomb of exactly 64 MiB (\(bombed.count) bytes sent)", hello: hello,
                bytes: FrameBytes.frame(type: MessageType.ping.rawValue, payload: bombed, flags: 1),
                expected: ["error 8 closes"], closes: true),
            HostileFrame(
                name: "zstd bomb of 64 MiB + 1 declared", hello: hello,
                bytes: FrameBytes.frame(type: MessageType.ping.rawValue, payload: overBomb, flags: 1),
                expected: ["error 9 closes"], closes: true),
            HostileFrame(
                name: "10,000 pipelined pings", hello: hello, bytes: flood,
                expected: (1...10_000).map { "pong \($0)" }, closes: false),
        ]
    }

    /// Hostile `IngestBatch` frames on the ingest listener (with the right token).
    static func ingestCases() -> [HostileFrame] {
        let hello = Hello(role: .extractor, software: "reliability/1", token: ingestToken)
        let marker = "QZQZQZQZ"
        let article = AnalyzedArticle(
            id: ArticleID("hostile-1"),
            article: Article(ref: "hostile#1", outlet: "Outlet", title: "T", text: "Text \(marker) here."),
            mentions: [], denials: [], features: ArticleFeatures(textHash: "00", simhash: 0))
        let payload = FrameBytes.payload(of: .ingestBatch(IngestBatch(requestID: 1, articles: [article])))
        let type = MessageType.ingestBatch.rawValue
        var cases: [HostileFrame] = []
        if let at = payload.firstRange(of: Array(marker.utf8))?.lowerBound {
            var broken = payload
            broken[at] = 0xC3
            broken[at + 1] = 0x28
            cases.append(
                HostileFrame(
                    name: "IngestBatch article text with C3 28", listener: .ingest, hello: hello,
                    bytes: FrameBytes.frame(type: type, payload: broken), expected: ["error 7 closes"],
                    closes: true))
        }
        for cut in [1, 3, payload.count / 4, payload.count / 2, payload.count * 3 / 4, payload.count - 1] {
            cases.append(
                HostileFrame(
                    name: "IngestBatch payload cut to \(cut) of \(payload.count) bytes", listener: .ingest,
                    hello: hello, bytes: FrameBytes.frame(type: type, payload: Array(payload.prefix(cut))),
                    expected: ["error 1 closes"], closes: true))
        }
        // Count of articles far beyond the bytes left, within the batch limit.
        cases.append(
            HostileFrame(
                name: "IngestBatch declaring 999 articles in 2 bytes", listener: .ingest, hello: hello,
                bytes: FrameBytes.frame(type: type, payload: [1] + FrameBytes.varint(999)),
                expected: ["error 1 closes"], closes: true))
        return cases
    }
}
