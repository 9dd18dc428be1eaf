import ClaimModel

/// Finds a party disputing a report or figures: `denied`, `dismissed a report`, `inaccurate`,
/// `not correct`, `the anonymously sourced information about our plan is incorrect`.
enum DenialDetector {
    static func detect(
        _ tokens: [Token], _ sentence: Sentence, mentions: [EntityMention], resolver: SubjectResolver,
        context: SubjectResolver.Context
    ) -> Denial? {
        let range = sentence.tokens
        var cue: Int?
        for k in range {
            let lower = tokens[k].lower
            if tokens[k].has(.denialWord) {
                // `declined to comment`, `false start` are not denials; `false` needs a report noun near.
                if ["false", "wrong"].contains(lower),
                    !range.contains(where: { tokens[$0].has(.reportNoun) })
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
        // The party: the first usable name or reference before the cue, else after it.
        var party: String?
        var target: String?
        for m in mentions {
            guard let s = resolver.resolve(m, mentions: mentions, context: context) else { continue }
            if resolver.isReporter(s, context) {
                if target == nil { target = s }
                continue
            }
            if party == nil, m.tokens.lowerBound < cue,
                !m.prepositional || m.tokens.lowerBound == range.lowerBound
            {
                party = s
            }
        }
        if party == nil {
            for m in mentions where m.tokens.lowerBound > cue {
                if let s = resolver.resolve(m, mentions: mentions, context: context),
                    !resolver.isReporter(s, context)
                {
                    party = s
                    break
                }
            }
        }
        // A spokesperson speaks for the organisation.
        if party == nil || (party.map { resolver.aliases.isPerson($0) } ?? false),
            range.contains(where: {
                ["spokesperson", "spokesman", "spokeswoman", "statement"].contains(tokens[$0].lower)
            })
        {
            party = context.lastOrganisation ?? context.topic ?? party
        }
        guard let party else { return nil }
        var topics: [String] = []
        for k in range where tokens[k].kind == .word && tokens[k].characterCount >= 4 {
            let lower = tokens[k].lower
            if tokens[k].has(.functionWord) || tokens[k].has(.denialWord) || tokens[k].has(.speechVerb)
                || tokens[k].isCapitalized
            {
                continue
            }
            if !topics.contains(lower) { topics.append(lower) }
            if topics.count >= 8 { break }
        }
        return Denial(
            party: party, target: target, subject: party, topics: topics,
            evidence: TextSpan(start: sentence.start, end: sentence.end))
    }
}
