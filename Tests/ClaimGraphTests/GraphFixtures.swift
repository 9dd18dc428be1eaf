import ClaimGraph
import ClaimModel
import Extraction
import Foundation

/// Builds analyzed articles by hand, the way extraction would, for rule tests.
struct ArticleBuilder {
    var outlet: String
    var title: String
    var day: String
    var text: String
    var entities: [String]
    var mentions: [Mention] = []
    var denials: [Denial] = []
    var passages: [Passage] = []

    init(outlet: String, title: String, day: String, text: String? = nil, entities: [String]) {
        self.outlet = outlet
        self.title = title
        self.day = day
        self.text =
            text ?? "\(title). Reported by \(outlet) on \(day) about \(entities.joined(separator: ", "))."
        self.entities = entities
    }

    /// A mention; its evidence is the sentence of `text` containing `sentence` when given,
    /// else the text's first 20 bytes.
    func mention(
        _ subject: String, _ measure: String, _ values: [(Double, String, Double)], bound: Bound = .exact,
        period: String?, attribution: String? = nil, hedged: Bool = false, passage: Int = 0,
        sentence: String? = nil
    ) -> Mention {
        var evidence = TextSpan(start: 0, end: min(20, text.utf8.count))
        if let sentence, let found = text.range(of: sentence) {
            let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
            evidence = TextSpan(start: start, end: start + sentence.utf8.count)
        }
        return Mention(
            subject: subject, measure: measure,
            quantity: Quantity(
                values: values.map { Value(amount: $0.0, unit: QuantityUnit($0.1), resolution: $0.2) },
                bound: bound),
            period: period.flatMap { Period($0) }, attribution: attribution, hedged: hedged,
            evidence: evidence, passage: passage)
    }

    mutating func add(
        _ subject: String, _ measure: String, _ values: [(Double, String, Double)], bound: Bound = .exact,
        period: String?, attribution: String? = nil, hedged: Bool = false, passage: Int = 0,
        sentence: String? = nil
    ) {
        mentions.append(
            mention(
                subject, measure, values, bound: bound, period: period, attribution: attribution,
                hedged: hedged,
                passage: passage, sentence: sentence))
    }

    var analyzed: AnalyzedArticle {
        let article = Article(
            ref: "\(outlet)#\(title)", outlet: outlet, title: title, published: Day(iso: day), text: text)
        let features = ArticleFeatures(
            textHash: ContentHash.textHash(text), simhash: Fingerprint.simhash(text),
            entities: entities.enumerated().map {
                EntityCount(name: $0.element, count: entities.count - $0.offset + 2)
            },
            keyTerms: Fingerprint.keyTerms(title: title, text: text, limit: 12),
            passages: passages.isEmpty
                ? [Passage(span: TextSpan(start: 0, end: text.utf8.count), isMain: true, entities: entities)]
                : passages
        )
        return AnalyzedArticle(
            id: ContentHash.articleID(outlet: outlet, text: text), article: article, mentions: mentions,
            denials: denials, features: features)
    }
}

/// A small deterministic generator for shuffles (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

extension GraphExport {
    func claims(subject: String) -> [ClaimRecord] { claims.filter { $0.subject == subject } }

    func claim(withValue amount: Double, unit: String) -> ClaimRecord? {
        claims.first {
            $0.values.contains { $0.unit.rawValue == unit && abs($0.amount - amount) < 1e-6 * max(1, amount) }
        }
    }
}

/// The export of a graph holding `builders`' articles, inserted in the order given.
func graphExport(of builders: ArticleBuilder...) -> GraphExport {
    var graph = ClaimGraph()
    for builder in builders { graph.insert(builder.analyzed) }
    return graph.export()
}

/// An export as JSON with sorted keys: two graphs are the same when these bytes are.
func canonicalBytes(_ export: GraphExport) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(export)
}
