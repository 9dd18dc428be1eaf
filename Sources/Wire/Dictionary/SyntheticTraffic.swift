import ClaimModel

/// Realistic-looking Claimwire traffic invented from a seed: articles about fictional companies
/// with figures, attributions and denials, their analysed form, and the frames they travel in.
///
/// It trains the shipped dictionary and feeds the benchmarks and tests, so neither depends on
/// the evaluation corpus. Deterministic: the same seed gives the same traffic on every machine.
package struct SyntheticTraffic {
    private var random: SplitMix64

    package init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static let companies = [
        "Norvane", "Kestrel Dynamics", "Halvorsen Group", "Tessaly Motors", "Brightwater Cloud",
        "Quillon Bio",
        "Marrow & Finch", "Ostara Semiconductor", "Velmont Retail", "Cinder Labs", "Aurelian Energy",
        "Pellucid Networks", "Solenne Foods", "Tarkett-Ode Airlines", "Umbra Games", "Wexford Mining",
    ]
    static let aliases = ["the company", "the group", "the firm", "its parent", "the start-up", "the owner"]
    static let outlets = [
        "The Daily Ledger", "Metro Business Wire", "Harbor Financial Times", "North Coast Tribune",
        "Capital Markets Review", "The Morning Dispatch", "Techline News", "Global Trade Journal",
    ]
    static let measures = [
        "capital expenditure", "AI infrastructure spending", "revenue", "operating profit",
        "monthly active users",
        "chips ordered", "data centre capacity", "headcount", "market share", "net loss", "share buyback",
        "research spending", "orders", "deliveries", "subscribers",
    ]
    static let attributions = [
        "two people briefed on the matter", "people familiar with the plans", "a company filing",
        "the chief executive", "analysts at a research firm", "a person with knowledge of the talks",
        "the finance ministry", "industry data", "a spokesperson",
    ]
    static let currencies: [(code: String, words: [String])] = [
        ("USD", ["$", "US$"]), ("CNY", ["yuan", "Rmb"]), ("EUR", ["€", "euros"]), ("GBP", ["£", "pounds"]),
    ]
    static let fillers = [
        "The plans underline how quickly spending on computing power has grown across the sector.",
        "Shares in rivals rose in early trading after the report, before giving up some of their gains.",
        "Regulators have stepped up scrutiny of large technology groups over the past year.",
        "The figures could not be independently verified.",
        "Executives have told investors that the investment would pay off over several years.",
        "Demand for advanced processors has outstripped supply since the start of the year.",
        "The company did not respond to a request for comment outside business hours.",
        "Competition for engineers has pushed up wages in several hubs, recruiters said.",
        "Analysts expect margins to come under pressure as depreciation charges rise.",
        "The move follows a series of acquisitions that expanded its presence overseas.",
    ]
    static let hedges = ["plans to", "is expected to", "reportedly will", "may", "aims to", "has pledged to"]
    static let bounds: [(word: String, bound: Bound)] = [
        ("", .exact), ("about ", .approx), ("more than ", .atLeast), ("up to ", .atMost),
        ("nearly ", .approx),
        ("at least ", .atLeast), ("roughly ", .approx),
    ]

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int(random.next() % UInt64(items.count))]
    }

    private mutating func number(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    /// An article of about `targetBytes` bytes of text with roughly `mentions` figures.
    package mutating func analyzedArticle(index: Int, targetBytes: Int = 4_000, mentions: Int = 30)
        -> AnalyzedArticle
    {
        let company = pick(Self.companies)
        let outlet = pick(Self.outlets)
        let year = number(2019...2026)
        let day = Day(year: year, month: number(1...12), day: number(1...28))
        var text = ""
        var found: [Mention] = []
        var denials: [Denial] = []
        let perFigure = max(1, targetBytes / max(1, mentions))
        while text.utf8.count < targetBytes {
            let start = text.utf8.count
            if found.count < mentions, random.next() % 4 != 0 {
                let (sentence, mention) = figureSentence(company: company, year: year, start: start)
                text += sentence + " "
                found.append(mention)
                if random.next() % 3 == 0, perFigure > 200 { text += pick(Self.fillers) + " " }
            } else if denials.isEmpty, random.next() % 6 == 0 {
                let sentence =
                    "\(company) said in a statement that the anonymously sourced information about its plans was incorrect."
                text += sentence + " "
                denials.append(
                    Denial(
                        party: company, target: outlet, subject: company, topics: [pick(Self.measures)],
                        evidence: TextSpan(start: start, end: start + sentence.utf8.count)))
            } else {
                text += pick(Self.fillers) + " "
            }
        }
        let article = Article(
            ref: "synthetic-\(index).txt", outlet: outlet,
            title: "\(company) \(pick(Self.hedges)) lift \(pick(Self.measures))",
            url: "https://news.example/\(year)/\(index)", published: day, text: text)
        let id = hex(random.next()) + hex(random.next())
        let features = ArticleFeatures(
            textHash: hex(random.next()) + hex(random.next()), simhash: random.next(),
            entities: [EntityCount(name: company, count: found.count), EntityCount(name: outlet, count: 1)],
            keyTerms: (0..<6).map { _ in pick(Self.measures) },
            passages: [
                Passage(span: TextSpan(start: 0, end: text.utf8.count), isMain: true, entities: [company])
            ])
        return AnalyzedArticle(
            id: ArticleID(id), article: article, mentions: found, denials: denials, features: features)
    }

    private mutating func figureSentence(company: String, year: Int, start: Int) -> (String, Mention) {
        let measure = pick(Self.measures)
        let (word, bound) = pick(Self.bounds)
        let attribution = pick(Self.attributions)
        let hedge = pick(Self.hedges)
        let subject = random.next() % 3 == 0 ? pick(Self.aliases) : company
        let sentence: String
        var values: [Value]
        if measure.hasSuffix("users") || measure == "headcount" || measure == "chips ordered"
            || measure == "subscribers" || measure == "deliveries"
        {
            let amount = number(2...950) * 1_000
            sentence =
                "\(subject.prefix(1).uppercased() + subject.dropFirst()) \(hedge) report \(word)\(amount.formatted3()) \(measure) in \(year), \(attribution) said."
            values = [
                Value(
                    amount: Double(amount), unit: measure == "headcount" ? "count" : "users",
                    resolution: 1_000)
            ]
        } else if measure == "market share" {
            let amount = number(2...80)
            sentence =
                "\(company) holds \(word)\(amount) per cent of the market, according to \(attribution)."
            values = [Value(amount: Double(amount), unit: .percent, resolution: 1)]
        } else {
            let currency = pick(Self.currencies)
            let symbol = pick(currency.words)
            let whole = number(1...250)
            let fraction = number(0...99)
            let scale = random.next() % 2 == 0 ? "billion" : "million"
            let amountText =
                fraction % 3 == 0 ? "\(whole)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
            let money =
                symbol.count == 1 || symbol == "US$"
                ? "\(symbol)\(amountText) \(scale)" : "\(amountText) \(scale) \(symbol)"
            sentence =
                "\(company) \(hedge) spend \(word)\(money) on \(measure) in \(year), \(attribution) said, as it races to keep pace with rivals."
            let multiplier = scale == "billion" ? 1e9 : 1e6
            values = [
                Value(
                    amount: (Double(whole) + Double(fraction % 3 == 0 ? 0 : fraction) / 100) * multiplier,
                    unit: QuantityUnit(currency.code), resolution: multiplier / (fraction % 3 == 0 ? 1 : 100))
            ]
            if currency.code == "CNY" {
                values.append(Value(amount: values[0].amount / 7.2, unit: .usd, resolution: multiplier / 100))
            }
        }
        let mention = Mention(
            subject: company, measure: measure, quantity: Quantity(values: values, bound: bound),
            period: .year(year), attribution: attribution, hedged: hedge != "has pledged to",
            evidence: TextSpan(start: start, end: start + sentence.utf8.count), passage: 0)
        return (sentence, mention)
    }

    /// A batch as an extractor sends it.
    package mutating func ingestBatch(
        requestID: UInt64, articles: Int, targetBytes: Int = 4_000, mentions: Int = 30
    ) -> IngestBatch {
        IngestBatch(
            requestID: requestID,
            articles: (0..<articles).map {
                analyzedArticle(
                    index: Int(requestID) * 100 + $0, targetBytes: targetBytes, mentions: mentions)
            })
    }

    /// A mix of the frames a deployment exchanges, for training and measuring the dictionary:
    /// submissions, ingest batches, acks and query results of varied sizes.
    package mutating func mixedMessages(count: Int) -> [Message] {
        (0..<count).map { i -> Message in
            let id = UInt64(i + 1)
            switch i % 5 {
            case 0:
                let a = analyzedArticle(index: i, targetBytes: number(600...4_000), mentions: number(2...30))
                return .submitArticles(SubmitArticles(requestID: id, articles: [a.article]))
            case 1:
                return .ingestBatch(
                    ingestBatch(
                        requestID: id, articles: number(1...3), targetBytes: number(600...3_000),
                        mentions: number(3...20)))
            case 2:
                let batch = ingestBatch(
                    requestID: id, articles: number(2...10), targetBytes: 300, mentions: 1)
                return .ack(
                    Ack(
                        requestID: id,
                        articles: batch.articles.map {
                            ArticleAck(
                                ref: $0.article.ref, id: $0.id,
                                outcome: random.next() % 5 == 0 ? .duplicate : .accepted,
                                mentionCount: $0.mentions.count)
                        }))
            case 3:
                let a = analyzedArticle(index: i, targetBytes: 1_500, mentions: number(3...12))
                let claims = a.mentions.enumerated().map { n, m in
                    ClaimRecord(
                        id: "claim-\(hex(random.next()).prefix(8))", story: "story-\(i % 7)",
                        subject: m.subject, measure: m.measure,
                        values: m.quantity.values, bound: m.quantity.bound, period: m.period, sources: [a.id],
                        origins: 1 + n % 3, attributions: m.attribution.map { [$0] } ?? [], hedged: m.hedged,
                        status: n % 4 == 0 ? .corroborated : .singleSource,
                        evidence: [EvidenceRef(article: a.id, start: m.evidence.start, end: m.evidence.end)])
                }
                return .queryResult(QueryResponse(requestID: id, result: .claims(claims)))
            default:
                let summaries = (0..<number(3...20)).map { n in
                    StorySummary(
                        id: "story-\(n)", title: "\(pick(Self.companies)) \(pick(Self.measures))",
                        articleCount: number(1...12),
                        outletCount: number(1...8), claimCount: number(1...40), conflictCount: number(0...3),
                        denialCount: number(0...1),
                        firstPublished: Day(year: 2025, month: number(1...12), day: number(1...28)),
                        lastPublished: nil)
                }
                return .queryResult(QueryResponse(requestID: id, result: .stories(summaries)))
            }
        }
    }
}

private func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
}

extension Int {
    /// `230000` → `230,000`.
    fileprivate func formatted3() -> String {
        let digits = Array(String(self))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64).
package struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
