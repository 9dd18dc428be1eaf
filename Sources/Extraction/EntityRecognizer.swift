/// Finds names and references in a sentence: runs of capitalised words (with `of`, `for`, `&`
/// inside names), without sentence-initial function words, corporate suffixes, role titles and
/// tickers; definite descriptions (`the tech giant`) and pronouns for coreference.
struct EntityRecognizer {
    /// Lower-case words the article also uses in lower case: a capitalised sentence opener that
    /// is one of them is an ordinary word.
    var lowercaseVocabulary: WordSet
    /// Words the article capitalises in mid-sentence: names.
    var midSentenceCapitals: WordSet
    /// How often each capitalised word occurs anywhere: a name usually recurs.
    var capitalCounts = WordTally()
    /// In a long article a name recurs; a capitalised opener seen once is an ordinary word.
    var expectsRecurrence = false
    /// Capitalised words the article writes with `'s` where no possessive can stand (`at
    /// Christie's in London`, `Moody's said`): the `'s` is part of the name.
    var apostropheNames: Set<String> = []

    /// The capitalised words of `tokens` written with `'s` before a preposition, a verb of
    /// saying, an auxiliary or punctuation: names that end in `'s`.
    static func apostropheNames(_ tokens: [Token]) -> Set<String> {
        var names = Set<String>()
        for k in tokens.indices
        where tokens[k].possessive && tokens[k].isCapitalized && tokens[k].kind == .word {
            guard k + 1 < tokens.count else { continue }
            let next = tokens[k + 1]
            let noPossessive =
                next.has(.preposition) || next.has(.speechVerb) || auxiliaries.contains(next.lower)
                || (next.kind == .symbol && [",", ".", ";", ")"].contains(next.text))
            if noPossessive { names.insert(tokens[k].text) }
        }
        return names
    }

    /// Whether the possessive before `k` is inside an official name, its head capitalised after
    /// it (`the Information Commissioner's Office`, `Children's Hospital`).
    static func possessiveInsideAName(before k: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard k < range.upperBound, tokens[k].kind == .word, tokens[k].isCapitalized else { return false }
        if possessiveNameHeads.contains(tokens[k].lower) { return true }
        // `Ghana Mineworkers' Union`, `Independent Surgeons' Forum`: members' bodies.
        return k > range.lowerBound && tokens[k - 1].lower.hasSuffix("s")
            && membersBodyHeads.contains(tokens[k].lower)
    }

    /// Whether `words` end with a name's number after a hyphen (`HALO-1`, `COVID-19`), as the
    /// run builder joins them.
    static func endsNameWithNumber(_ words: [Int], _ tokens: [Token]) -> Bool {
        guard words.count >= 3, let last = words.last else { return false }
        return tokens[last].kind == .number && tokens[words[words.count - 2]].isSymbol("-")
            && tokens[words[words.count - 3]].isAllCaps
    }

    /// Whether the capitalised words from `k` end with the head of a body's name, so an `and`
    /// before them joins one name (`Securities and Exchange Commission`; `National Transmission
    /// and Despatch Company`, two words before the `and`), not two (`Meta and Microsoft`,
    /// `Meta and Microsoft Corporation`).
    static func endsWithABodysHead(
        from k: Int, _ tokens: [Token], _ range: Range<Int>, wordsBefore: Int
    ) -> Bool {
        var end = k
        while end < range.upperBound, end - k < 4, tokens[end].kind == .word, tokens[end].isCapitalized {
            end += 1
        }
        guard end > k else { return false }
        let last = tokens[end - 1].lower
        return publicBodyHeads.contains(last) || wordsBefore >= 2 && companyHeadsAfterAnd.contains(last)
    }

    /// Heads of public bodies' names, which join words by `and` (`Securities and Exchange
    /// Commission`, `Ministry of Lands and Natural Resources`).
    static let publicBodyHeads: Set<String> = [
        "commission", "authority", "council", "committee", "agency", "ministry", "department", "union",
        "federation", "association", "board", "bureau", "court", "office", "administration", "service",
    ]
    /// Heads of companies' names that end a name joined by `and` after two words or more.
    static let companyHeadsAfterAnd: Set<String> = ["company", "co", "corporation", "holdings", "partners"]

    /// Heads of official names written after a possessive.
    static let possessiveNameHeads: Set<String> = ["office", "department", "bureau", "hospital"]
    /// Heads of the names of members' bodies, written after a plural possessive.
    static let membersBodyHeads: Set<String> = [
        "union", "forum", "association", "federation", "council", "party", "alliance", "league", "guild",
        "congress", "front", "movement", "society", "syndicate", "cooperative", "coalition", "club", "trust",
    ]

    /// Auxiliaries after a name (`Christie's had`, `Moody's has`).
    static let auxiliaries: Set<String> = ["had", "has", "have", "did", "does", "was", "is", "will", "would"]

    /// Nouns after which `of` / `for` continue a name (`Bank of Japan`, `Organization for Migration`)
    /// rather than start a phrase (`Tottenham for Harry Kane`).
    static let institutionHeads: Set<String> = [
        "organization", "organisation", "office", "centre", "center", "institute", "council", "committee",
        "agency", "authority", "ministry", "bank", "federation", "association", "union", "commission",
        "department", "fund", "foundation", "society", "school", "college", "university", "court", "board",
        "bureau", "party", "movement", "alliance", "forum", "league", "service", "government", "republic",
        "kingdom", "state", "states", "city", "port", "isle", "gulf", "bay", "sea", "house", "museum",
        "coordination", "chamber", "academy", "secretary", "minister", "duke", "corporation",
        "administration", "division", "group", "network", "programme", "program",
    ]
    /// Where the title of a work in quotes that starts at `k` ends (the closing quote), when it
    /// is one: two to eight words, each capitalised or a small word of titles (`at`, `of`).
    func quotedTitleEnd(from k: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
        guard k > range.lowerBound, tokens[k - 1].isSymbol("\"") || tokens[k - 1].text == "\u{201C}"
        else { return nil }
        var j = k
        while j < range.upperBound, j < k + 8, tokens[j].kind == .word,
            tokens[j].isCapitalized || EntityRecognizer.titleSmallWords.contains(tokens[j].lower)
        {
            j += 1
        }
        guard j < range.upperBound, j - k >= 2, tokens[j - 1].isCapitalized,
            tokens[j].isSymbol("\"") || tokens[j].text == "\u{201D}"
        else { return nil }
        return j
    }

