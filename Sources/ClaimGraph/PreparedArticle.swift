import ClaimModel

/// An analysed article with everything its insert computes from the article alone: the wording
/// sketch, each mention's correction and expectation cues and main-passage flag, each parsed
/// period span, each denial's topic stems and main-passage flag, and the hash of every string
/// the commit interns. Made without the graph (`init(_:)` reads nothing else), so articles can
/// be prepared on other threads while one commits them in order (`ClaimGraph.insert(contentsOf:)`):
/// `ClaimGraph.insert(_:)` of a prepared article does only what needs the graph.
///
/// Transient: nothing of it is kept after the insert except what the graph keeps anyway.
public struct PreparedArticle: Sendable {
    /// The article as analysed.
    public let analyzed: AnalyzedArticle
    /// The MinHash sketch of the text's word shingles (`ShingleSketch`).
    let sketch: ShingleSketch
    /// Per mention: `MentionCues` bits.
    let mentionCues: [MentionCues]
    /// Per mention: the span of its period, when it has one that parses.
    let periodSpans: [PeriodSpan?]
    /// Per mention, `Interner.hash` of its subject, measure, attribution and period, four in a
    /// row (0 for an absent attribution or period).
    let mentionHashes: [UInt64]
    /// `Interner.hash` of the outlet (`""` when none), of the first `entityHashes.count`
    /// entities' names and the first `termHashes.count` key terms.
    let outletHash: UInt64
    let entityHashes: [UInt64]
    let termHashes: [UInt64]
    /// Per denial: its topics stemmed (`MeasureVocabulary.stem`), and whether its passage is main.
    let denialTopics: [[String]]
    let denialIsMain: [Bool]

    /// What a mention's sentence says of its figure, and where it stands.
    struct MentionCues: OptionSet, Sendable {
        let rawValue: UInt8
        /// Its sentence withdraws or corrects a figure (`CorrectionCue`).
        static let corrected = MentionCues(rawValue: 1)
        /// Its sentence credits the figure to forecasters (`ExpectationCue`).
        static let expected = MentionCues(rawValue: 2)
        /// It is in one of the article's main passages.
        static let main = MentionCues(rawValue: 4)
    }

    /// Prepares `analyzed` for `ClaimGraph.insert(_:)`. Hashes as many entities and key terms
    /// as the default `GraphRules` read; a graph with other rules hashes the rest itself.
    public init(_ analyzed: AnalyzedArticle) {
        let rules = GraphRules()
        self.analyzed = analyzed
        let features = analyzed.features
        var cues: [MentionCues] = []
        cues.reserveCapacity(analyzed.mentions.count)
        var text = analyzed.article.text
        sketch = text.withUTF8 { bytes in
            for mention in analyzed.mentions {
                let start = max(0, min(mention.evidence.start, bytes.count))
                let end = max(start, min(mention.evidence.end, bytes.count))
                let found = CorrectionCue.correctionAndExpectation(
                    UnsafeBufferPointer(rebasing: bytes[start..<end]))
                var cue: MentionCues = []
                if found.corrected { cue.insert(.corrected) }
                if found.expected { cue.insert(.expected) }
                if ClaimGraph.isMain(mention.passage, in: features) { cue.insert(.main) }
                cues.append(cue)
            }
            return ShingleSketch(utf8: bytes)
        }
        mentionCues = cues
        var spans: [PeriodSpan?] = []
        spans.reserveCapacity(analyzed.mentions.count)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(4 * analyzed.mentions.count)
        for mention in analyzed.mentions {
            spans.append(mention.period.flatMap { PeriodSpan($0) })
            hashes.append(Interner.hash(of: mention.subject))
            hashes.append(Interner.hash(of: mention.measure))
            hashes.append(mention.attribution.map { Interner.hash(of: $0) } ?? 0)
            hashes.append(mention.period.map { Interner.hash(of: $0.rawValue) } ?? 0)
        }
        periodSpans = spans
        mentionHashes = hashes
        outletHash = Interner.hash(of: analyzed.article.outlet ?? "")
        entityHashes = features.entities.prefix(rules.entitiesPerArticle).map { Interner.hash(of: $0.name) }
        termHashes = features.keyTerms.prefix(rules.termsPerArticle).map { Interner.hash(of: $0) }
        denialTopics = analyzed.denials.map { denial in
            denial.topics.map { MeasureVocabulary.stem($0.lowercased()) }
        }
        denialIsMain = analyzed.denials.map { ClaimGraph.isMain($0.passage, in: features) }
    }
}
