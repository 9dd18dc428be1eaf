import ClaimModel

/// Figures stated as what others expected (`beating analysts' average estimate of $11.00
/// billion`, `compared with expectations of 27 cents`, `the $50.25 billion that analysts had
/// expected`): a measure of their own, `analysts' expected <measure>`, which the graph never
/// merges with the reported figure nor sets against it.
enum Estimates {
    static let prefix = "analysts' expected "

    /// Nouns of an expected figure, right before `of` and the figure.
    static let estimateNouns: Set<String> = [
        "estimate", "estimates", "expectations", "expectation", "consensus", "forecast", "forecasts",
        "projection", "projections",
    ]
    /// Those that say by themselves that others expect it (`its estimate` is the company's own).
    static let sharedEstimateNouns: Set<String> = ["expectations", "expectation", "consensus"]
    /// Who expects a figure other than the one who reports it.
    static let forecasters: Set<String> = [
        "analysts", "analyst", "economists", "economist", "street", "consensus", "strategists", "polled",
        "traders", "forecasters", "surveyed",
    ]
    /// Words that set a reported figure against an estimate (`above estimates of`).
    static let measuredAgainst: Set<String> = [
        "above", "below", "beating", "beat", "beats", "topping", "topped", "tops", "missing", "missed",
        "misses", "exceeding", "exceeded", "against", "versus", "vs",
    ]
    /// Words that end the clause a figure's forecasters are looked for in.
    static let clauseStops: Set<String> = ["while", "but", "whereas"]
    /// Verbs of expecting.
    static let expectVerbs: Set<String> = [
        "expected", "expect", "expects", "forecast", "forecasted", "estimated", "predicted", "projected",
        "penciled", "pencilled", "anticipated", "saw", "looking",
    ]

    /// Whether the figure at `range` is one others expected: after an estimate noun and `of`
    /// that forecasters stand near (`analysts' average estimate of`, `expectations of`), after
    /// forecasters and a verb of expecting (`analysts had expected revenue of`), or before them
    /// (`the $50.25 billion that analysts had expected`, `expected by analysts`). The tables are
    /// tested through the tokens' word classes (a bit test instead of a `String` hash per table
    /// and token).
    static func isThirdPartyEstimate(_ range: Range<Int>, tokens: [Token], sentence: Range<Int>) -> Bool {
        let floor = max(sentence.lowerBound, range.lowerBound - 8)
        // Before the figure, within its clause.
        var k = range.lowerBound - 1
        var sawForecaster = false
        var nounAt: Int?
        while k >= floor {
            if tokens[k].isSymbol(";") || tokens[k].has(.estimateClauseStop) { break }
            if tokens[k].has(.forecaster) { sawForecaster = true }
            if nounAt == nil, k >= range.lowerBound - 4, tokens[k].has(.estimateNoun),
                k + 1 < range.lowerBound, tokens[k + 1].lower == "of"
            {
                nounAt = k
            }
            // `analysts had expected revenue of`, `Economists polled by Reuters expected`.
            if tokens[k].has(.expectVerb),
                (max(sentence.lowerBound, k - 7)..<k).contains(where: { tokens[$0].has(.forecaster) })
            {
                return true
            }
            k -= 1
        }
        if let nounAt {
            if sharedEstimateNouns.contains(tokens[nounAt].lower) || sawForecaster { return true }
            // `above estimates of`, `beating the estimate of`, `against the Dow Jones estimate of`:
            // what a reported figure is measured against is what others expected.
            var b = nounAt - 1
            while b > floor, b >= nounAt - 4, tokens[b].kind == .word,
                tokens[b].isCapitalized || tokens[b].lower == "the"
            {
                b -= 1
            }
            if b >= floor, measuredAgainst.contains(tokens[b].lower) { return true }
        }
        // After the figure: `that analysts had expected`, `expected by analysts`.
        let ceiling = min(sentence.upperBound, range.upperBound + 5)
        // A results table's line (`Earnings per share: $1.31 adjusted vs. $1.14 expected`): set
        // against the reported figure and named as expected right after it.
        if range.upperBound < sentence.upperBound, tokens[range.upperBound].has(.expectVerb) {
            var v = range.lowerBound - 1
            if v > sentence.lowerBound, tokens[v].isSymbol(".") { v -= 1 }
            if v >= sentence.lowerBound, ["vs", "versus"].contains(tokens[v].lower) { return true }
        }
        var a = range.upperBound
        if a < ceiling, ["that", "which"].contains(tokens[a].lower) { a += 1 }
        if a < ceiling, tokens[a].has(.forecaster) {
            var v = a + 1
            if v < ceiling, ["had", "have", "were", "are"].contains(tokens[v].lower) { v += 1 }
            return v < ceiling && tokens[v].has(.expectVerb)
        }
        return a + 2 < sentence.upperBound && a + 2 <= ceiling && tokens[a].has(.expectVerb)
            && tokens[a + 1].lower == "by" && tokens[a + 2].has(.forecaster)
    }

    /// Renames the sentence's expected figures: `analysts' expected` and the measure they expect,
    /// their own when it names one, else that of the reported figure of the same kind before them
    /// (`Earnings per share were 49 cents, compared with expectations of 27 cents`).
    static func relate(_ figures: [SentenceFigure], mentions: inout [Mention]) {
        for (i, figure) in figures.enumerated() where figure.estimate {
            var measure = mentions[figure.mention].measure
            if isVague(measure),
                let reported = figures[..<i].last(where: {
                    !$0.estimate && $0.kind == figure.kind && $0.perShare == figure.perShare
                })
            {
                measure = mentions[reported.mention].measure
            }
            if isVague(measure) { measure = "estimate" }
            mentions[figure.mention].measure = prefix + measure
        }
    }

    /// A measure that says nothing of what is expected: a fallback name or the estimate noun.
    static func isVague(_ measure: String) -> Bool {
        if ChangeEnds.vagueMeasures.contains(measure) { return true }
        let words = measure.split(separator: " ")
        return words.contains { estimateNouns.contains(String($0)) }
    }
}
