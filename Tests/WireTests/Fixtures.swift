import ClaimModel
import Wire

/// Sample values of every message, small enough to read in a vector file.
enum Fixtures {
    static let article = Article(
        ref: "sample.txt#1", outlet: "Example Wire", title: "Acme raises capex",
        url: "https://example.com/a", published: Day(year: 2025, month: 1, day: 22),
        text: "Acme plans to spend about $12 billion this year, people said. Überraschung: 50 per cent.")

    static let mention = Mention(
        subject: "Acme", measure: "capital expenditure",
        quantity: Quantity(
            values: [Value(amount: 12e9, unit: .usd, resolution: 1e9)], bound: .approx, upper: []),
        period: .year(2025), attribution: "people familiar", hedged: true,
        evidence: TextSpan(start: 0, end: 62), passage: 0)

    static let rangeMention = Mention(
        subject: "Acme", measure: "chips ordered",
        quantity: Quantity(
            values: [Value(amount: 60, unit: .count, resolution: 1)], bound: .range,
            upper: [Value(amount: 65, unit: .count, resolution: 1)]),
        evidence: TextSpan(start: 63, end: 90), passage: 0)

    static let denial = Denial(
        party: "Acme", target: "Example Wire", subject: "Acme", topics: ["capital expenditure"],
        evidence: TextSpan(start: 63, end: 90), passage: 0)

    static let analyzed = AnalyzedArticle(
        id: ArticleID("a1b2c3"), article: article, mentions: [mention, rangeMention], denials: [denial],
        features: ArticleFeatures(
            textHash: "ffee", simhash: 0xDEAD_BEEF_0123_4567,
            entities: [EntityCount(name: "Acme", count: 3)], keyTerms: ["capex", "chips"],
            passages: [Passage(span: TextSpan(start: 0, end: 90), isMain: true, entities: ["Acme"])]))

    static let claim = ClaimRecord(
        id: "c1", story: "s1", subject: "Acme", measure: "capital expenditure",
        values: [Value(amount: 12e9, unit: .usd, resolution: 1e9)], bound: .approx, upper: [],
        period: .year(2025), sources: [ArticleID("a1b2c3")], origins: 1, attributions: ["people familiar"],
        hedged: true, status: .denied,
        evidence: [EvidenceRef(article: ArticleID("a1b2c3"), start: 0, end: 62)])

    static let export = GraphExport(
        articles: [
            ArticleRecord(
                id: ArticleID("a1b2c3"), ref: "sample.txt#1", outlet: "Example Wire",
                title: "Acme raises capex",
                url: nil, published: Day(year: 2025, month: 1, day: 22), story: "s1", duplicateOf: nil,
                mentionCount: 2)
        ],
        stories: [
            StoryRecord(
                id: "s1", title: "Acme capex", articles: [ArticleID("a1b2c3")], related: [],
                firstPublished: Day(year: 2025, month: 1, day: 22), lastPublished: nil)
        ],
        claims: [claim],
        conflicts: [ConflictRecord(claims: ["c1", "c2"], kind: .divergentFigures)],
        denials: [
            DenialRecord(by: "Acme", claims: ["c1"], sources: [ArticleID("a1b2c3")], target: "Example Wire")
        ])

    static let evidence = ClaimEvidence(
        claim: claim,
        sentences: [
            EvidenceSentence(
                article: ArticleID("a1b2c3"), outlet: "Example Wire", title: "Acme raises capex",
                published: Day(year: 2025, month: 1, day: 22), start: 0, end: 62,
                sentence: "Acme plans to spend about $12 billion this year, people said.")
        ],
        conflicts: [], denials: [])

    static let summary = StorySummary(
        id: "s1", title: "Acme capex", articleCount: 1, outletCount: 1, claimCount: 1, conflictCount: 0,
        denialCount: 1, firstPublished: Day(year: 2025, month: 1, day: 22), lastPublished: nil)

    /// One or more of every message type, every query kind and every result kind.
    static let messages: [Message] = [
        .hello(
            Hello(role: .client, software: "test/1", token: "s3cret", limits: .default, dictionaries: [7, 9])),
        .hello(Hello(role: .extractor, minVersion: 1, maxVersion: 4, software: "", token: nil)),
        .welcome(Welcome(version: 1, role: .aggregator, software: "test/1", limits: .default, dictionary: 7)),
        .welcome(
            Welcome(version: 1, role: .extractor, software: "x", limits: WireLimits(maxFrameBytes: 1024))),
        .error(ErrorMessage(code: .limitExceeded, message: "too many", closesConnection: true)),
        .error(
            ErrorMessage(code: .notFound, message: "no story s9", closesConnection: false, requestID: 300)),
        .ping(0), .pong(0), .ping(UInt64.max), .pong(1 << 35),
        .submitArticles(SubmitArticles(requestID: 1, articles: [article])),
        .submitArticles(SubmitArticles(requestID: 2, articles: [])),
        .ingestBatch(IngestBatch(requestID: 3, articles: [analyzed])),
        .ack(
            Ack(
                requestID: 3,
                articles: [
                    ArticleAck(
                        ref: "sample.txt#1", id: ArticleID("a1b2c3"), outcome: .accepted, mentionCount: 2),
                    ArticleAck(
                        ref: "sample.txt#2", id: ArticleID("a1b2c4"), outcome: .duplicate, mentionCount: 0),
                    ArticleAck(
                        ref: "bad", id: nil, outcome: .rejected(reason: "empty text"), mentionCount: 0),
                ])),
        .query(QueryRequest(requestID: 10, query: .stories(limit: 0))),
        .query(QueryRequest(requestID: 11, query: .story(id: "s1"))),
        .query(
            QueryRequest(
                requestID: 12,
                query: .claims(
                    ClaimFilter(entity: "Acme", story: nil, status: .corroborated, minSources: 2, limit: 50)))
        ),
        .query(QueryRequest(requestID: 13, query: .claim(id: "c1"))),
        .query(QueryRequest(requestID: 14, query: .conflicts(story: nil))),
        .query(QueryRequest(requestID: 15, query: .conflicts(story: "s1"))),
        .query(QueryRequest(requestID: 16, query: .stats)),
        .query(QueryRequest(requestID: 17, query: .export)),
        .queryResult(QueryResponse(requestID: 10, result: .stories([summary]))),
        .queryResult(QueryResponse(requestID: 11, result: .story(export))),
        .queryResult(QueryResponse(requestID: 12, result: .claims([claim]))),
        .queryResult(QueryResponse(requestID: 13, result: .claim(evidence))),
        .queryResult(QueryResponse(requestID: 14, result: .conflicts(export))),
        .queryResult(
            QueryResponse(
                requestID: 16,
                result: .stats(
                    GraphStats(
                        articles: 10, duplicates: 1, mentions: 40, claims: 12, stories: 2, conflicts: 1,
                        denials: 1,
                        outlets: 9)))),
        .queryResult(QueryResponse(requestID: 17, result: .export(export))),
        .queryResult(QueryResponse(requestID: 18, result: .notFound(what: "claim c9"))),
    ]
}
