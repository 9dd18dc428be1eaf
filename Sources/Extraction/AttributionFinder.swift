/// Who a sentence says its figures come from: `according to X`, `X said`, `citing X`,
/// `two people briefed on the matter said`.
enum AttributionFinder {
    // Word lists built once: an array literal in a per-token test is allocated at every call.
    static let phraseEnds = [",", ".", ";", ")"]
    static let saidVerbs = ["said", "say", "says", "told"]
    /// Verbs a source states a figure with besides saying it (`police counted 55,000`, `unions
    /// put the number at`).
    static let countingVerbs = ["counted", "estimated", "put", "puts"]
    /// Their lengths: a per-token test compares no `String` for the words of other lengths.
    static let countingVerbLengths: Set<Int> = Set(countingVerbs.map(\.count))
    static let unnamedSourceStarts = [",", ";", "(", "\""]
    static let unnamedSourceNouns = [
        "people", "sources", "officials", "person", "analysts", "source", "insiders",
    ]
    /// Nouns of someone speaking for an organisation (`a spokesperson said`, `the interior
    /// ministry said`, `unions said`): a source too.
    static let spokesNouns = [
        "spokesperson", "spokesman", "spokeswoman", "representative", "statement", "filing", "executive",
        "ministry", "police", "government", "authorities", "organisers", "organizers", "union", "unions",
        "prefecture", "council", "regulator", "agency",
    ]

    /// Heads of references to public bodies: they speak for themselves.
    static let publicBodies: Set<String> = [
        "ministry", "government", "administration", "authority", "agency", "office", "body", "council",
        "side",
    ]

    /// Words that open a clause of their own after a comma (`, while the union said`).
    static let clauseBreaks: Set<String> = [
        "while", "whereas", "but", "saying", "adding", "calling", "insisting", "noting", "arguing",
    ]

    /// Clause openers that report the sentence subject's own words (`Acme denied the report,
    /// saying the amount was 10 million euros`).
    static let ownWordsOpeners: Set<String> = [
        "saying", "adding", "calling", "insisting", "noting", "arguing",
    ]

    /// The sentence's clauses: split before `, while` / `, whereas` / `, but` and after `;`.
    /// One range (the sentence) when it has none.
    static func clauses(_ tokens: [Token], _ sentence: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = sentence.lowerBound
        for k in sentence where k > start {
            let t = tokens[k]
            // (A clause starts only at a symbol or right after one: most tokens are neither.)
            guard t.kind == .symbol || tokens[k - 1].kind == .symbol else { continue }
            if t.isSymbol(";") {
                parts.append(start..<(k + 1))
                start = k + 1
            } else if tokens[k - 1].isSymbol(","), t.kind == .word, clauseBreaks.contains(t.lower) {
                parts.append(start..<k)
                start = k
            }
        }
        if start < sentence.upperBound { parts.append(start..<sentence.upperBound) }
        return parts
    }
    /// Words that may open a speaker's noun phrase (`a company spokesperson`).
    static let spokesDeterminers: Set<String> = ["a", "an", "the", "its", "their", "company", "group"]
    static let mediaVerbs = [
        "reports", "reported", "went", "said", "say", "put", "quoted", "suggested", "claimed", "have", "had",
    ]
    static let pressNouns = ["reports", "outlets"]
    /// Words that open a clause before its source (`which analysts said`, `as people familiar
    /// with the plan said`).
    static let clauseOpeners = ["which", "who", "whom", "that", "as", "and", "but", "while", "where"]
    /// Words that introduce a source (`according to X`, `citing X`, `Source: X`): per-token
    /// scans test their word class before comparing the word.
    static let sourceWords: Set<String> = ["according", "citing", "source"]

