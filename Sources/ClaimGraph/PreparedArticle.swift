import ClaimModel

/// An analysed article with everything its insert computes from the article alone: the wording
/// sketch, each mention's correction and expectation cues and main-passage flag, each denial's
/// topic stems and main-passage flag, and the hash of every string the commit interns. Made
/// without the graph (`init(_:)` reads nothing else), so articles can be prepared on other
/// threads while one commits them in order (`ClaimGraph.insert(contentsOf:)`):
/// `ClaimGraph.insert(_:)` of a prepared article does only what needs the graph.
///
/// Transient: nothing of it is kept after the insert except what the graph keeps anyway. Few
/// buffers (the sketch, the cues, one of hashes): each is allocated on the preparing thread
/// and freed on the committing one. Period spans are not parsed here: the graph keeps each
/// period's span by interned period, and a look-up there is what the commit makes anyway.
public struct PreparedArticle: Sendable {
    /// The article as analysed.
    public let analyzed: AnalyzedArticle
    /// The MinHash sketch of the text's word shingles (`ShingleSketch`).
    let sketch: ShingleSketch
    /// Per mention: what its sentence says of its figure, and where it stands.
    let mentionCues: [MentionCues]
    /// The key terms by stem (`MeasureVocabulary.stem`), in rank order, a stem once: outlets
    /// word one story `toll` and `tolls`, `rescuer` and `rescuers`.
    let termStems: [String]
    /// `Interner.hash` of the outlet (`""` when none); of the first `entityHashCount` entities'
    /// names; of the first `termHashCount` term stems; then per mention, of its subject,
    /// measure, attribution and period, four in a row (0 for an absent attribution or period).
    let hashes: [UInt64]
    let entityHashCount: Int
    let termHashCount: Int
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
        let entities = features.entities.prefix(rules.entitiesPerArticle)
        termStems = Self.stems(features.keyTerms)
        let terms = termStems.prefix(rules.termsPerArticle)
        entityHashCount = entities.count
        termHashCount = terms.count
        var hashes: [UInt64] = []
        hashes.reserveCapacity(1 + entities.count + terms.count + 4 * analyzed.mentions.count)
        hashes.append(Interner.hash(of: analyzed.article.outlet ?? ""))
        for entity in entities { hashes.append(Interner.hash(of: entity.name)) }
        for term in terms { hashes.append(Interner.hash(of: term)) }
        var cues: [MentionCues] = []
        cues.reserveCapacity(analyzed.mentions.count)
        var text = analyzed.article.text
        // Mentions read in place: copying one retains and releases each of its strings, which
        // the committing thread reads too.
        sketch = text.withUTF8 { bytes in
            analyzed.mentions.withUnsafeBufferPointer { mentions in
                for mention in mentions.indices {
                    let start = max(0, min(mentions[mention].evidence.start, bytes.count))
                    let end = max(start, min(mentions[mention].evidence.end, bytes.count))
                    let found = CorrectionCue.correctionAndExpectation(
                        UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    var cue: MentionCues = []
                    if found.corrected { cue.insert(.corrected) }
                    if found.expected { cue.insert(.expected) }
                    if ClaimGraph.isMain(mentions[mention].passage, in: features) { cue.insert(.main) }
                    cues.append(cue)
                    hashes.append(Interner.hash(of: mentions[mention].subject))
                    hashes.append(Interner.hash(of: mentions[mention].measure))
                    hashes.append(mentions[mention].attribution.map { Interner.hash(of: $0) } ?? 0)
                    hashes.append(mentions[mention].period.map { Interner.hash(of: $0.rawValue) } ?? 0)
                }
            }
            return ShingleSketch(utf8: bytes)
        }
        mentionCues = cues
        self.hashes = hashes
        denialTopics = analyzed.denials.map { denial in
            denial.topics.map { MeasureVocabulary.stem($0.lowercased()) }
        }
        denialIsMain = analyzed.denials.map { ClaimGraph.isMain($0.passage, in: features) }
    }

    /// `terms` stemmed, each stem once, in the order of the terms.
    static func stems(_ terms: [String]) -> [String] {
        var stems: [String] = []
        stems.reserveCapacity(terms.count)
        for term in terms {
            // Only an ending `s`, `d` or `g` is a suffix `stem` strips: other words are read no
            // further (a stem makes strings, for every term of every article).
            let last = term.utf8.last
            let stem =
                last == UInt8(ascii: "s") || last == UInt8(ascii: "d") || last == UInt8(ascii: "g")
                ? MeasureVocabulary.stem(term) : term
            if !stems.contains(stem) { stems.append(stem) }
        }
        return stems
    }

    /// Where the mentions' hashes start in `hashes`.
    var mentionHashStart: Int { 1 + entityHashCount + termHashCount }
}
