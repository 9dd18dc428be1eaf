/// Marks what a real feed mixes into article text and what must make no mentions: ticker strips
/// (`METAMeta Platforms Inc$624.22...`), ratings widgets, photo credits, "Read Next" headlines,
/// disclaimers, bylines, share buttons, conversion-rate footnotes.
enum NoiseFilter {
    /// Sentence openings (lower-case words) that mark the whole sentence as noise.
    static let noiseLeads: [[String]] = [
        ["read", "next"], ["read", "more"], ["see", "also"], ["also", "read"], ["related"],
        ["disclaimer"], ["tickers", "in", "this", "article"], ["reporting", "by"], ["editing", "by"],
        ["writing", "by"], ["additional", "reporting"], ["this", "article"], ["this", "story"],
        ["this", "content"], ["market", "news", "and", "data"], ["share"], ["copy", "link"],
        ["register", "for", "free"], ["sign", "up"], ["subscribe"], ["click", "here"],
        ["play", "responsibly"],
        ["photo"], ["picture"], ["pictures"], ["image", "credits"], ["image", "credit"],
        ["photo", "courtesy"],
        ["with", "inputs", "from"], ["past", "performance"], ["follow", "us"],
        ["newsletter"], ["advertisement"], ["we'll", "be", "back"], ["that's", "all"],
    ]
    /// Credit prefixes that may sit inside a sentence: the prefix and the credited name are noise.
    static let creditPrefixes: [[String]] = [
        ["photo", "courtesy", ":"], ["photo", "credit", ":"], ["image", "credits", ":"],
        ["image", "credit", ":"],
        ["photo", ":"], ["picture", ":"], ["pictures", ":"], ["photograph", ":"], ["credit", ":"],
    ]
    /// Agencies that end a credit (`Image Credits: Getty Images`).
    static let creditAgencies: [[String]] = [
        ["getty", "images"], ["shutterstock"], ["afp", "via", "getty", "images"], ["afp"], ["reuters"],
        ["ap"], ["epa"], ["alamy"], ["istock"], ["bloomberg"], ["pa", "images"], ["xinhua"],
    ]