    static func find(
        _ tokens: [Token], _ sentence: Range<Int>, mentions: [EntityMention], text: [UInt8],
        aliases: AliasTable, resolve: (EntityMention) -> String? = { _ in nil }
    ) -> String? {
        // `according to X` / `citing X`: the phrase up to the next comma.
        for k in sentence where tokens[k].has(.sourceWord) {
            let lower = tokens[k].lower
            var from: Int?
            if lower == "according", k + 1 < sentence.upperBound, tokens[k + 1].lower == "to" { from = k + 2 }
            if lower == "citing" { from = k + 1 }
            if let from, from < sentence.upperBound {
                var to = from
                while to < sentence.upperBound, to - from < 10,
                    !phraseEnds.contains(tokens[to].text)
                { to += 1 }
                if to > from { return phrase(text, tokens[from].start, tokens[to - 1].end) }
            }
        }
        // `a report by The Information that`, `a story in the Wall Street Journal`: the outlet
        // named after the report.
        if let outlet = reportingOutlet(tokens, sentence, text: text) { return outlet }
        // A named speaker.
        if let m = mentions.first(where: { $0.speaks }) {
            if let n = m.name { return aliases.resolve(n) }
            // `, the company said`: the organisation the reference stands for (`the publication
            // said` is the press, not the company it writes about).
            // (`the interior ministry said` is a public body, not the company last named.)
            if case .organisationReference = m.kind, !m.tokens.isEmpty,
                !tokens[m.tokens.upperBound - 1].has(.mediaNoun),
                !publicBodies.contains(tokens[m.tokens.upperBound - 1].lower), let s = resolve(m)
            {
                return s
            }
        }
        // `two people briefed on the matter said`: the words before the first speech verb.
        for k in sentence
        where tokens[k].has(.speechVerb) && saidVerbs.contains(tokens[k].lower)
            || (tokens[k].kind == .word && countingVerbLengths.contains(tokens[k].characterCount)
                && countingVerbs.contains(tokens[k].lower))
        {
            var from = k
            while from > sentence.lowerBound, k - from < 8,
                !unnamedSourceStarts.contains(tokens[from - 1].text)
            {
                from -= 1
            }
            // `, which analysts said`: the clause's opening word is not part of the source.
            while from < k, clauseOpeners.contains(tokens[from].lower) { from += 1 }
            if from < k {
                let words = tokens[from..<k].map(\.lower)
                if words.contains(where: { unnamedSourceNouns.contains($0) }) {
                    return phrase(text, tokens[from].start, tokens[k - 1].end)
                }
                // `the Red Crescent's spokesman said`: the speaker's own noun phrase only.
                if let noun = (from..<k).last(where: { spokesNouns.contains(tokens[$0].lower) }) {
                    var start = noun
                    while start > from, noun - start < 4, tokens[start - 1].kind == .word,
                        tokens[start - 1].isCapitalized || tokens[start - 1].possessive
                            || spokesDeterminers.contains(tokens[start - 1].lower)
                            || !(tokens[start - 1].has(.functionWord) || tokens[start - 1].has(.preposition)
                                || clauseOpeners.contains(tokens[start - 1].lower))
                    {
                        start -= 1
                    }
                    return phrase(text, tokens[start].start, tokens[noun].end)
                }
            }
            break
        }
        // `Media reports had put the deal at`, `some outlets suggesting`, `widely reported`: the press
        // in general, an unnamed source.
        for k in sentence
        where tokens[k].kind == .word && !tokens[k].isCapitalized || k == sentence.lowerBound {
            let lower = tokens[k].lower
            if lower == "reported", k > sentence.lowerBound, tokens[k - 1].lower == "widely" {
                return phrase(text, tokens[k - 1].start, tokens[k].end)
            }
            // (`Acme reports revenue`: after a name, `reports` is the company's verb.)
            // (`media` only as a subject: `English media went further`, not `social media users`.)
            let mediaSubject =
                lower == "media" && k + 1 < sentence.upperBound
                && mediaVerbs.contains(tokens[k + 1].lower)
            guard pressNouns.contains(lower) || mediaSubject, !tokens[k].possessive else {
                continue
            }
            // `before reports of a deal first emerged`: when reports came, not who reported.
            if k > sentence.lowerBound, ["before", "after", "since", "until"].contains(tokens[k - 1].lower) {
                continue
            }
            if k > sentence.lowerBound, tokens[k - 1].isCapitalized, !tokens[k - 1].has(.demonym),
                !tokens[k - 1].has(.functionWord), tokens[k - 1].lower != "media"
            {
                continue
            }
            // The words qualifying the press (`Media reports`, `some outlets`), not a verb before
            // them (`Acme dismissed reports`) nor the name that is its subject.
            var from = k
            while from > sentence.lowerBound, k - from < 2, tokens[from - 1].kind == .word,
                !tokens[from - 1].has(.preposition), !tokens[from - 1].has(.speechVerb),
                !tokens[from - 1].lower.hasSuffix("ed"), tokens[from - 1].lower != "that",
                !(tokens[from - 1].isCapitalized && from - 1 > sentence.lowerBound)
            {
                from -= 1
            }
            return phrase(text, tokens[from].start, tokens[k].end)
        }
        return nil
    }

    /// The press described by its nationality (`the British press`, `Spanish newspapers`).
    static let describedPress: Set<String> = [
        "press", "media", "newspapers", "papers", "outlets", "tabloids", "newspaper", "paper",
    ]

    /// Nouns of a piece of reporting that name their outlet after `by`, `from` or `in`.
    static let reportNouns: Set<String> = ["report", "reports", "story", "article", "reporting"]

    /// The capitalised name after `a report by` / `from` / `in` (a leading `the` included when
    /// capitalised: `The Information`), or nil.
    static func reportingOutlet(_ tokens: [Token], _ sentence: Range<Int>, text: [UInt8]) -> String? {
        // (The preposition's class bit first: most words are followed by none.)
        for k in sentence
        where k + 2 < sentence.upperBound && tokens[k + 1].has(.preposition)
            && reportNouns.contains(tokens[k].lower)
        {
            guard ["by", "from", "in"].contains(tokens[k + 1].lower) else { continue }
            var from = k + 2
            if tokens[from].lower == "the", !tokens[from].isCapitalized { from += 1 }
            var to = from
            while to < sentence.upperBound, to - from < 6, tokens[to].kind == .word, tokens[to].isCapitalized
            {
                to += 1
            }
            // `The` alone is no name; `reports in Germany` name a place, not an outlet.
            guard to - from >= 2 || (to - from == 1 && tokens[from].lower != "the") else { continue }
            // `reports in the British press`, `a report in Spanish newspapers`: a nationality's
            // press, described rather than named, the report's own phrase its source.
            if to - from == 1, tokens[from].has(.demonym) {
                guard to < sentence.upperBound, tokens[to].kind == .word, !tokens[to].isCapitalized,
                    describedPress.contains(tokens[to].lower) || tokens[to].has(.mediaNoun)
                else { continue }
                return phrase(text, tokens[k].start, tokens[to].end)
            }
            let name = phrase(text, tokens[from].start, tokens[to - 1].end)
            if !EntityLexicon.places.contains(Tokenizer.lowercase(name)) { return name }
        }
        return nil
    }

    static func phrase(_ text: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: text[start..<end], as: UTF8.self)
    }
}
