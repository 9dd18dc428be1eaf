import ClaimModel

/// Wording by which a sentence says the start point of a change was a figure published and
/// then withdrawn, not an earlier state of what is measured: `fell to 59.6% from the 60.3%
/// first published`, `rose to 8.9% from 8.8% in the preliminary data`, `cut its toll from 52
/// to 46 after finding double-counted deaths`. Such a start point is the withdrawn account of
/// the figure it changed to (it competes with it), while `revenue rose to $5bn from $4bn` is a
/// change over time (the `previous` value, which competes with nothing).
enum WithdrawnFigure {
    /// Single words saying a figure was wrong or replaced.
    static let words: Set<String> = [
        "corrected", "correction", "erroneous", "erroneously", "mistakenly", "misstated", "misreported",
        "double-counted", "retracted", "withdrawn",
    ]
    /// Words before which `first`, `initially`, `originally` say a figure was the one put out
    /// before (`first published`, `initially reported`).
    static let publishedWords: Set<String> = ["published", "reported", "announced", "released", "given"]
    static let firstWords: Set<String> = ["first", "initially", "originally"]
    /// Provisional figures (`the preliminary count`, `provisional results`).
    static let provisionalWords: Set<String> = ["preliminary", "provisional"]
    static let countNouns: Set<String> = [
        "count", "counts", "data", "figure", "figures", "result", "results", "tally", "toll", "tallies",
    ]
    /// Verbs after which `twice` says a figure counted some things twice (`recorded twice`).
    static let twiceVerbs: Set<String> = ["counted", "recorded", "entered", "included", "registered"]

    /// Once the sentence's figures are named (`ChangeEnds.relate`): in a sentence saying a
    /// figure was withdrawn, a change's start point is named as the figure it changed to, not as
    /// its `previous` value.
    static func relate(
        _ figures: [SentenceFigure], mentions: inout [Mention], tokens: [Token], sentence: Range<Int>
    ) {
        let prefix = MeasureNamer.previousPrefix
        guard figures.contains(where: { mentions[$0.mention].measure.hasPrefix(prefix) }),
            isStated(in: tokens, sentence: sentence)
        else { return }
        for figure in figures where mentions[figure.mention].measure.hasPrefix(prefix) {
            mentions[figure.mention].measure = String(
                mentions[figure.mention].measure.dropFirst(prefix.count))
        }
    }

    /// Whether the sentence says a figure in it was first published, provisional, corrected or
    /// counted twice.
    static func isStated(in tokens: [Token], sentence: Range<Int>) -> Bool {
        for k in sentence {
            let word = tokens[k].lower
            if words.contains(word) { return true }
            guard k + 1 < sentence.upperBound else { continue }
            let next = tokens[k + 1].lower
            if firstWords.contains(word), publishedWords.contains(next) { return true }
            if provisionalWords.contains(word), countNouns.contains(next) { return true }
            if twiceVerbs.contains(word), next == "twice" { return true }
            // `double-counted` split at its hyphen.
            if word == "double", k + 2 < sentence.upperBound, tokens[k + 1].isSymbol("-"),
                tokens[k + 2].lower == "counted"
            {
                return true
            }
        }
        return false
    }
}
