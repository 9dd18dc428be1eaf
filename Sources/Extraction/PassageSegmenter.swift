/// Splits a roundup (a briefing, a newsletter: numbered items, section lines) into passages, so
/// the mentions of an unrelated item stay out of the article's story. Other articles are one
/// passage.
enum PassageSegmenter {
    static let roundupTitleWords: Set<String> = [
        "briefing", "roundup", "round-up", "digest", "newsletter", "firstft", "wrap", "recap",
    ]
    static let transitions: [[String]] = [
        ["here's", "what"], ["here", "is", "what"], ["here", "are"], ["in", "other", "news"], ["elsewhere"],
        ["meanwhile", ","], ["in", "other", "markets"],
    ]

    /// For each sentence, the passage index; and whether the article is a roundup.
    static func segment(_ tokens: [Token], _ sentences: [Sentence], titleTokens: [Token]) -> (
        passageOf: [Int], roundup: Bool
    ) {
        var listItems = 0
        for s in sentences where isListItem(tokens, s) { listItems += 1 }
        let titled = isRoundupTitle(titleTokens)
        let roundup = listItems >= 2 || titled
        guard roundup else { return ([Int](repeating: 0, count: sentences.count), false) }
        var passageOf: [Int] = []
        var current = 0
        for (index, s) in sentences.enumerated() {
            if index > 0, s.startsLine || isListItem(tokens, s) || isTransition(tokens, s) {
                current += 1
            }
            passageOf.append(current)
        }
        return (passageOf, true)
    }

    /// A roundup's title: a word for one in the roundup's name, before a colon or opening or
    /// closing the title (`Morning Briefing: ...`, `FirstFT: ...`; not `in Roundup case`), or a
    /// name and a list of three items or more after a colon (`Level Up Weekly: Ironveil's big
    /// week, Switch 2 milestone, more layoffs`; `The Kick-Off: a takeover, a record and a
    /// payout`, the last item after `and`).
    static func isRoundupTitle(_ title: [Token]) -> Bool {
        let colon = title.firstIndex(where: { $0.isSymbol(":") })
        let words = title.indices.filter { title[$0].kind == .word }
        for k in words where roundupTitleWords.contains(title[k].lower) {
            if let colon {
                if k < colon { return true }
            } else if k == words.first || k == words.last {
                return true
            }
        }
        guard let colon else { return false }
        let commas = title.indices.filter { $0 > colon && title[$0].isSymbol(",") }
        guard let lastComma = commas.last else { return false }
        if commas.count >= 2 { return true }
        // `A, B and C` lists as often names (`Exclusive: Fjordline, Nordkapp and Brandt bid`):
        // a roundup's items are phrases, two words each at least.
        guard let and = title[lastComma...].firstIndex(where: { $0.kind == .word && $0.lower == "and" })
        else { return false }
        func wordCount(_ range: Range<Int>) -> Int { title[range].filter { $0.kind == .word }.count }
        return wordCount(colon + 1..<lastComma) >= 2 && wordCount(lastComma + 1..<and) >= 2
            && wordCount(and + 1..<title.count) >= 2
    }

    static func isListItem(_ tokens: [Token], _ s: Sentence) -> Bool {
        let k = s.tokens.lowerBound
        guard k + 1 < s.tokens.upperBound || s.tokens.count == 1 else { return false }
        if tokens[k].kind == .number, tokens[k].value < 30, tokens[k].decimals == 0,
            s.tokens.count == 1 || tokens[k + 1].isSymbol(".")
        {
            return true
        }
        return false
    }

    static func isTransition(_ tokens: [Token], _ s: Sentence) -> Bool {
        var lowered = tokens[s.tokens].prefix(4).map(\.lower)
        if lowered.first == "here", lowered.count > 1, lowered[1] == "s" { lowered.remove(at: 1) }
        for phrase in transitions where lowered.starts(with: phrase) { return true }
        if let first = tokens[s.tokens].first, first.lower == "here", first.possessive { return true }
        return false
    }
}