    /// Small words inside the title of a work (`The Orchard at Night`, `Salt Marsh at Dusk`).
    static let titleSmallWords: Set<String> = [
        "at", "of", "the", "in", "and", "on", "for", "a", "an", "to", "by", "with", "from",
    ]

    /// Prefixes written with a hyphen before a lower-case word (`Co-ordinating`, `Re-insurance`).
    static let wordPrefixes: Set<String> = [
        "co", "re", "pre", "non", "inter", "multi", "sub", "post", "anti", "cross", "self", "trans", "semi",
    ]
    /// The words a reference starts with (`the ...`, pronouns): keep in step with `recognize`.
    static let referenceStarts: Set<String> = ["the", "it", "its", "we", "our", "he", "she", "his", "her"]
    static let connectors: Set<String> = [
        "of", "for", "de", "du", "von", "van", "der", "bin", "la", "le", "del", "da",
    ]
    static let commonAcronyms: Set<String> = [
        "AI", "GPU", "GPUS", "CPU", "CEO", "CFO", "COO", "CTO", "IPO", "EV", "EVS", "DNA", "GDP", "ET", "UTC",
        "AM", "PM", "TV", "PC", "LLM", "LLMS", "API", "R&D", "IT", "OK", "NOT", "THE", "VAT", "ESG", "ETF",
        "IST", "GMT", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "AR", "VR", "HQ", "PR", "FAQ", "USD", "EUR", "GBP",
        "NYSE", "NASDAQ", "A", "I", "EST", "PT", "MW", "GW", "NM", "KM", "MPH", "UK", "FY",
        // Economic measures and trade terms, not bodies.
        "CPI", "PPI", "PMI", "GNP", "YOY", "EPS", "EBITDA", "FOB", "CIF", "LNG", "TEU", "ARR", "MAU", "DAU",
    ]

    // Word lists the per-mention tests compare against, built once: an array literal in a hot
    // test is allocated and destroyed at every call. The hottest are also word classes
    // (`WordClass.citingWord` ...), tested as a bit of the token.
    static let placeNouns = ["city", "town", "country", "region", "island", "province"]
    static let personPronouns = ["he", "she", "his", "her"]
    static let lineOpeners = ["\"", "\u{201C}", "(", ":", "-", "\u{2014}", "\u{2013}", "'"]
    static let ownerNouns = ["parent", "owner", "owners"]
    static let citingWords = ["citing", "per", "told"]
    static let firmPrepositions = ["at", "from"]
    static let analystNouns = [
        "analysts", "analyst", "economists", "economist", "strategists", "researchers",
    ]
    static let reportingVerbs = ["reported", "contacted", "published", "cited", "quoted"]
    static let mediaModifiers = ["a", "an", "the", "on", "talk", "local", "state", "public", "national"]
    static let appositiveStarts = ["a", "an", "the", "who", "which"]
    static let affiliationWords = ["at", "from", "of"]
    static let dataNouns = [
        "data", "estimates", "estimate", "figures", "analysis", "analysts", "consensus", "poll", "survey",
    ]
    static let describingNouns = ["operator", "maker", "owner"]
    static let namingFollowers = ["shares", "stock", "said", "says"]
    static let ordinarySuffixes = ["ing", "ed", "ly", "tion", "ment", "ness", "ity", "ers", "ies"]
    /// Endings of plural common nouns among `ordinarySuffixes`.
    static let pluralSuffixes = ["ers", "ies"]

