import ClaimModel

/// A generated news corpus for the graph benchmark: companies with stories in different weeks,
/// outlets reporting each story with rounded, bounded and converted figures, occasional
/// divergent figures, syndicated copies, denials and off-topic roundup passages.
/// Article `n` is a pure function of `n` and the corpus size, so batches can be generated
/// on the fly without holding the corpus.
struct SyntheticCorpus {
    let articleCount: Int
    let articlesPerStory = 10
    let companyCount: Int
    let outletCount = 40

    init(articles: Int) {
        self.articleCount = articles
        self.companyCount = max(20, articles / 50)
    }

    var storyCount: Int { (articleCount + articlesPerStory - 1) / articlesPerStory }

    static let measures: [(phrase: String, alias: String, unit: String, base: Double, scale: Double)] = [
        ("capital expenditure", "capex", "USD", 1e9, 80),
        ("revenue", "sales", "USD", 1e9, 200),
        ("net profit", "net income", "USD", 1e8, 90),
        ("monthly active users", "monthly users", "users", 1e6, 500),
        ("data center investment", "data centre investment", "EUR", 1e9, 30),
        ("chips ordered", "chip orders", "count", 1e3, 400),
        ("headcount", "employees", "count", 1e2, 900),
        ("market share", "share of the market", "percent", 1, 60),
        ("research spending", "R&D spending", "USD", 1e8, 70),
        ("factory output", "production", "count", 1e4, 300),
        ("debt issued", "bond sale", "USD", 1e8, 50),
        ("dividend", "payout", "USD", 1e7, 40),
    ]

    static let vocabulary: [String] = {
        let a = [
            "stor", "gran", "mil", "vex", "dor", "lum", "pra", "quen", "sil", "tar", "bel", "cor", "fen",
            "hal",
        ]
        let b = ["ana", "ite", "ox", "ium", "era", "olt", "ine", "ust", "ard", "ent"]
        let c = [
            "", "s", "ic", "ly", "er", "ism", "ive", "al", "ary", "ous", "ing", "ment", "ship", "ness",
            "ward",
        ]
        return a.flatMap { x in b.flatMap { y in c.map { x + y + $0 } } }
    }()

    func company(_ i: Int) -> String { "Corp\(Self.vocabulary[i % Self.vocabulary.count].capitalized)\(i)" }

    func outlet(_ i: Int) -> String { "Outlet \(i % outletCount)" }

