import ClaimModel
import Extraction

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
    ///
    /// Its text is prose of varied words (the corpus vocabulary, the story's terms, the
    /// company), with each figure stated in a sentence of its own, written as articles write
    /// them (`about $8.1 billion (58.3 billion yuan) in 2024, according to ...`): each
    /// mention's evidence is its sentence. Articles of one story share a few of the story's
    /// sentences, not all; a syndicated copy repeats its original's text, half of them under a
    /// byline naming the syndicating outlet. The last passage is an off-topic roundup item.
    /// Text hash and SimHash are computed from the text, as extraction does.
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
        let sourceOutlet = outlet(story &* 7 &+ source &* 3)
        let outletName = isCopy ? outlet(story &* 7 &+ 39) + " Syndication" : sourceOutlet
        let day = storyDay.adding(days: source % 3)
        // The wording of the source article (a copy's is its original's).
        var words = SplitMix(seed: UInt64(n - slot + source) &* 0x2545_f491 &+ 7)

        // Each mention with the sentence stating it.
        var mentions: [Mention] = []
        var statements: [String] = []
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
            let quarter = 1 + (story % 4)
            let period: Period? =
                k % 2 == 0 ? .year(year) : (local.next() % 2 == 0 ? .quarter(year, quarter) : nil)
            let phrase = local.next() % 3 == 0 ? measure.alias : measure.phrase
            // A copy credits the outlet that first reported the figure, as its original does.
            let attribution = local.next() % 2 == 0 ? "people familiar with the matter" : sourceOutlet
            let hedged = local.next() % 4 == 0
            mentions.append(
                Mention(
                    subject: subject, measure: phrase, quantity: Quantity(values: values, bound: bound),
                    period: period, attribution: attribution, hedged: hedged,
                    evidence: TextSpan(start: 0, end: 0), passage: 0))
            let verbs =
                hedged
                ? ["could reach", "may come to", "might be"] : ["was", "came to", "totalled", "reached"]
            var figure = SyntheticText.written(values[0].amount, unit: values[0].unit.rawValue)
            if values.count > 1 {
                figure += " (" + SyntheticText.written(values[1].amount, unit: values[1].unit.rawValue) + ")"
            }
            let when =
                period == nil
                ? "" : k % 2 == 0 ? " in \(year)" : " in the \(Self.ordinals[quarter - 1]) quarter of \(year)"
            let credit =
                attribution == sourceOutlet ? ", \(attribution) reported" : ", according to \(attribution)"
            let boundWords = bound == .approx ? "about " : bound == .atLeast ? "at least " : ""
            statements.append(
                "\(subject)'s \(phrase) \(verbs[Int(words.next() % UInt64(verbs.count))]) \(boundWords)\(figure)"
                    + "\(when)\(credit).")
        }
        // Context figures about another company, and a roundup item off the story's topic.
        for k in 0..<4 {
            let measure = Self.measures[(Int(local.next() % 1024) + k) % Self.measures.count]
            // Context figures are precise (two decimals): independent figures rarely agree.
            let amount = Double(1_000 + local.next() % 50_000) / 100 * measure.base
            let named = k == 0 ? other : company(Int(local.next() % UInt64(companyCount)))
            let figureYear = year - Int(local.next() % 2)
            mentions.append(
                Mention(
                    subject: named, measure: measure.phrase,
                    quantity: Quantity(values: [
                        Value(
                            amount: amount, unit: QuantityUnit(measure.unit), resolution: measure.base / 100)
                    ]),
                    period: .year(figureYear), attribution: nil, hedged: false,
                    evidence: TextSpan(start: 0, end: 0), passage: k < 3 ? 0 : 1))
            statements.append(
                "\(named)'s \(measure.phrase) was \(SyntheticText.written(amount, unit: measure.unit)) in \(figureYear)."
            )
        }
        for k in 0..<2 {
            let measure = Self.measures[(measureIndices[k] + 1) % Self.measures.count]
            let amount = Double(50 + local.next() % 950) / 10 * measure.base
            mentions.append(
                Mention(
                    subject: subject, measure: measure.phrase,
                    quantity: Quantity(values: [
                        Value(amount: amount, unit: QuantityUnit(measure.unit), resolution: measure.base / 10)
                    ]),
                    period: .year(year), attribution: "company filings", hedged: false,
                    evidence: TextSpan(start: 0, end: 0), passage: 0))
            statements.append(
                "\(subject) put its \(measure.phrase) at \(SyntheticText.written(amount, unit: measure.unit)) "
                    + "for \(year), according to company filings.")
        }

        var denials: [Denial] = []
        let denies = slot == 5 && story % 4 == 1
        if denies {
            denials.append(
                Denial(
                    party: subject, target: outlet(story &* 7), subject: subject, topics: [],
                    evidence: TextSpan(start: 0, end: 0)))
        }
        let length = 2000 + Int(local.next() % 2000)

        // The story's own sentences: each article of the story repeats four of the six.
        var storyWords = SplitMix(seed: UInt64(story) &* 0x632b_e5ab &+ 11)
        var shared = (0..<5).map { _ in SyntheticText.prose(&storyWords, subject: subject, terms: terms) }
        shared.append("Regulator \(story % 50) declined to comment on the \(terms[2]) \(terms[3]) review.")

        // The main passage: statements, the denial and the shared sentences in an order of the
        // article's own, each followed by prose of its own; then prose up to the length.
        // Item i < 0: shared sentence -i - 1; otherwise mention i's statement; `mentions.count`:
        // the denial.
        var items = Array(0..<mentions.count).filter { mentions[$0].passage == 0 }
        if denies { items.append(mentions.count) }
        let firstShared = Int(words.next() % UInt64(shared.count))
        for j in 0..<4 { items.append(-((firstShared + j) % shared.count) - 1) }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, Int(words.next() % UInt64(i + 1)))
        }
        var body = SyntheticText()
        var spans = [TextSpanBounds](repeating: TextSpanBounds(start: 0, end: 0), count: mentions.count + 1)
        var sentences = 0
        func add(_ sentence: String) -> TextSpanBounds {
            sentences += 1
            return body.sentence(sentence, paragraphEnds: sentences % 3 == 0)
        }
        _ = add(SyntheticText.prose(&words, subject: subject, terms: terms))
        for item in items {
            if item < 0 {
                _ = add(shared[-item - 1])
            } else if item == mentions.count {
                spans[item] = add("\(subject) denied the account published by \(outlet(story &* 7)).")
            } else {
                spans[item] = add(statements[item])
            }
            if words.next() % 2 == 0 { _ = add(SyntheticText.prose(&words, subject: subject, terms: terms)) }
        }
        while body.count < length - 300 {
            _ = add(SyntheticText.prose(&words, subject: subject, terms: terms))
        }
        if body.bytes.last == UInt8(ascii: " ") { body.append("\n\n") }
        // The roundup item: another company, other words.
        let roundupStart = body.count
        let roundupCompany = company(Int(words.next() % UInt64(companyCount)))
        let roundupTerms = (0..<3).map { _ in
            Self.vocabulary[Int(words.next() % UInt64(Self.vocabulary.count))]
        }
        let opening = SyntheticText.prose(&words, subject: roundupCompany, terms: roundupTerms)
        _ = body.sentence("In other news, " + opening.prefix(1).lowercased() + opening.dropFirst())
        for (i, mention) in mentions.enumerated() where mention.passage == 1 {
            spans[i] = body.sentence(statements[i])
        }
        _ = body.sentence(SyntheticText.prose(&words, subject: roundupCompany, terms: roundupTerms))

        // A copy under its own byline (every other copy) differs from its original there only.
        let reporter = Self.vocabulary[Int(words.next() % UInt64(Self.vocabulary.count))].capitalized
        let bylined = isCopy && story % 4 == 2
        let byline =
            "By \(reporter) Hal, \(sourceOutlet)" + (bylined ? ", distributed by \(outletName)" : "") + "\n\n"
        let offset = byline.utf8.count
        let text = byline + body.string
        let textLength = text.utf8.count
        for i in mentions.indices {
            let span = spans[i].shifted(by: offset)
            mentions[i].evidence = TextSpan(start: span.start, end: span.end)
        }
        if denies {
            let span = spans[mentions.count].shifted(by: offset)
            denials[0].evidence = TextSpan(start: span.start, end: span.end)
        }

        let features = ArticleFeatures(
            textHash: ContentHash.textHash(text), simhash: Fingerprint.simhash(text),
            entities: [
                EntityCount(name: subject, count: 6), EntityCount(name: other, count: 1),
                EntityCount(name: "Regulator \(story % 50)", count: 1),
            ],
            keyTerms: [subject.lowercased()] + terms,
            passages: [
                Passage(span: TextSpan(start: 0, end: offset + roundupStart), isMain: true),
                Passage(span: TextSpan(start: offset + roundupStart, end: textLength), isMain: false),
            ])
        let title = "\(subject) \(terms[0]) \(terms[1]) report \(slot)"
        let article = Article(
            ref: "synthetic#\(n)", outlet: outletName, title: title, published: day, text: text)
        return AnalyzedArticle(
            id: ArticleID(hex128(n)), article: article, mentions: mentions, denials: denials,
            features: features)
    }

    static let ordinals = ["first", "second", "third", "fourth"]

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
