import ClaimModel

/// Finds a party disputing a report or figures: `denied`, `dismissed a report`, `inaccurate`,
/// `not correct`, `the anonymously sourced information about our plan is incorrect`.
enum DenialDetector {
    /// Verbs of rejecting: a denial only with something said after them.
    static let rejectingVerbs: Set<String> = [
        "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes", "refuted", "refutes",
        "rebutted",
    ]
    /// What is said, besides report nouns: `dismissed claims`, `disputes that`.
    static let saidThings: Set<String> = [
        "that", "claim", "claims", "suggestion", "suggestions", "allegation", "allegations", "assertion",
        "speculation", "accounts", "account", "rumour", "rumor", "idea", "notion", "characterisation",
        "characterization", "assessment", "version",
        // What was counted or reckoned (`rejected the survey as skewed`, `disputes the figures`).
        "survey", "poll", "results", "figure", "figures", "estimate", "estimates", "calculation", "count",
        "number",
        "findings", "numbers", "tally",
    ]

    /// Verbs and adjectives of casualties, as the noun a measure of them uses.
    static let measureNouns: [String: String] = [
        "died": "deaths", "dies": "deaths", "dead": "deaths", "killed": "deaths", "kills": "deaths",
        "fatal": "deaths", "fatality": "deaths", "fatalities": "deaths", "injured": "injuries",
        "hurt": "injuries", "wounded": "injuries",
    ]

    /// Words that open a clause of its own, contrasting with the one before.
    static let contrastWords: Set<String> = ["but", "while", "whereas", "although", "though"]

    static func detect(
        _ tokens: [Token], _ sentence: Sentence, mentions: [EntityMention], resolver: SubjectResolver,
        context: SubjectResolver.Context
    ) -> Denial? {
        let range = sentence.tokens
        var cue: Int?
        for k in range {
            let lower = tokens[k].lower
            if tokens[k].has(.denialWord) {
                // `declined to comment`, `false start` are not denials; `false` needs a report noun
                // or a thing said near (`The figure of six million is simply wrong`).
                if ["false", "wrong"].contains(lower),
                    !range.contains(where: {
                        tokens[$0].has(.reportNoun) || DenialDetector.saidThings.contains(tokens[$0].lower)
                    })
                {
                    continue
                }
                // `rejected its new quota`, `dismissed the coach`: a verb of rejecting denies only
                // what was said (`dismissed reports that`, `rejected the figure`, `disputes that`).
                if DenialDetector.rejectingVerbs.contains(lower),
                    !tokens[(k + 1)..<min(range.upperBound, k + 7)].contains(where: {
                        $0.has(.reportNoun) || DenialDetector.saidThings.contains($0.lower)
                    })
                {
                    continue
                }
                cue = k
                break
            }
            if tokens[k].has(.denialPhraseStart),
                let n = NoiseFilter.matchPhrase(tokens, k, CueWords.denialPhrases, limit: range.upperBound),
                n > 0
            {
                cue = k
                break
            }
        }
        guard let cue else { return nil }
        // The party: the first usable name or reference before the cue, else after it; a name a
        // relative clause denies from (`according to UEFA, which denied reports`).
        var party: String?
        var target: String?
        if cue - 2 > range.lowerBound, ["which", "who"].contains(tokens[cue - 1].lower),
            tokens[cue - 2].isSymbol(","),
            let m = mentions.last(where: { $0.tokens.upperBound == cue - 2 }),
            let s = resolver.resolve(m, mentions: mentions, context: context)
        {
            // (A source may deny too: it is the party, whatever else it reported.)
            party = s
        }
        // `a poll shows 52% in favour, but the Stop campaign has rejected the survey`: the party
        // opens the cue's own clause.
        let clauseStart =
            (range.lowerBound..<cue).last(where: {
                tokens[$0].isSymbol(";") || DenialDetector.contrastWords.contains(tokens[$0].lower)
            }).map { $0 + 1 } ?? range.lowerBound
        // (Else the first one the sentence names before the cue.)
        var sentenceParty: String?
        for m in mentions {
            guard let s = resolver.resolve(m, mentions: mentions, context: context) else { continue }
            if resolver.isReporter(s, context) {
                if target == nil { target = s }
                continue
            }
            guard m.tokens.lowerBound < cue else { continue }
            if sentenceParty == nil, !m.prepositional || m.tokens.lowerBound == range.lowerBound {
                sentenceParty = s
            }
            if party == nil, m.tokens.lowerBound >= clauseStart,
                !m.prepositional || m.tokens.lowerBound == clauseStart
            {
                party = s
            }
        }
        if party == nil { party = sentenceParty }
        // Outlets are not always entities (a wire's name is left out of the entity bag).
        if target == nil { target = namedOutlet(tokens, range) }
        // (A party disputes others' reports, not its own words.)
        if target != nil, target == party { target = nil }
        // `Police in Benguet province denied a local radio report that 27 bodies ...`: a body of
        // officials opening the sentence, not a place named after the cue.
        if party == nil, case let first = tokens[range.lowerBound], first.kind == .word,
            range.lowerBound < cue,
            DenialDetector.officialBodies.contains(first.lower)
        {
            party = first.lower
        }
        if party == nil {
            // (`The council dismissed Wilders' claim`: the owner of what is disputed is no party.)
            for m in mentions where m.tokens.lowerBound > cue && !m.possessive {
                if let s = resolver.resolve(m, mentions: mentions, context: context),
                    !resolver.isReporter(s, context)
                {
                    party = s
                    break
                }
            }
        }
        // `The electoral council dismissed ...`: a body named by a common noun phrase.
        if party == nil { party = commonNounSubject(tokens, range, cue: cue) }
        // A spokesperson speaks for the organisation.
        if party == nil || (party.map { resolver.aliases.isPerson($0) } ?? false),
            range.contains(where: {
                ["spokesperson", "spokesman", "spokeswoman", "statement"].contains(tokens[$0].lower)
            })
        {
            party = context.lastOrganisation ?? context.topic ?? party
        }
        guard let party else { return nil }
        // What is denied is said after the cue (`insists it knows of just 31 fires - and flatly
        // denies that anyone has died`): its words first, then the words before it.
        var topics: [String] = []
        for k in Array(cue..<range.upperBound) + Array(range.lowerBound..<cue)
        where tokens[k].kind == .word && tokens[k].characterCount >= 4 {
            let lower = tokens[k].lower
            if tokens[k].has(.functionWord) || tokens[k].has(.denialWord) || tokens[k].has(.speechVerb)
                || tokens[k].isCapitalized
            {
                continue
            }
            // `died`, `killed`: the measure they speak of is deaths.
            let word = DenialDetector.measureNouns[lower] ?? lower
            if !topics.contains(word) { topics.append(word) }
            if topics.count >= 8 { break }
        }
        return Denial(
            party: party, target: target, subject: party, topics: topics,
            evidence: TextSpan(start: sentence.start, end: sentence.end))
    }