    func recognize(_ tokens: [Token], _ range: Range<Int>) -> [EntityMention] {
        var mentions: [EntityMention] = []
        // Token indices of the sentence taken by a reference, by offset from its start.
        var covered = [Bool](repeating: false, count: range.count)

        // References first, so `the TikTok owner` does not also yield `TikTok`.
        var k = range.lowerBound
        while k < range.upperBound {
            // Every reference starts with one of `referenceStarts`: skip other tokens at once.
            guard tokens[k].has(.referenceStart) else {
                k += 1
                continue
            }
            let t = tokens[k]
            if t.lower == "the", let currency = currencyNamed(after: k, tokens, range) {
                var m = reference(.name(currency.name), tokens, k..<currency.end, false, range)
                m.currency = true
                mentions.append(m)
                for c in k..<currency.end { covered[c - range.lowerBound] = true }
                k = currency.end
                continue
            }
            if t.lower == "the" {
                var j = k + 1
                var steps = 0
                while j < range.upperBound, steps < 5, tokens[j].kind == .word || tokens[j].isSymbol("-") {
                    let w = tokens[j]
                    if w.kind == .word,
                        w.has(.placeNoun),
                        steps == 0
                    {
                        mentions.append(reference(.placeReference, tokens, k..<(j + 1), w.possessive, range))
                        for c in k...j { covered[c - range.lowerBound] = true }
                        break
                    }
                    if w.kind == .word, w.has(.organisationHead), !w.isCapitalized {
                        mentions.append(
                            reference(.organisationReference, tokens, k..<(j + 1), w.possessive, range))
                        for c in k...j { covered[c - range.lowerBound] = true }
                        break
                    }
                    if w.kind == .word, w.has(.personHead), steps <= 2 {
                        mentions.append(reference(.personReference, tokens, k..<(j + 1), w.possessive, range))
                        for c in k...j { covered[c - range.lowerBound] = true }
                        break
                    }
                    // `the Chinese tech giant`: a nationality stays inside the description.
                    if w.kind == .word,
                        w.possessive
                            || (w.has(.functionWord) && !w.has(.demonym)
                                && !EntityRecognizer.descriptiveWords.contains(w.lower))
                    {
                        break
                    }
                    j += 1
                    steps += 1
                }
            } else if t.lower == "it" || t.lower == "its" || t.lower == "we" || t.lower == "our" {
                mentions.append(
                    reference(.organisationReference, tokens, k..<(k + 1), t.lower == "its", range))
                covered[k - range.lowerBound] = true
            } else if t.has(.personPronoun) {
                mentions.append(
                    reference(
                        .personReference, tokens, k..<(k + 1), t.lower == "his" || t.lower == "her", range))
                covered[k - range.lowerBound] = true
            }
            k += 1
        }

        k = range.lowerBound
        while k < range.upperBound {
            guard !covered[k - range.lowerBound], tokens[k].kind == .word,
                tokens[k].isCapitalized || isArabicArticle(tokens, k, range),
                // (`Rs 1,140 crore`, `GH₵50,000`: a currency's sign is part of the amount.)
                !Currencies.opensSign(tokens, k, end: range.upperBound)
            else {
                k += 1
                continue
            }
            // `"The Orchard at Night"`: the title of a work in quotes is one name, its small words
            // and all.
            if let close = quotedTitleEnd(from: k, tokens, range) {
                build(
                    Array(k..<close), tokens, range, possessive: false, sentenceInitial: false,
                    into: &mentions)
                k = close
                continue
            }
            var run = [k]
            var m = k + 1
            var compoundAdjective = false
            var possessive = tokens[k].possessive && !Self.possessiveInsideAName(before: m, tokens, range)
            while !possessive, m < range.upperBound, !covered[m - range.lowerBound] {
                let w = tokens[m]
                if w.kind == .word, w.isCapitalized,
                    w.spaceBefore || tokens[m - 1].isSymbol("-") || tokens[m - 1].isSymbol("&"),
                    !Currencies.opensSign(tokens, m, end: range.upperBound)
                {
                    run.append(m)
                    possessive = w.possessive && !Self.possessiveInsideAName(before: m + 1, tokens, range)
                    m += 1
                } else if w.isSymbol("-"), !w.spaceBefore, m + 1 < range.upperBound, tokens[m - 1].isAllCaps,
                    tokens[m + 1].kind == .number, !tokens[m + 1].spaceBefore, tokens[m + 1].decimals == 0,
                    tokens[m + 1].value < 100
                {
                    // `HALO-1`, `COVID-19`: a trial's or a disease's number ends its name.
                    run.append(contentsOf: m...(m + 1))
                    m += 2
                    break
                } else if w.isSymbol("-") || w.isSymbol("&"), !w.spaceBefore, m + 1 < range.upperBound,
                    tokens[m + 1].kind == .word, !tokens[m + 1].spaceBefore
                {
                    if tokens[m + 1].isCapitalized || tokens[m + 1].lower == "al" {
                        run.append(m)
                        m += 1
                    } else if EntityRecognizer.wordPrefixes.contains(tokens[m - 1].lower),
                        m + 2 < range.upperBound,
                        tokens[m + 2].kind == .word, tokens[m + 2].isCapitalized
                    {
                        // `Public Service Co-ordinating Bargaining Council`: a prefix and its word
                        // inside a name, not a compound adjective before one (`Kremlin-backed`).
                        run.append(contentsOf: m...(m + 1))
                        m += 2
                    } else if let end = particlesEnd(tokens, from: m + 1, range) {
                        // `Saint-Laurent-de-la-Cabrerisse`, `Stratford-upon-Avon`: particles
                        // between hyphens inside one name.
                        run.append(contentsOf: m..<end)
                        m = end
                    } else {
                        compoundAdjective = true
                        break
                    }
                } else if w.lower == "al", m + 2 < range.upperBound, tokens[m + 1].isSymbol("-"),
                    !tokens[m + 1].spaceBefore, tokens[m + 2].isCapitalized
                {
                    // `Abdulsalam al-Haj`: the article inside a name.
                    run.append(m)
                    run.append(m + 1)
                    m += 2
                } else if w.isSymbol("&"), m + 1 < range.upperBound, tokens[m + 1].isCapitalized {
                    run.append(m)
                    m += 1
                } else if w.kind == .word, w.has(.connector) || w.lower == "al",
                    m + 1 < range.upperBound, tokens[m + 1].isCapitalized || tokens[m + 1].lower == "the",
                    w.lower == "al" || !["of", "for"].contains(w.lower)
                        || run.last.map({ tokens[$0].has(.institutionHead) })
                            ?? false,
                    // (`the Freedom Party of Oskar Lind`: a person after `of` leads the party.)
                    !(w.lower == "of" && m + 2 < range.upperBound && tokens[m + 2].isCapitalized
                        && GivenNames.startsWithGivenName(tokens[m + 1].lower))
                {
                    if tokens[m + 1].lower == "the" {
                        guard m + 2 < range.upperBound, tokens[m + 2].isCapitalized else { break }
                        run.append(m)
                        run.append(m + 1)
                        m += 2
                    } else {
                        run.append(m)
                        m += 1
                    }
                } else if w.lower == "and", m + 1 < range.upperBound, tokens[m + 1].isCapitalized,
                    run.contains(where: { tokens[$0].lower == "of" })
                        || Self.endsWithABodysHead(from: m + 1, tokens, range, wordsBefore: run.count)
                {
                    run.append(m)
                    m += 1
                } else if w.isSymbol("."), !w.spaceBefore, let last = run.last,
                    EntityLexicon.corporateSuffixes.contains(tokens[last].lower + ".")
                {
                    m += 1
                } else {
                    break
                }
            }
            if compoundAdjective {
                k = m + 2
                continue
            }
            let lineStart =
                k == range.lowerBound
                || tokens[k - 1].kind == .symbol
                    && EntityRecognizer.lineOpeners.contains(tokens[k - 1].text)
            build(run, tokens, range, possessive: possessive, sentenceInitial: lineStart, into: &mentions)
            k = m
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var kept: [EntityMention] = []
        for (i, m) in mentions.enumerated() {
            let next = i + 1 < mentions.count ? mentions[i + 1] : nil
            if case .organisationReference = m.kind, m.tokens.count > 1, let next, next.name != nil,
                next.tokens.lowerBound == m.tokens.upperBound
            {
                continue
            }
            var m = m
            // `TikTok's parent`, `the app's owner`: the name stands for the company that owns it.
            if m.name != nil, m.possessive, m.tokens.upperBound < range.upperBound,
                tokens[m.tokens.upperBound].has(.ownerNoun)
            {
                m.relation = true
            }
            // `ByteDance's Doubao`: the owner is the subject; `Markus Lang's CSU`: a person's party is not
            // theirs to own, the party is the subject.
            // (`Taiwan's TSMC`, `China's BYD`: a place locates the company, it owns nothing; but
            // `in Russia's Chechnya region` is a place in a place, and an adjunct as its owner is.)
            if let previous = kept.last, previous.possessive, !previous.isPerson,
                previous.tokens.upperBound == m.tokens.lowerBound
            {
                if previous.prepositional { m.prepositional = true }
                if !EntityLexicon.places.contains(Tokenizer.lowercase(previous.name ?? ""))
                    || EntityLexicon.places.contains(Tokenizer.lowercase(m.name ?? ""))
                {
                    m.owned = true
                }
            }
            // `across Facebook, Instagram and WhatsApp`: every item of a list after a preposition.
            if let previous = kept.last, previous.prepositional, previous.name != nil, m.name != nil,
                previous.tokens.upperBound < m.tokens.lowerBound,
                tokens[previous.tokens.upperBound..<m.tokens.lowerBound].allSatisfy({
                    $0.isSymbol(",") || $0.lower == "and" || $0.lower == "or"
                })
            {
                m.prepositional = true
            }
            if m.name != nil, let next, next.name != nil, next.tokens.lowerBound > m.tokens.upperBound,
                next.tokens.lowerBound - m.tokens.upperBound <= 3
            {
                let between = tokens[m.tokens.upperBound..<next.tokens.lowerBound]
                if between.contains(where: {
                    $0.kind == .word && !$0.isCapitalized
                        && ($0.has(.organisationHead)
                            || [
                                "supplier", "rival", "chipmaker",
                                "owner", "parent", "peer", "partner", "unit", "subsidiary", "affiliate",
                            ].contains($0.lower))
                }), between.allSatisfy({ $0.kind == .word || $0.isSymbol(",") || $0.isSymbol("-") }) {
                    m.modifier = true
                }
            }
            // `The Columbus, Ohio-based company`, `Nashville-based Ascendia`: where something is
            // based describes it; the place is no subject of the sentence.
            if m.name != nil, Self.namesABase(after: m.tokens.upperBound, tokens, range) { m.modifier = true }
            kept.append(m)
        }
        return kept
    }

    /// Whether `-based` follows at `k`, directly or after a region (`, Ohio-based`).
    static func namesABase(after k: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var k = k
        if k + 1 < range.upperBound, tokens[k].isSymbol(","), tokens[k + 1].isCapitalized { k += 2 }
        return k + 1 < range.upperBound && tokens[k].isSymbol("-") && !tokens[k].spaceBefore
            && tokens[k + 1].lower == "based"
    }

    /// Currency words that are other English words too (`the real problem`, `the pound
    /// shop`): a currency only after a nationality (`the Brazilian real`).
    static let ambiguousCurrencyWords: Set<String> = ["real", "won", "pound", "rand", "dinar"]
    /// Verbs after a currency that make it the subject of a move (`The Canadian dollar weakened
    /// 0.4%`, `the euro was at $1.08`).
    static let currencyVerbs: Set<String> = MeasureNamer.changeVerbs.union([
        "was", "is", "traded", "trades", "hit", "touched", "stood", "has", "had", "eased", "firmed",
        "steadied", "hovered", "weakens", "strengthens", "slumped", "rallied",
    ])

    /// A currency as the subject of its own move: `the Canadian dollar weakened`, `the euro
    /// rose`; the name (`Canadian dollar`) and the end of its tokens, or nil.
    func currencyNamed(after the: Int, _ tokens: [Token], _ range: Range<Int>) -> (name: String, end: Int)? {
        var k = the + 1
        guard k < range.upperBound, tokens[k].kind == .word else { return nil }
        var words: [String] = []
        if tokens[k].has(.demonym), tokens[k].isCapitalized {
            words.append(tokens[k].text)
            k += 1
        }
        guard k + 1 < range.upperBound, tokens[k].kind == .word, !tokens[k].isCapitalized,
            tokens[k].has(.currencyName),
            !words.isEmpty || !EntityRecognizer.ambiguousCurrencyWords.contains(tokens[k].lower),
            tokens[k].possessive || EntityRecognizer.currencyVerbs.contains(tokens[k + 1].lower)
        else { return nil }
        words.append(tokens[k].lower)
        return (words.joined(separator: " "), k + 1)
    }

    /// Lower-case words that join the parts of a hyphenated place name.
    static let nameParticles: Set<String> = [
        "de", "la", "le", "les", "du", "des", "sur", "en", "aux", "di", "da", "del", "della", "von", "van",
        "upon", "on", "am", "im", "under", "sous", "lès", "et",
    ]

    /// For particles joined by hyphens from `k` and followed by a hyphen and a capitalised word,
    /// the index of that word; nil otherwise.
    private func particlesEnd(_ tokens: [Token], from k: Int, _ range: Range<Int>) -> Int? {
        var j = k
        while j + 2 < range.upperBound, tokens[j].kind == .word, !tokens[j].isCapitalized,
            EntityRecognizer.nameParticles.contains(tokens[j].lower), tokens[j + 1].isSymbol("-"),
            !tokens[j + 1].spaceBefore, !tokens[j + 2].spaceBefore
        {
            if tokens[j + 2].kind == .word, tokens[j + 2].isCapitalized { return j + 2 }
            j += 2
        }
        return nil
    }

    private func isArabicArticle(_ tokens: [Token], _ k: Int, _ range: Range<Int>) -> Bool {
        // (`al` is two characters in any spelling: most words skip the comparison.)
        tokens[k].characterCount == 2 && tokens[k].lower == "al" && k + 2 < range.upperBound
            && tokens[k + 1].isSymbol("-")
            && tokens[k + 2].isCapitalized
    }

    private func reference(
        _ kind: EntityMention.Kind, _ tokens: [Token], _ span: Range<Int>, _ possessive: Bool,
        _ range: Range<Int>
    ) -> EntityMention {
        var m = EntityMention(
            kind: kind, tokens: span, possessive: possessive, isPerson: false, prepositional: false,
            speaks: false,
            cited: false, agent: false, definedAcronym: nil)
        annotate(&m, tokens, range)
        return m
    }

    /// Turns a run of capitalised tokens into zero, one or two mentions (an affiliation and a
    /// person when a role sits between: `Meta CEO Mark Zuckerberg`), appended to `result` (no
    /// array of its own to make and copy).
    private func build(
        _ run: [Int], _ tokens: [Token], _ range: Range<Int>, possessive: Bool, sentenceInitial: Bool,
        into result: inout [EntityMention]
    ) {
        var words = run
        // Sentence-initial ordinary words: `Renting GPUs`, `The company`, `Separately`.
        while let first = words.first {
            let w = tokens[first]
            // (`the October-December period`: what a hyphen or a connector leaves is read again.)
            if w.kind != .word || w.has(.connector) {
                words.removeFirst()
                continue
            }
            // (`New York fund Calder Peak`: a place's own first word is no ordinary opener.)
            if words.count >= 2, w.has(.functionWord) || w.has(.commonOpener),
                EntityLexicon.places.contains(Tokenizer.lowercase(joined(Array(words.prefix(2)), tokens)))
            {
                break
            }
            let isInitial =
                sentenceInitial
                && (first == run.first
                    || !words.isEmpty
                        && run.firstIndex(of: first).map { idx in
                            run[..<idx].allSatisfy { tokens[$0].has(.functionWord) }
                        } ?? false)
            // (`the prime minister's New Unity`: inside a sentence, a capital `New` opens a name.)
            if words.count >= 2, !isInitial, w.lower == "new" { break }
            if w.has(.functionWord)
                && !(words.count > 1 && w.lower == "the"
                    && EntityLexicon.reporters.contains(Tokenizer.lowercase(joined(words, tokens))))
            {
                words.removeFirst()
                continue
            }
            if w.has(.month) || w.has(.weekday) {
                words.removeFirst()
                continue
            }
            if isInitial, !midSentenceCapitals.contains(w.text),
                lowercaseVocabulary.contains(w.lower)
                    || (words.count > 1 && w.has(.commonOpener))
            {
                words.removeFirst()
                continue
            }
            break
        }
        guard !words.isEmpty else { return }
        // A lone sentence opener the article never capitalises elsewhere is an ordinary word
        // (`Revenue from Azure`, `Judging by`), unless it looks like a name (`ByteDance`, `OCHA`).
        if words.count == 1, sentenceInitial,
            run.first.map({ r in
                run.prefix(while: { $0 != words[0] }).allSatisfy {
                    tokens[$0].has(.functionWord)
                } && r <= words[0]
            }) ?? false
        {
            let w = tokens[words[0]]
            let internalCapital = w.text.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
            let ordinary =
                usedInLowercase(w.lower)
                || (expectsRecurrence && capitalCounts.count(w.text) <= 1)
                // (`Judging by`, `Borrowing is forecast`; but `Boeing paid`, capitalised again
                // elsewhere: a name that opens a clause.)
                || (EntityRecognizer.ordinarySuffixes.contains { w.lower.hasSuffix($0) }
                    && (capitalCounts.count(w.text) <= 1 || !isFollowedByAClauseVerb(words[0], tokens, range)
                        // (`Owners will be notified`, `Rescuers said`: a plural of people, only
                        // ever capitalised where a sentence opens, is no name however often.)
                        || EntityRecognizer.pluralSuffixes.contains { w.lower.hasSuffix($0) }))
                || w.has(.stopWord) || w.has(.commonOpener)
                || describesTheNameAfter(words[0], tokens, range)
            // `Bayern honorary president X`, `Acme shares jumped`, `Acme said`: a name, however rare.
            let next = words[0] + 1 < range.upperBound ? tokens[words[0] + 1] : nil
            let namedByWhatFollows =
                next.map {
                    $0.kind == .word && !$0.isCapitalized
                        && ($0.has(.role) || $0.has(.roleModifier)
                            || EntityRecognizer.namingFollowers.contains($0.lower))
                } ?? false
            // A listed common noun is never a name, whatever follows (`Firefighters said`), unless
            // it is a qualifier of roles acting as a party would (`Labour won 411 seats`).
            let actsAsAParty =
                w.has(.roleModifier) && next.map { EntityRecognizer.partyVerbs.contains($0.lower) } ?? false
            if !midSentenceCapitals.contains(w.text), !internalCapital, ordinary,
                !namedByWhatFollows || w.has(.commonOpener) || usedInLowercase(w.lower), !w.has(.place),
                !w.has(.reporterName),
                !actsAsAParty
            {
                return
            }
        }
        // A place in front of a name locates it (`U.S. Microsoft`), except in names of places.
        if words.count >= 2, tokens[words[0]].has(.place),
            !EntityLexicon.places.contains(Tokenizer.lowercase(joined(words, tokens))),
            tokens[words[0]].text.contains(".")
        {
            words.removeFirst()
        }
        // Headings glued to a sentence repeat the name (`Tesla Tesla said`).
        if words.count >= 2, words.count % 2 == 0 {
            let half = words.count / 2
            if (0..<half).allSatisfy({ tokens[words[$0]].text == tokens[words[$0 + half]].text }) {
                words = Array(words[half...])
            }
        }
        // Runs made only of role words name no one (`Vice Chair`), unless a place before a
        // measure of places (`U.S. inflation`, `US consumer prices`).
        let last = words[words.count - 1]
        let placeMeasureAfter =
            last + 1 < range.upperBound
            && (tokens[last + 1].has(.placeMeasure)
                || tokens[last + 1].lower == "consumer")
        // `a Category 3 storm`, `a Phase 3 trial`: a label with its number names nothing.
        if words.count == 1, last + 1 < range.upperBound, tokens[last + 1].kind == .number,
            QuantityParser.labelWords.contains(tokens[last].lower)
        {
            return
        }
        // A lone qualifier the article also capitalises mid-sentence, or after `the`, is an
        // institution or a party (`the Treasury denied`, `Labour was on 40%`).
        let institution =
            words.count == 1 && !tokens[words[0]].has(.role) && !tokens[words[0]].has(.place)
            && (midSentenceCapitals.contains(tokens[words[0]].text)
                || (words[0] > range.lowerBound && tokens[words[0] - 1].lower == "the")
                || (words[0] + 1 < range.upperBound
                    && EntityRecognizer.partyVerbs.contains(tokens[words[0] + 1].lower)))
        if words.allSatisfy({
            tokens[$0].has(.role)
                || tokens[$0].has(.roleModifier)
        }), !(words.count == 1 && tokens[words[0]].has(.place) && placeMeasureAfter), !institution {
            return
        }

        // Roles: split into affiliation and person.
        var personStart: Int?
        var roleStart: Int?
        for (index, token) in words.enumerated() {
            let lower = tokens[token].lower
            // (`the Information Commissioner's Office`: a role's possessive names an office.)
            if tokens[token].has(.role) && !(lower == "general" && index == 0)
                && index + 1 < words.count && !tokens[token].possessive
            {
                personStart = index + 1
                if roleStart == nil {
                    var r = index
                    while r > 0, tokens[words[r - 1]].has(.roleModifier) { r -= 1 }
                    roleStart = r
                }
            }
        }
        if let personStart, let roleStart {
            let affiliation = Array(words[..<roleStart])
            let person = Array(words[personStart...])
            if let m = mention(affiliation, tokens, range, possessive: false, person: false) {
                result.append(m)
            }
            if let m = mention(person, tokens, range, possessive: possessive, person: true) {
                result.append(m)
            }
            return
        }
        // Tickers glued into a run: `Microsoft Corp. MSFT`.
        if words.count >= 2,
            let cut = words.indices.dropFirst().first(where: {
                tokens[words[$0]].isAllCaps && tokens[words[$0]].characterCount <= 5
                    && !tokens[words[$0 - 1]].isAllCaps
                    && tokens[words[$0 - 1]].has(.corporateSuffix)
            })
        {
            words = Array(words[..<cut])
        }
        let previous = words[0] > range.lowerBound ? tokens[words[0] - 1] : nil
        let isPerson = previous.map { $0.has(.role) && !$0.isCapitalized } ?? false
        if let m = mention(words, tokens, range, possessive: possessive, person: isPerson) {
            result.append(m)
        }
    }

    private func joined(_ words: [Int], _ tokens: [Token]) -> String {
        var s = ""
        for (i, w) in words.enumerated() {
            if i > 0, tokens[w].spaceBefore { s += " " }
            s += tokens[w].text
            // A possessive inside a name keeps its mark (`Information Commissioner's Office`,
            // `Ghana Mineworkers' Union`).
            if tokens[w].possessive, i + 1 < words.count { s += tokens[w].lower.hasSuffix("s") ? "'" : "'s" }
        }
        return s
    }

    private func mention(
        _ words: [Int], _ tokens: [Token], _ range: Range<Int>, possessive: Bool, person: Bool
    ) -> EntityMention? {
        var w = words
        while let last = w.last, tokens[last].has(.corporateSuffix), w.count > 1 {
            w.removeLast()
        }
        // `Telvia A/S`, `Volvo AB`-style suffixes written with a slash: the letter before it.
        if w.count > 1, let last = w.last, tokens[last].characterCount == 1, tokens[last].isAllCaps,
            last + 1 < range.upperBound, tokens[last + 1].isSymbol("/")
        {
            w.removeLast()
        }
        while let last = w.last,
            tokens[last].kind != .word && !Self.endsNameWithNumber(w, tokens) || tokens[last].has(.connector)
                || tokens[last].lower == "the" || tokens[last].lower == "and"
        {
            w.removeLast()
        }
        guard !w.isEmpty else { return nil }
        // `Bank Rate`, `the Official Cash Rate`: a rate's proper name is a measure, not a body.
        if w.count >= 2, let last = w.last, tokens[last].lower == "rate" { return nil }
        var name = joined(w, tokens)
        let lower = Tokenizer.lowercase(name)
        if w.count == 1 {
            let t = tokens[w[0]]
            if t.isAllCaps, EntityRecognizer.commonAcronyms.contains(t.text) { return nil }
            if t.text.hasSuffix("s"),
                EntityRecognizer.commonAcronyms.contains(String(t.text.dropLast()).uppercased())
                    || t.text.dropLast().allSatisfy({ $0.isUppercase || $0.isNumber })
            {
                return nil
            }
            // (A code's lower-case form carries the class: most words skip the lookup.)
            if t.has(.currencyCodeFolded), Currencies.codes[t.text] != nil { return nil }
            if t.isAllCaps, t.characterCount > 5 { return nil }
            // `FY25`, `FY2025`: a fiscal year, never a name.
            if t.text.hasPrefix("FY"), t.characterCount > 2, Int(t.text.dropFirst(2)) != nil { return nil }
            if EntityLexicon.demonyms.contains(lower) { return nil }
            if lower.hasSuffix("s"), EntityLexicon.demonyms.contains(String(lower.dropLast())) { return nil }
            if t.characterCount == 1 { return nil }
        }
        // (`a Polish-Spanish consortium`: demonyms joined by a hyphen too.)
        if w.allSatisfy({ tokens[$0].has(.demonym) || tokens[$0].isSymbol("-") }) { return nil }
        // Runs shouted in capitals (`DANIEL LEVY'S`) read as names.
        if w.count >= 2, w.allSatisfy({ tokens[$0].isAllCaps && tokens[$0].characterCount > 2 }) {
            name = w.map { tokens[$0].text.prefix(1) + tokens[$0].text.dropFirst().lowercased() }.joined(
                separator: " ")
        }
        if name.hasPrefix("The "), !EntityLexicon.reporters.contains(lower) {
            name = String(name.dropFirst(4))
        }
        // `Christie's`, `Moody's`: a name the article writes with its `'s` where no possessive
        // stands keeps it, and owns nothing by it.
        var possessive = possessive
        if possessive, let last = w.last, tokens[last].possessive, apostropheNames.contains(tokens[last].text)
        {
            name += "'s"
            possessive = false
        }
        let span = w[0]..<(w[w.count - 1] + 1)
        var m = EntityMention(
            kind: .name(name), tokens: span, possessive: possessive, isPerson: person, prepositional: false,
            speaks: false, cited: false, agent: false, definedAcronym: nil)
        annotate(&m, tokens, range)
        m.traded =
            span.upperBound < range.upperBound
            && PersonCues.tradedWords.contains(tokens[span.upperBound].lower)
        if !person, !m.traded, PersonCues.looksLikePerson(w, tokens, range) { m.isPerson = true }
        var after = span.upperBound
        if after < range.upperBound, tokens[after].isSymbol("."), !tokens[after].spaceBefore { after += 1 }
        if after + 2 < range.upperBound, tokens[after].isSymbol("("), tokens[after + 1].isAllCaps,
            tokens[after + 2].isSymbol(")"), tokens[after + 1].characterCount >= 2
        {
            m.definedAcronym = tokens[after + 1].text
        }
        return m
    }

    /// Whether the article writes the word in lower case, itself or as its plural or singular
    /// (`Vote shares barely moved` in an article counting `votes`): an ordinary word, whatever
    /// follows it.
    func usedInLowercase(_ lower: String) -> Bool {
        if lowercaseVocabulary.contains(lower) || lowercaseVocabulary.contains(lower + "s") { return true }
        return lower.hasSuffix("s") && lowercaseVocabulary.contains(String(lower.dropLast()))
    }

    /// Words of the function-word table (kept there for sentence openers) that describe inside a
    /// definite description: `the Chinese tech giant`, `the new owner`, `the football club`.
    static let descriptiveWords: Set<String> = [
        "tech", "media", "football", "club", "new", "angry", "anonymous", "english", "german", "chinese",
        "american", "good", "key", "quick",
    ]

    /// Common nouns and adjectives that open news sentences (`Net profit rose`, `Traffic on the
    /// tunnel`, `Tolls will start`): a lone capitalised opener among them is an ordinary word.
    /// Verbs only a party does (`Labour won`, `Treasury denied`): a qualifier of roles before one
    /// is an institution or a party.
    static let partyVerbs: Set<String> = [
        "won", "wins", "said", "says", "denied", "denies", "announced", "pledged", "promised", "accused",
        "took", "takes", "secured", "claimed", "insisted", "warned",
    ]

    /// Words that make the name after them qualify a noun (`most Roundup claims`).
    static let quantifiers: Set<String> = [
        "most", "all", "some", "many", "any", "these", "those", "such", "outstanding", "pending", "several",
        "remaining", "new", "future", "past",
    ]

    static let commonOpeners: Set<String> = [
        "net", "gross", "total", "traffic", "tolls", "toll", "transport", "sales", "revenue", "revenues",
        "profit", "profits", "earnings", "shares", "stocks", "prices", "costs", "demand", "output",
        "exports", "imports", "inflation", "turnout", "growth", "spending", "investment", "production",
        "deliveries", "orders", "employment", "unemployment", "wages", "rents", "passengers", "ferry",
        "freight", "shipping", "officials", "authorities", "rescuers", "residents", "analysts", "investors",
        "shareholders", "workers", "staff", "police", "troops", "voters", "fans", "critics", "experts",
        "prosecutors", "lawmakers", "regulators", "executives", "economists", "traders", "markets",
        "funding", "capacity", "operating", "annual", "quarterly", "overall", "average", "median", "rival",
        "rivals", "peer", "peers", "competitor", "competitors", "consumer", "consumers", "retail",
        "retailers", "housing", "home", "homes", "household", "households", "oil", "crude", "gold", "energy",
        "electricity", "power", "fuel", "gasoline", "food", "core", "headline", "domestic", "foreign",
        "global", "bond", "bonds", "yields", "mortgage", "credit", "business", "businesses", "industrial",
        "factory", "corporate", "economic", "jobless", "payrolls", "farmers", "shoppers", "customers",
        "users", "subscribers", "employees", "hospitals", "schools", "tourism", "tourists", "visitors",
        "trade", "services", "goods", "labour", "labor", "inventories", "debt", "deficit", "budget", "tax",
        "taxes", "cash", "dividends", "margins", "bookings", "subscriptions", "downloads", "migrants",
        "refugees", "survivors", "victims", "patients", "cases", "deaths", "damage", "rainfall",
        "firefighters", "doctors", "nurses", "teachers", "soldiers", "protesters", "witnesses",
        "volunteers", "scientists", "researchers", "engineers", "pilots", "drivers", "students",
        "parents", "judges", "diplomats", "negotiators", "medics", "paramedics", "data", "figures",
        "estimates", "results", "reports", "protests", "strikes", "marches", "rallies", "unions",
        "demonstrators", "utility", "utilities", "retailer", "carmaker", "automaker", "chipmaker",
        "drugmaker", "lender", "insurer", "miner", "streamer", "broadcaster", "regulator", "conglomerate",
        "startup", "airline", "brewer", "supplier", "manufacturer", "overseas", "globally", "worldwide",
        "domestically", "internationally", "ticket", "tickets", "attendance", "viewership", "solar", "wind",
        "nuclear", "electric", "renewable", "renewables", "digital", "mobile", "online", "semiconductor",
        "semiconductors", "chip", "chips", "steel", "aluminium", "aluminum", "copper", "wheat", "coal",
        "gas", "natural", "battery", "batteries", "vehicle", "vehicles", "car", "cars", "auto", "autos",
        "tariff", "tariffs", "duties",
    ]

    /// Whether a finite verb follows the word (`Boeing paid`, `Boeing will`, `Boeing agreed`).
    private func isFollowedByAClauseVerb(_ k: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard k + 1 < range.upperBound, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized else {
            return false
        }
        let next = tokens[k + 1].lower
        return SubjectResolver.clauseVerbs.contains(next) || (next.hasSuffix("ed") && next.count > 4)
    }

    /// `Ferry operator Fjordline`: a lone opener followed by a common noun and a name describes
    /// the name (unless the noun is a role: `Nordlicht chief Ines Vahl`).
    private func describesTheNameAfter(_ k: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard k + 2 < range.upperBound else { return false }
        let noun = tokens[k + 1]
        let name = tokens[k + 2]
        return noun.kind == .word && !noun.isCapitalized && noun.spaceBefore
            && !noun.has(.role) && !noun.has(.roleModifier) && !noun.has(.speechVerb) && !noun.possessive
            && name.kind == .word && name.isCapitalized && !name.has(.functionWord)
            && (noun.has(.organisationHead) || EntityRecognizer.describingNouns.contains(noun.lower))
    }

    /// Nouns of the media: a name they introduce (`broadcaster X`, `a talk show on X`) or
    /// qualify (`an X talk show`) is a source in this article.
    static let mediaNouns: Set<String> = [
        "broadcaster", "newspaper", "paper", "outlet", "magazine", "tabloid", "website", "publication",
        "daily", "channel", "show", "programme", "program", "podcast", "blog", "news", "columnist",
        "newsletter", "telly", "television", "radio", "station",
    ]

    /// Verbs of publishing: the party before them is a source in this article.
    static let publishingVerbs: Set<String> = ["reported", "reports", "wrote", "writes", "published"]
    /// Nouns of a company's own results: `X reported revenue` states X's figures, it reports no one's.
    static let resultNouns: Set<String> = [
        "revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "loss", "losses",
        "results", "deliveries", "growth", "margin", "margins", "quarter", "quarterly", "annual",
    ]

    /// True when the speech verb at `verb` publishes a report (`reported`, `said in a report`)
    /// rather than states the speaker's own results.
    static func publishes(_ tokens: [Token], _ verb: Int, _ range: Range<Int>) -> Bool {
        let lower = tokens[verb].lower
        let window = (verb + 1)..<min(range.upperBound, verb + 7)
        if publishingVerbs.contains(lower) {
            return !window.contains { resultNouns.contains(tokens[$0].lower) }
        }
        // `X said in a report`, `X said in a research note`.
        if ["said", "says", "estimated", "estimates"].contains(lower), verb + 3 < range.upperBound,
            tokens[verb + 1].lower == "in",
            ["a", "its", "their", "the"].contains(tokens[verb + 2].lower)
        {
            let noun = tokens[verb + 3].lower == "research" ? verb + 4 : verb + 3
            return noun < range.upperBound
                && ["report", "note", "survey", "study"].contains(tokens[noun].lower)
        }
        return false
    }

    /// Articles, compass points and descriptions that may stand between a preposition and the
    /// name it introduces (`in the eastern`, `from consultancy`).
    static let wordsBeforeName: Set<String> = [
        "the", "a", "an", "eastern", "western", "northern", "southern", "chinese", "us", "tech", "news",
        "consultancy", "broadcaster", "site", "firm", "website", "analytics", "supplier", "outlet",
        "publication", "newspaper", "agency", "data", "research", "group", "company",
    ]
    /// Auxiliaries and adverbs between a name and its speech verb (`X has also said`).
    static let wordsBeforeVerb: Set<String> = [
        "has", "had", "have", "also", "later", "previously", "then", "on", "earlier", "now",
    ]

    /// A participle describing the name after a determiner (`under the amended Competition Act`,
    /// `at the embattled Acme`): no verb of the sentence.
    static func isAdjectivalParticiple(at b: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        b - 1 >= range.lowerBound && tokens[b].lower.hasSuffix("ed")
            && determiners.contains(tokens[b - 1].lower)
    }

    /// Articles before a description (`the amended`, `an embattled`).
    static let determiners: Set<String> = ["the", "a", "an"]

    /// Context flags: preposition before, speech verb after, citation, passive agent.
    private func annotate(_ m: inout EntityMention, _ tokens: [Token], _ range: Range<Int>) {
        var b = m.tokens.lowerBound - 1
        var skipped = 0
        while b >= range.lowerBound, skipped < 3, tokens[b].kind == .word, !tokens[b].isCapitalized,
            !tokens[b].has(.preposition), tokens[b].lower != "and",
            !tokens[b].has(.speechVerb),
            tokens[b].has(.wordBeforeName) || Self.isAdjectivalParticiple(at: b, tokens, range),
            Token.characterCount(of: tokens[b].lower) > 1
        {
            b -= 1
            skipped += 1
        }
        if b >= range.lowerBound {
            let p = tokens[b].lower
            if tokens[b].has(.preposition) { m.prepositional = true }
            // `Shares of Meridian jumped 24%`: the owner after `of` is no adjunct.
            if p == "of", b - 1 >= range.lowerBound, b == m.tokens.lowerBound - 1,
                SubjectResolver.ownedNouns.contains(tokens[b - 1].lower)
            {
                m.prepositional = false
            }
            if p == "to", b - 1 >= range.lowerBound, tokens[b - 1].lower == "according" { m.cited = true }
            if tokens[b].has(.citingWord) { m.cited = true }
            // `Analysts at Kepler expected`: the analysts' firm is a source, not a subject.
            if tokens[b].has(.firmPreposition), b - 1 >= range.lowerBound, tokens[b - 1].has(.analystNoun) {
                m.cited = true
            }
            if p == "by" {
                if b - 1 >= range.lowerBound,
                    tokens[b - 1].has(.reportNoun)
                        || tokens[b - 1].has(.reportingVerb)
                {
                    m.cited = true
                } else {
                    m.agent = true
                }
            }
        }
        // `broadcaster BR`, `a talk show on Radio Nord`, `a BR talk show`: a medium, a source here.
        if case .name = m.kind {
            var c = m.tokens.lowerBound - 1
            var seen = 0
            while c >= range.lowerBound, seen < 4, tokens[c].kind == .word {
                if tokens[c].has(.mediaNoun) {
                    m.reports = true
                    break
                }
                guard
                    tokens[c].has(.mediaModifier) || tokens[c].has(.demonym)
                else { break }
                c -= 1
                seen += 1
            }
            var d = m.tokens.upperBound
            while d < min(range.upperBound, m.tokens.upperBound + 2), tokens[d].kind == .word,
                !tokens[d].isCapitalized
            {
                if tokens[d].has(.mediaNoun), tokens[d].lower != "news" {
                    m.reports = true
                }
                d += 1
            }
        }
        var a = m.tokens.upperBound
        if a < range.upperBound, tokens[a].isSymbol("."), !tokens[a].spaceBefore { a += 1 }
        // `Hichem Chkiouat, a minister in the eastern government, said`.
        if a < range.upperBound, tokens[a].isSymbol(","), a + 1 < range.upperBound,
            tokens[a + 1].has(.appositiveStart)
        {
            var c = a + 1
            while c < range.upperBound, c - a < 12, !tokens[c].isSymbol(",") { c += 1 }
            if c + 1 < range.upperBound, tokens[c].isSymbol(","),
                tokens[c + 1].has(.speechVerb)
            {
                m.speaks = true
            }
        }
        var steps = 0
        // `to settle most Roundup claims`: after a quantifier, the name qualifies a noun.
        let qualifiesANoun =
            m.tokens.lowerBound > range.lowerBound
            && EntityRecognizer.quantifiers.contains(tokens[m.tokens.lowerBound - 1].lower)
        while a < range.upperBound, steps < 3 {
            let w = tokens[a]
            if w.has(.speechVerb), !(qualifiesANoun && steps == 0 && w.lower.hasSuffix("s")) {
                m.speaks = true
                m.reports = EntityRecognizer.publishes(tokens, a, range)
                break
            }
            // `Jane Roe at the Daily Ledger reported`: the affiliation sits between name and verb.
            if EntityRecognizer.affiliationWords.contains(w.lower), steps == 0,
                let verb = (a + 1..<min(range.upperBound, a + 6)).first(where: { tokens[$0].has(.speechVerb) }
                ),
                tokens[(a + 1)..<verb].allSatisfy({ $0.kind == .word || $0.isSymbol(".") })
            {
                m.speaks = true
                m.reports = EntityRecognizer.publishes(tokens, verb, range)
                break
            }
            if w.has(.wordBeforeVerb) {
                a += 1
                steps += 1
                continue
            }
            if EntityRecognizer.dataNouns.contains(w.lower), !m.possessive {
                m.cited = true
            }
            break
        }
    }
}