    /// Token-level noise: credits, ticker strips, bylines in parentheses, `($1=7.27 yuan)`.
    static func mark(_ tokens: [Token]) -> [Bool] {
        var noise = [Bool](repeating: false, count: tokens.count)
        // Datelines: `MUNICH, Oct 8 (Reuters) -`, `BEIJING (Reuters) -`.
        var line = 0
        while line < tokens.count {
            var end = line
            while end < tokens.count, end == line || !tokens[end].newlineBefore { end += 1 }
            let limit = min(end, line + 10)
            if let open = (line..<limit).first(where: { tokens[$0].isSymbol("(") }), open + 3 < end,
                tokens[open + 1].isCapitalized,
                let close = (open..<min(end, open + 5)).first(where: { tokens[$0].isSymbol(")") }),
                close + 1 < end,
                tokens[close + 1].isSymbol("-") || tokens[close + 1].text == "\u{2013}"
                    || tokens[close + 1].text == "\u{2014}",
                (line..<open).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized })
            {
                var stop = close + 2
                while stop < end, tokens[stop].isSymbol("-") { stop += 1 }
                for k in line..<stop { noise[k] = true }
            }
            if isQuoteLine(tokens, line..<end) {
                for k in line..<end { noise[k] = true }
            }
            line = end
        }
        var capitalCounts: [String: Int]?
        var i = 0
        while i < tokens.count {
            // `Source: Cryptopolitan Meta Platforms said ...`: a source label glued to the text. The
            // credited name is the run of capitalised words the article never uses again.
            if tokens[i].has(.sourceWord), tokens[i].lower == "source", i + 1 < tokens.count,
                tokens[i + 1].isSymbol(":"),
                i == 0 || tokens[i].newlineBefore
            {
                if capitalCounts == nil {
                    var counts: [String: Int] = [:]
                    for t in tokens where t.kind == .word && t.isCapitalized {
                        counts[t.text, default: 0] += 1
                    }
                    capitalCounts = counts
                }
                var end = i + 2
                while end < tokens.count, end < i + 5, tokens[end].kind == .word, tokens[end].isCapitalized,
                    (capitalCounts?[tokens[end].text] ?? 0) <= 1
                {
                    end += 1
                }
                for k in i..<end { noise[k] = true }
                i = end
                continue
            }
            // Credits.
            if tokens[i].has(.creditPrefixStart), let length = matchPhrase(tokens, i, creditPrefixes) {
                var end = i + length
                if i > 0, tokens[i - 1].isSymbol("(") {
                    noise[i - 1] = true
                    while end < tokens.count, !tokens[end].isSymbol(")") { end += 1 }
                    end = min(end + 1, tokens.count)
                } else if let agency = matchPhrase(tokens, end, creditAgencies) {
                    end += agency
                } else {
                    var words = 0
                    while end < tokens.count, words < 2, tokens[end].isCapitalized {
                        end += 1
                        words += 1
                    }
                }
                for k in i..<end { noise[k] = true }
                i = end
                continue
            }
            // Ticker strips: a name glued to a price (`Inc$624.22`) or a percent glued to a word.
            if isTickerGlue(tokens, i) {
                var from = i
                var back = 0
                while from > 0, back < 4, tokens[from - 1].kind == .word, tokens[from - 1].isCapitalized,
                    !tokens[from].newlineBefore
                {
                    from -= 1
                    back += 1
                }
                var to = i
                while to < tokens.count, to == i || !tokens[to].newlineBefore { to += 1 }
                for k in from..<to { noise[k] = true }
                i = to
                continue
            }
            // Parenthesised bylines and conversion footnotes.
            if tokens[i].isSymbol("("), i + 1 < tokens.count {
                let next = tokens[i + 1]
                let byline =
                    ["reporting", "writing", "editing", "additional", "with"].contains(next.lower)
                    && i + 2 < tokens.count && ["by", "reporting", "inputs"].contains(tokens[i + 2].lower)
                let rate =
                    next.isSymbol("$") || next.text == "\u{20AC}" || next.text == "\u{00A3}"
                    ? (i + 3 < tokens.count && tokens[i + 2].kind == .number && tokens[i + 3].isSymbol("="))
                    : (next.kind == .number && i + 2 < tokens.count && tokens[i + 2].isSymbol("="))
                if byline || rate {
                    var end = i + 1
                    while end < tokens.count, !tokens[end].isSymbol(")"), end - i < 60 { end += 1 }
                    end = min(end + 1, tokens.count)
                    for k in i..<end { noise[k] = true }
                    i = end
                    continue
                }
            }
            i += 1
        }
        return noise
    }

    /// Sentence-level noise: boilerplate openings and headline-case lines (related links).
    static func isNoise(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var first = range.lowerBound
        while first < range.upperBound, tokens[first].kind == .symbol { first += 1 }
        guard first < range.upperBound else { return true }
        if tokens[first].has(.noiseLeadStart),
            matchPhrase(tokens, first, noiseLeads, limit: range.upperBound) != nil
        {
            return true
        }
        if tokens[first].text == "18" || tokens[first].text == "BeGambleAware" { return true }
        // Headline case: most words capitalised, as related-story links and section labels are.
        var words = 0
        var capitalised = 0
        for k in range where tokens[k].kind == .word && tokens[k].characterCount > 3 {
            words += 1
            if tokens[k].isCapitalized { capitalised += 1 }
        }
        let endsLikeSentence = tokens[range.upperBound - 1].isSymbol(".")
        if words >= 5, capitalised * 5 >= words * 4, !endsLikeSentence || words >= 10 { return true }
        return false
    }

    /// A quote widget's line: one or more quotes, each a price with its change in percent in
    /// parentheses or signed (`HLDN  Halden Pharma A/S ADR  $45.18 +5.02 (+12.50%)`, `NIFTY 50
    /// 25,104.60 -101.25 (-0.40%) | SENSEX ...`, `OMXR 1,254.37 -0.31% | LV10Y 3.38% -4bp`), and hardly
    /// a lower-case word (`Market closed`): no sentence of prose.
    static func isQuoteLine(_ tokens: [Token], _ line: Range<Int>) -> Bool {
        guard line.count >= 5, line.count <= 80 else { return false }
        var lowercaseWords = 0
        var quotes = 0
        for k in line {
            if tokens[k].kind == .word, !tokens[k].isCapitalized {
                lowercaseWords += 1
                if lowercaseWords > 3 { return false }
            }
            // A number, then its change: a signed percent (`1,254.37 -0.31%`).
            if tokens[k].isSymbol("+") || tokens[k].isSymbol("-") || tokens[k].text == "\u{2212}",
                k > line.lowerBound, tokens[k - 1].kind == .number, k + 2 < line.upperBound,
                tokens[k + 1].kind == .number, !tokens[k + 1].spaceBefore, tokens[k + 2].isSymbol("%")
            {
                quotes += 1
            }
            // `(`, a sign, a number, `%`, `)` after a number.
            if tokens[k].isSymbol("("), k > line.lowerBound, tokens[k - 1].kind == .number {
                var j = k + 1
                if j < line.upperBound,
                    tokens[j].isSymbol("+") || tokens[j].isSymbol("-") || tokens[j].text == "\u{2212}"
                {
                    j += 1
                }
                if j + 2 < line.upperBound, tokens[j].kind == .number, tokens[j + 1].isSymbol("%"),
                    tokens[j + 2].isSymbol(")")
                {
                    quotes += 1
                }
            }
        }
        return quotes > 0
    }

    private static func isTickerGlue(_ tokens: [Token], _ i: Int) -> Bool {
        // Fields read in place: this runs for every token, and a copy of a token copies two Strings.
        guard !tokens[i].spaceBefore, i > 0 else { return false }
        // `Inc$624.22`, `SE€48.20`: a currency sign glued to a word and then digits.
        // (The table lookup last: the flag tests rule out most symbols.)
        if tokens[i].kind == .symbol, tokens[i - 1].kind == .word, i + 1 < tokens.count,
            tokens[i + 1].kind == .number, !tokens[i + 1].spaceBefore,
            QuantityParser.prefixSymbolCodes[tokens[i].text] != nil,
            !QuantityParser.wordCurrencyPrefixes.contains(tokens[i - 1].text)
        {
            return true
        }
        // `0.12%Overview`: a percent glued to the next word.
        if tokens[i].kind == .word, tokens[i].isCapitalized, tokens[i - 1].isSymbol("%") { return true }
        // `Rating:Good62.5%`.
        if tokens[i].kind == .number, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
            tokens[i - 1].characterCount > 2,
            i + 1 < tokens.count, tokens[i + 1].isSymbol("%"), !tokens[i - 1].isAllCaps
        {
            return true
        }
        return false
    }

    /// Length of the first phrase matching at `i` (case-insensitive, `:` as its own token).
    static func matchPhrase(
        _ tokens: [Token], _ i: Int, _ phrases: [[String]], limit: Int? = nil
    ) -> Int? {
        let end = limit ?? tokens.count
        for phrase in phrases {
            guard i + phrase.count <= end else { continue }
            var ok = true
            for (k, word) in phrase.enumerated() where tokens[i + k].lower != word {
                ok = false
                break
            }
            if ok { return phrase.count }
        }
        return nil
    }
}
