/// Splits tokens into sentences: at `.`, `!`, `?` before a capital, digit or quote (not after
/// `U.S.`, `Jan.`, `Inc.`, initials, nor inside decimals), at line breaks, at ` | ` separators and
/// after a dateline's time zone (`02:41 IST`). Noise tokens are dropped and split sentences.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "inc", "corp", "ltd", "co", "jr", "sr", "no", "vs", "gen", "gov", "sen",
        "rep", "prof", "mt", "ft", "est", "approx", "fig", "vol", "lt", "col", "capt", "sgt", "messrs",
        "rs",
    ]
    /// The most tokens one sentence may have; longer runs are cut (real prose stays far below:
    /// the longest corpus sentence has about 100 tokens).
    static let maximumTokens = 256
    static let closers: Set<String> = ["\"", "\u{201D}", "'", "\u{2019}", ")", "]"]
    static let openers: Set<String> = [
        "\"", "\u{201C}", "'", "\u{2018}", "(", "[", "$", "\u{20AC}", "\u{00A3}",
    ]

    static func split(_ tokens: [Token], noise: [Bool]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var startsLine = true

        func close(_ end: Int) {
            // Drop noise tokens: each maximal clean run becomes a sentence of its own.
            var runStart: Int?
            var lineFlag = startsLine
            for k in start..<end {
                if noise[k] {
                    if let r = runStart {
                        append(r, k, lineFlag)
                        lineFlag = false
                    }
                    runStart = nil
                } else if runStart == nil {
                    runStart = k
                }
            }
            if let r = runStart { append(r, end, lineFlag) }
            start = end
        }
        func append(_ from: Int, _ to: Int, _ line: Bool) {
            var a = from
            var b = to
            while a < b, tokens[a].isSymbol("|") { a += 1 }
            while b > a, tokens[b - 1].isSymbol("|") { b -= 1 }
            guard a < b else { return }
            var lineFlag = line
            // A run-on "sentence" (no stops for pages) is cut into pieces of at most `maximumTokens`,
            // at the last comma or semicolon of a piece's final quarter when there is one: every
            // per-sentence step (subject, attribution, periods) then costs at most the cap per figure.
            while b - a > maximumTokens {
                var cut = a + maximumTokens
                for k in stride(from: cut - 1, through: a + maximumTokens * 3 / 4, by: -1)
                where tokens[k].isSymbol(",") || tokens[k].isSymbol(";") {
                    cut = k + 1
                    break
                }
                sentences.append(
                    Sentence(
                        tokens: a..<cut, start: tokens[a].start, end: tokens[cut - 1].end,
                        startsLine: lineFlag))
                lineFlag = false
                a = cut
            }
            sentences.append(
                Sentence(tokens: a..<b, start: tokens[a].start, end: tokens[b - 1].end, startsLine: lineFlag))
        }

        var i = 0
        while i < tokens.count {
            // `tokens[i]` in place, not a copy of the token (two Strings) per step.
            if tokens[i].newlineBefore, i > start {
                close(i)
                startsLine = true
            }
            if tokens[i].kind == .symbol {
                if tokens[i].isSymbol("|"), tokens[i].spaceBefore, i + 1 < tokens.count,
                    tokens[i + 1].spaceBefore
                {
                    close(i + 1)
                    startsLine = false
                    i += 1
                    continue
                }
                if tokens[i].isSymbol(".") || tokens[i].isSymbol("!") || tokens[i].isSymbol("?")
                    // (`…` has no canonical decomposition, so no ASCII symbol equals it: only a
                    // non-ASCII symbol is compared with it.)
                    || (tokens[i].symbolByte == 0 && tokens[i].isSymbol("\u{2026}"))
                {
                    var j = i + 1
                    while j < tokens.count, !tokens[j].spaceBefore, closers.contains(tokens[j].text) {
                        j += 1
                    }
                    if j >= tokens.count {
                        i = j
                        continue
                    }
                    let next = tokens[j]
                    if next.spaceBefore, startsSentence(next),
                        !isAbbreviationStop(tokens, i) || opensSentenceAfterAbbreviation(tokens, i, next)
                    {
                        close(j)
                        // A full stop at the end of a line: the next sentence still begins a line.
                        startsLine = next.newlineBefore
                        i = j
                        continue
                    }
                    if !next.spaceBefore, tokens[i].isSymbol("."), next.kind == .word, next.isCapitalized,
                        next.characterCount >= 3, i > 0, tokens[i - 1].kind == .word,
                        tokens[i - 1].characterCount >= 3,
                        tokens[i - 1].text.unicodeScalars.last?.properties.isLowercase == true,
                        next.text.unicodeScalars.dropFirst().first?.properties.isLowercase == true
                    {
                        close(j)
                        startsLine = false
                        i = j
                        continue
                    }
                }
            }
            // `... exports to the U.S. The company ...`: a dotted abbreviation ends the sentence when a
            // capitalised function word opens the next.
            // (Only a dotted abbreviation is a word that ends with `.`.)
            if tokens[i].kind == .word, tokens[i].isDotted, tokens[i].characterCount >= 3,
                i + 1 < tokens.count,
                tokens[i + 1].spaceBefore, !tokens[i + 1].newlineBefore,
                opensSentenceAfterAbbreviation(tokens, i, tokens[i + 1])
            {
                close(i + 1)
                startsLine = false
                i += 1
                continue
            }
            // Dateline: `02:41 IST Microsoft intends ...` ends after the zone.
            if tokens[i].kind == .word, tokens[i].has(.zone), tokens[i].isAllCaps, i >= 3,
                tokens[i - 1].kind == .number || ["am", "pm"].contains(tokens[i - 1].lower),
                i + 1 < tokens.count
            {
                close(i + 1)
                startsLine = false
            }
            i += 1
        }
        if start < tokens.count { close(tokens.count) }
        return sentences
    }

    private static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.isCapitalized
        case .number: return true
        case .symbol: return openers.contains(t.text)
        }
    }

    /// Abbreviations that stand before a name (`Dr. Lund`, `Gen. Vold`): never the end of a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "prof", "mt", "lt", "col", "capt", "sgt",
        "messrs", "no", "vs", "fig", "vol", "jr", "sr",
    ]

    /// Words that open sentences and never continue a name.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "this", "that", "these", "those", "but",
        "his", "her", "their", "our", "however", "meanwhile", "separately", "still", "also", "there", "in",
        "on", "at", "after", "while", "when", "if", "as", "according", "some", "many", "both", "last",
        "earlier", "since", "yet", "such",
    ]

    /// After `Inc.`, `Ltd.` or `U.S.`, a capitalised function word (`The`, `It`, `But`) opens a new
    /// sentence: the abbreviation's dot was also the full stop.
    static func opensSentenceAfterAbbreviation(_ tokens: [Token], _ i: Int, _ next: Token) -> Bool {
        guard next.kind == .word, next.isCapitalized, !next.isAllCaps || next.characterCount == 1,
            sentenceOpeners.contains(next.lower)
        else { return false }
        let abbreviation = tokens[i].kind == .word ? tokens[i] : (i > 0 ? tokens[i - 1] : tokens[i])
        if titles.contains(abbreviation.lower) { return false }
        // An initial (`J. The`) is too rare a sentence end to tell from a name.
        if abbreviation.characterCount == 1 { return false }
        return true
    }

    /// True when the `.` at `i` closes an abbreviation or an initial rather than a sentence.
    private static func isAbbreviationStop(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].isSymbol("."), i > 0 else { return false }
        let previous = tokens[i - 1]
        guard previous.kind == .word, !tokens[i].spaceBefore else { return false }
        if abbreviations.contains(previous.lower) { return true }
        // An initial: `J. Smith`; not a magnitude glued to its number (`$47.8M.`).
        if previous.characterCount == 1, previous.isCapitalized {
            return !(i >= 2 && tokens[i - 2].kind == .number && !previous.spaceBefore)
        }
        return false
    }
}