    /// Plural nouns of officials that deny as a body (`Police denied`, `Authorities rejected`).
    static let officialBodies: Set<String> = [
        "police", "officials", "authorities", "prosecutors", "regulators", "investigators", "organisers",
        "organizers",
    ]

    /// `The electoral council` right before the cue: the words after `the` (at most three,
    /// lower-case, no function words), or nil.
    static func commonNounSubject(_ tokens: [Token], _ range: Range<Int>, cue: Int) -> String? {
        let start = range.lowerBound
        guard tokens[start].lower == "the", cue - start >= 2, cue - start <= 4 else { return nil }
        let words = tokens[(start + 1)..<cue]
        guard
            words.allSatisfy({
                $0.kind == .word && !$0.isCapitalized && !$0.has(.functionWord) && !$0.has(.speechVerb)
            })
        else { return nil }
        return words.map(\.lower).joined(separator: " ")
    }

    /// An outlet of `EntityLexicon.reporters` named beside a report noun of the sentence: in
    /// the capitalised words just before it (`a Reuters report`, `a Bloomberg News report`) or
    /// after `by`/`from` just after it (`a report by Reuters`). A trailing `News` or `Newswire`
    /// belongs to the outlet's name.
    static func namedOutlet(_ tokens: [Token], _ range: Range<Int>) -> String? {
        func capitalisedRun(from start: Int, step: Int) -> [Int] {
            var run: [Int] = []
            var j = start
            while range.contains(j), run.count < 3, tokens[j].kind == .word, tokens[j].isCapitalized {
                run.append(j)
                j += step
            }
            return step < 0 ? run.reversed() : run
        }
        for k in range where tokens[k].has(.reportNoun) {
            if let name = outletName(tokens, capitalisedRun(from: k - 1, step: -1), atEnd: true) {
                return name
            }
            if k + 1 < range.upperBound, ["by", "from"].contains(tokens[k + 1].lower) {
                let start = k + 2 < range.upperBound && tokens[k + 2].lower == "the" ? k + 3 : k + 2
                if let name = outletName(tokens, capitalisedRun(from: start, step: 1), atEnd: false) {
                    return name
                }
            }
        }
        return nil
    }

    /// The words of `run` that name a reporter (`EntityLexicon.isReporterName`): its last words
    /// (`atEnd`, before a report noun) or its first.
    private static func outletName(_ tokens: [Token], _ run: [Int], atEnd: Bool) -> String? {
        guard !run.isEmpty else { return nil }
        for length in stride(from: run.count, through: 1, by: -1) {
            let words = atEnd ? Array(run.suffix(length)) : Array(run.prefix(length))
            if EntityLexicon.isReporterName(words.map { tokens[$0].lower }.joined(separator: " ")) {
                return words.map { tokens[$0].text }.joined(separator: " ")
            }
        }
        return nil
    }
}