    /// The `n`th article, with its id.
    func article(_ n: Int) -> AnalyzedArticle {
        let story = n / articlesPerStory
        let slot = n % articlesPerStory
        var rng = SplitMix(seed: UInt64(story) &* 0x9e37 &+ 17)
        let companyIndex = story % companyCount
        let subject = company(companyIndex)
        // A company's stories are weeks apart; the corpus spans about a year.
        let round = story / companyCount
        let storyDay = Day(ordinal: 19_723 + round * 70 + (story % 61))
        let year = storyDay.year
        let measureIndices = (0..<4).map {
            (Int(rng.next() % UInt64(Self.measures.count)) + $0 * 3) % Self.measures.count
        }
        let baseValues = measureIndices.map { _ in Double(10 + rng.next() % 900) / 10 }
        let terms = (0..<6).map { _ in Self.vocabulary[Int(rng.next() % UInt64(Self.vocabulary.count))] }
        let other = company((companyIndex + 1 + Int(rng.next() % 7)) % companyCount)

        // A syndicated copy repeats the story's first article under another outlet.
        let isCopy = slot == articlesPerStory - 1 && story % 2 == 0
        let source = isCopy ? 0 : slot
        var local = SplitMix(seed: UInt64(n - slot + source) &* 0x5851 &+ 3)
        let outletName = isCopy ? outlet(story &* 7 &+ 39) + " Syndication" : outlet(story &* 7 &+ slot &* 3)
        let day = storyDay.adding(days: source % 3)

        var mentions: [Mention] = []
        for (k, measureIndex) in measureIndices.enumerated() {
            let measure = Self.measures[measureIndex]
            var value = baseValues[k] * measure.scale / 10
            var bound = Bound.exact
            var resolution = measure.base / 10
            switch local.next() % 4 {
            case 0: break
            case 1:
                value = value.rounded()
                resolution = measure.base
            case 2:
                value = value.rounded(.down)
                bound = .atLeast
                resolution = measure.base
            default: bound = .approx
            }
            if k == 0, slot % 7 == 3 { value *= 1.4 }
            var values = [
                Value(amount: value * measure.base, unit: QuantityUnit(measure.unit), resolution: resolution)
            ]
            if measure.unit == "USD", local.next() % 3 == 0 {
                values.append(
                    Value(amount: value * measure.base * 7.2, unit: "CNY", resolution: resolution * 10))
            }
            let period: Period? =
                k % 2 == 0 ? .year(year) : (local.next() % 2 == 0 ? .quarter(year, 1 + (story % 4)) : nil)
            mentions.append(
                Mention(
                    subject: subject, measure: local.next() % 3 == 0 ? measure.alias : measure.phrase,
                    quantity: Quantity(values: values, bound: bound), period: period,
                    attribution: local.next() % 2 == 0 ? "people familiar with the matter" : outletName,
                    hedged: local.next() % 4 == 0,
                    evidence: TextSpan(start: 100 * k, end: 100 * k + 90), passage: 0))
        }
        // Context figures about another company, and a roundup item off the story's topic.
        for k in 0..<4 {
            let measure = Self.measures[(Int(local.next() % 1024) + k) % Self.measures.count]
            let amount = Double(10 + local.next() % 500) * measure.base
            mentions.append(
                Mention(
                    subject: k < 3 ? other : company(Int(local.next() % UInt64(companyCount))),
                    measure: measure.phrase,
                    quantity: Quantity(values: [
                        Value(amount: amount, unit: QuantityUnit(measure.unit), resolution: measure.base)
                    ]),
                    period: .year(year - Int(local.next() % 2)), attribution: nil, hedged: false,
                    evidence: TextSpan(start: 500 + 100 * k, end: 590 + 100 * k), passage: k < 3 ? 0 : 1))
        }
        for k in 0..<2 {
            let measure = Self.measures[(measureIndices[k] + 1) % Self.measures.count]
            mentions.append(
                Mention(
                    subject: subject, measure: measure.phrase,
                    quantity: Quantity(values: [
                        Value(
                            amount: Double(5 + local.next() % 95) * measure.base,
                            unit: QuantityUnit(measure.unit), resolution: measure.base)
                    ]),
                    period: .year(year), attribution: "company filings", hedged: false,
                    evidence: TextSpan(start: 900 + 100 * k, end: 990 + 100 * k), passage: 0))
        }

        var denials: [Denial] = []
        if slot == 5, story % 4 == 1 {
            denials.append(
                Denial(
                    party: subject, target: outlet(story &* 7), subject: subject, topics: [],
                    evidence: TextSpan(start: 1200, end: 1290)))
        }
        var textSeed = SplitMix(seed: UInt64(n - slot + source) &+ 99)
        let textHash = String(textSeed.next(), radix: 16)
        let simhash = textSeed.next()
        let length = 2000 + Int(local.next() % 2000)
        let features = ArticleFeatures(
            textHash: textHash, simhash: simhash,
            entities: [
                EntityCount(name: subject, count: 6), EntityCount(name: other, count: 2),
                EntityCount(name: "Regulator \(story % 50)", count: 1),
            ],
            keyTerms: [subject.lowercased()] + terms,
            passages: [
                Passage(span: TextSpan(start: 0, end: length - 300), isMain: true),
                Passage(span: TextSpan(start: length - 300, end: length), isMain: false),
            ])
        let title = "\(subject) \(terms[0]) \(terms[1]) report \(slot)"
        let article = Article(
            ref: "synthetic#\(n)", outlet: outletName, title: title, published: day,
            text: String(repeating: " ", count: length))
        return AnalyzedArticle(
            id: ArticleID(hex128(n)), article: article, mentions: mentions, denials: denials,
            features: features)
    }

    func hex128(_ n: Int) -> String {
        var a = SplitMix(seed: UInt64(n) &+ 0xabcdef)
        let x = a.next()
        let y = a.next()
        func pad(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return pad(x) + pad(y)
    }
}

/// SplitMix64: a tiny deterministic generator.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
