import ClaimModel

/// Turns one article into what the claim graph needs: mentions (subject, measure, values,
/// bound, period, attribution, hedge, evidence span), denials, passages and story features.
///
/// Pure and deterministic: no I/O, no shared state; one value can serve many threads.
public struct Extractor: Sendable {
    public init() {}

    /// Analyses one article. Relative dates resolve against `article.published` when given.
    public func analyze(_ article: Article) -> AnalyzedArticle {
        let text = article.text
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(text)
        let noise = NoiseFilter.mark(tokens)
        let sentences = SentenceSplitter.split(tokens, noise: noise)
            .filter { !NoiseFilter.isNoise(tokens, $0.tokens) }
            .compactMap { Self.strippingLabel($0, tokens) }
            .filter { !NoiseFilter.isNoise(tokens, $0.tokens) }

        // Vocabulary that tells sentence-initial words from names.
        // Sized for the article's words up front: no rehashing while they are added.
        var wordCount = 0
        for i in tokens.indices where tokens[i].kind == .word { wordCount += 1 }
        var lowercase = WordSet(capacity: wordCount)
        var capitals = WordSet(capacity: wordCount)
        var capitalCounts = WordTally(capacity: wordCount)
        var starts = [Bool](repeating: false, count: tokens.count)
        for s in sentences { starts[s.tokens.lowerBound] = true }
        // Words are counted on their bytes in the text: a `String` only for a word that does
        // not pack.
        bytes.withUnsafeBufferPointer { utf8 in
            for i in tokens.indices where tokens[i].kind == .word {
                let word = UnsafeBufferPointer(rebasing: utf8[tokens[i].start..<tokens[i].end])
                if tokens[i].isCapitalized {
                    capitalCounts.add(utf8: word) { tokens[i].text }
                    if !starts[i], i > 0, tokens[i - 1].kind != .symbol || tokens[i - 1].isSymbol(",") {
                        capitals.insert(utf8: word) { tokens[i].text }
                    }
                } else {
                    lowercase.insert(utf8: word, lowering: true) { tokens[i].lower }
                }
            }
        }
        // A name in the title recurs when the body names it once.
        let titleTokens = Tokenizer.tokenize(article.title)
        // The title's lower-case words are the article's words too (`smartphone market` in the
        // title: `Smartphone shipments rose` opens a sentence, names nothing).
        for t in titleTokens where t.kind == .word {
            if t.isCapitalized { capitalCounts.add(t.text) } else { lowercase.insert(t.lower) }
        }
        let recognizer = EntityRecognizer(
            lowercaseVocabulary: lowercase, midSentenceCapitals: capitals, capitalCounts: capitalCounts,
            expectsRecurrence: sentences.count >= 5, apostropheNames: EntityRecognizer.apostropheNames(tokens)
        )
        let mentionsBySentence = sentences.map { recognizer.recognize(tokens, $0.tokens) }

        var names: [(name: String, isPerson: Bool, acronym: String?)] = []
        // Names shown to be no person's: a company's whose shares trade, a storm's; and names
        // shown to be places (`near Kyebi`, `outside Kyebi`).
        var impersonal = Set<String>()
        var shownPlaces = Set<String>()
        for ms in mentionsBySentence {
            for m in ms {
                guard let n = m.name else { continue }
                names.append((n, m.isPerson, m.definedAcronym))
                if m.traded || EntityLexicon.stormWords.contains(tokens[m.tokens.lowerBound].lower) {
                    impersonal.insert(n)
                }
                if m.tokens.lowerBound > 0,
                    Self.placePrepositions.contains(tokens[m.tokens.lowerBound - 1].lower)
                {
                    shownPlaces.insert(n)
                }
            }
        }
        let aliases = AliasTable(names: names, impersonal: impersonal, places: shownPlaces)
        let resolver = SubjectResolver(aliases: aliases)
        let reporters = Self.reporters(mentionsBySentence, aliases: aliases)
        // Currencies moving in the markets are the subjects of their own figures, never a topic.
        var currencies = Set<String>()
        for ms in mentionsBySentence {
            for m in ms where m.currency { if let n = m.name { currencies.insert(aliases.resolve(n)) } }
        }
        // Section labels (`Bavaria:`, `NORVAND -`), lower-cased, per sentence.
        let sectionLabels = sentences.map { Self.sectionLabel($0, tokens) }
        let topic = Self.topic(
            title: titleTokens, recognizer: recognizer, aliases: aliases, resolver: resolver,
            outlet: article.outlet, reporters: reporters, currencies: currencies,
            sectionLabels: sectionLabels.compactMap { $0 },
            firstItemName: Self.nameOfUnnamedFirstItem(
                title: titleTokens, tokens: tokens, sentences: sentences, mentions: mentionsBySentence,
                aliases: aliases))

        // Passages.
        let (passageOf, roundup) = PassageSegmenter.segment(tokens, sentences, titleTokens: titleTokens)
        let passageCount = (passageOf.last ?? 0) + 1
        var passageNames = [[String: Int]](repeating: [:], count: passageCount)
        // Names as places: a country that speaks (`Pakistan said it would send aid`) acts in the
        // story rather than locating it.
        var passageLocations = [[String: Int]](repeating: [:], count: passageCount)
        var placeLike = Set<String>()
        for (index, ms) in mentionsBySentence.enumerated() {
            let p = passageOf[index]
            for m in ms {
                guard let n = m.name else { continue }
                let s = aliases.resolve(n)
                passageNames[p][s, default: 0] += 1
                if !m.speaks { passageLocations[p][s, default: 0] += 1 }
                let prep = m.tokens.lowerBound > 0 ? tokens[m.tokens.lowerBound - 1].lower : ""
                let next = m.tokens.upperBound < tokens.count ? tokens[m.tokens.upperBound].lower : ""
                if resolver.isPlace(s) || (!m.possessive && SubjectResolver.placeNouns.contains(next))
                    || (m.prepositional && ["in", "of", "near", "across"].contains(prep)
                        && !aliases.isPerson(s)
                        && !resolver.isReporter(s, .init(outlet: article.outlet, reporters: reporters)))
                {
                    placeLike.insert(s)
                }
            }
        }
        var passagePlaces = passageLocations.map { $0.filter { placeLike.contains($0.key) } }
        // A section labelled with a place (`Bavaria: ...`) is about that place.
        for (index, sentence) in sentences.enumerated() {
            guard let label = sentence.label else { continue }
            let words = tokens[label].map(\.text).joined(separator: " ")
            if EntityLexicon.places.contains(Tokenizer.lowercase(words)) || placeLike.contains(words) {
                passagePlaces[passageOf[index]][aliases.resolve(words), default: 0] += 2
            }
        }
        // The title's place (`Aude fire: ...`) is the story's, even when the body names it not,
        // and outweighs a valley or a river in it the body names twice (`Genoa flood` and `the
        // Bisagno valley`, `the Bisagno and Fereggiano streams`).
        for place in Self.titlePlaces(titleTokens) where !passagePlaces.isEmpty {
            passagePlaces[0][aliases.resolve(place), default: 0] += 3
        }
        var articlePlaces: [String: Int] = [:]
        for p in passagePlaces { for (k, v) in p { articlePlaces[k, default: 0] += v } }
        func mostFrequent(_ d: [String: Int]) -> String? {
            d.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        var isMain = [Bool](repeating: true, count: passageCount)
        if roundup, let topic {
            // A section labelled with the topic is about it, whatever names it gives.
            let topicWords = Tokenizer.tokenize(topic).map(\.lower)
            var labelled = [Bool](repeating: false, count: passageCount)
            for (index, label) in sectionLabels.enumerated() where label == topicWords {
                labelled[passageOf[index]] = true
            }
            var anyMain = false
            for p in 0..<passageCount {
                isMain[p] = passageNames[p][topic] != nil || labelled[p] || passageNames[p].isEmpty && p == 0
                anyMain = anyMain || isMain[p]
            }
            if !anyMain { isMain[0] = true }
        }

        // Currencies several countries share follow the country the article names.
        var ambiguousCodes: [String: String] = [:]
        // Only a currency name several countries share asks for these codes.
        // (So do the rand's sign glued to an amount, `R68.4bn`, and the rupee's, `Rs 500`.)
        let sharedCurrencyNamed = tokens.indices.contains { k in
            tokens[k].has(.currencyName) && Currencies.names[tokens[k].lower] == ""
                // (Its number glued after it is tested first: most tokens are no one-letter word.)
                || k + 1 < tokens.count && tokens[k + 1].kind == .number && !tokens[k + 1].spaceBefore
                    && tokens[k].text == Currencies.randSign
                || Currencies.amountAfterWordSign(tokens, k, end: tokens.count) != nil
        }
        // The country the article names most, by name, by its adjective (`Libya`, `Libyan`,
        // `Iraqi`) or by its cities and provinces (`Karachi`, `Sindh`): a Pakistani story that
        // mentions India in passing pays in Pakistan's rupees.
        // (A one-word country is counted by its words, a longer one by the names given.)
        var wordUses: [String: Int] = [:]
        var nameUses: [String: Int] = [:]
        if sharedCurrencyNamed {
            for n in names { nameUses[Tokenizer.lowercase(n.name), default: 0] += 1 }
            for t in tokens where t.kind == .word && t.isCapitalized { wordUses[t.lower, default: 0] += 1 }
        }
        func uses(_ country: String) -> Int {
            let lower = Tokenizer.lowercase(country)
            let places = Currencies.countryPlaces[country, default: []].reduce(0) {
                $0 + (wordUses[$1] ?? nameUses[$1] ?? 0)
            }
            guard !lower.contains(" ") else { return nameUses[lower, default: 0] + places }
            let adjective = Currencies.adjectives[country].map { wordUses[$0, default: 0] } ?? 0
            return wordUses[lower, default: 0] + wordUses[lower + "n", default: 0]
                + wordUses[lower + "i", default: 0] + adjective + places
        }
        for (key, options) in sharedCurrencyNamed ? Currencies.ambiguous : [:] {
            var best: (code: String, uses: Int)?
            for option in options {
                let count = uses(option.country)
                if count > 0, count > best?.uses ?? 0 { best = (option.code, count) }
            }
            if let best { ambiguousCodes[key] = best.code }
        }
        // A rupee in an article naming no country is India's (`The CCI fined Bazario Rs 1,140
        // crore`): most rupees in the news are.
        for (key, code) in sharedCurrencyNamed ? Currencies.unnamedCountryCodes : [:]
        where ambiguousCodes[key] == nil {
            ambiguousCodes[key] = code
        }
        let codes = ambiguousCodes
        let parser = QuantityParser(ambiguousCurrency: { codes[$0] })
        let periods = PeriodResolver(published: article.published)

        var mentions: [Mention] = []
        var denials: [Denial] = []
        var context = SubjectResolver.Context(topic: topic, outlet: article.outlet, reporters: reporters)
        // (`Cal Fire said`: a name that speaks is an agency, not a disaster.)
        context.topicSpeaks =
            topic.map { topic in
                mentionsBySentence.contains {
                    $0.contains { $0.speaks && $0.name.map(aliases.resolve) == topic }
                }
            } ?? false
        context.mainPerson =
            aliases.counts.filter { aliases.isPerson($0.key) }
            .max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        var statedSums: [Value] = []
        var lastPassage = -1
        var previousCasualty = false
        var lastQuarter: Period?
        for (index, sentence) in sentences.enumerated() {
            let passage = passageOf[index]
            if passage != lastPassage {
                context.lastOrganisation = nil
                context.lastPerson = nil
                context.place = mostFrequent(passagePlaces[passage]) ?? mostFrequent(articlePlaces)
                // An unrelated item of a roundup has no topic to fall back on: a figure whose subject it
                // does not name is dropped rather than credited to the article's company.
                // A topic that is a place gives way to the passage's place (`The fire near
                // Narbonne` in an article titled `Aude fire`).
                let placeTopic = topic.map { placeLike.contains($0) } ?? false
                context.topic = isMain[passage] ? (placeTopic ? context.place ?? topic : topic) : nil
                context.topicIsPlace = isMain[passage] && placeTopic
                context.topicOwnsCasualties =
                    context.topic.map { topic in
                        // (A river or a district the article names as a place, `the Bisagno
                        // valley`, is none, even when the place lexicon does not know it.)
                        resolver.ownsItsCasualties(topic, context) && !placeLike.contains(topic)
                            && passageNames[passage][topic, default: 0]
                                > (context.place.map { passageNames[passage][$0, default: 0] } ?? 0)
                    } ?? false
                lastPassage = passage
            }
            let range = sentence.tokens
            let sentenceMentions = mentionsBySentence[index]
            let found = periods.find(tokens, range, lastQuarter: lastQuarter)
            if let quarter = PeriodResolver.quarterNamed(in: found) { lastQuarter = quarter }
            var attribution: String??
            // `500,000 marched, the ministry said, while the union said 1 million`: each clause
            // names its own source.
            var clauses: [Range<Int>]?
            var clauseAttributions: [Int: String?] = [:]
            var sentenceCountMeasure: String?
            let hedged = tokens[range].contains { $0.has(.hedge) }
            let sources = Self.sourcePhrases(tokens, range)
            var previousFigureEnd: Int?
            // The unit of the sentence's figures by the word before them (`with 15.8 percent`).
            var unitAfter: [String: QuantityUnit] = [:]
            // What the sentence's last count counted (`took 15 seats`), for the bare numbers a list
            // gives after it (`, Latvia First 14 and United List five`).
            var listedNoun: String?
            // The currency of the sentence's last figure, when it was a sum.
            var sentenceMoney: QuantityUnit?
            var sentenceCasualty = false
            var figures: [SentenceFigure] = []
            var k = range.lowerBound
            while k < range.upperBound {
                // A word that starts neither a fraction nor a figure (the parser's own first test)
                // is passed over without the two calls: most words of a sentence.
                if tokens[k].kind == .word, tokens[k].classes.isDisjoint(with: Self.figureOrFractionStart),
                    tokens[k].characterCount > 2 || (tokens[k].lower != "a" && tokens[k].lower != "an")
                {
                    k += 1
                    continue
                }
                var outcome =
                    Self.fraction(tokens, k, range, parser) ?? parser.parse(tokens, k, sentence: range)
                // `with 15.8 percent, ... and the Greens fourth with 14.4`: a bare decimal in a list
                // takes the unit of the figure before it; a fractional count is no count otherwise.
                if let o = outcome, let decimal = Self.bareDecimal(o, tokens, k) {
                    let before = k > range.lowerBound ? tokens[k - 1].lower : ""
                    if let unit = unitAfter[before], unit == .percent || unit.rawValue == "points" {
                        let kind: QuantityMatch.Kind = unit == .percent ? .percent : .physical
                        let value = Value(amount: decimal.value, unit: unit, resolution: decimal.resolution)
                        outcome = .quantity(
                            QuantityMatch(
                                range: decimal.range, anchor: decimal.range.lowerBound,
                                quantity: Quantity(values: [value], bound: .exact), kind: kind))
                    } else if case .quantity = o {
                        outcome = .skip(decimal.range)
                    }
                }
                if case .skip(let r)? = outcome, let noun = listedNoun,
                    let gapped = Self.gappedCount(r, tokens, range, k: k)
                {
                    var q = QuantityMatch(
                        range: r, anchor: r.lowerBound,
                        quantity: Quantity(
                            values: [Value(amount: gapped, unit: .count, resolution: 1)], bound: .exact),
                        kind: .count)
                    q.noun = noun
                    outcome = .quantity(q)
                }
                switch outcome {
                case .none:
                    k += 1
                case .skip(let r):
                    k = max(r.upperBound, k + 1)
                case .quantity(var q):
                    k = max(q.range.upperBound, k + 1)
                    if q.kind == .count { listedNoun = q.noun }
                    defer {
                        previousFigureEnd = q.range.upperBound
                        if q.range.lowerBound > range.lowerBound, let unit = q.quantity.values.first?.unit {
                            unitAfter[tokens[q.range.lowerBound - 1].lower] = unit
                        }
                    }
                    // `according to officials in two western countries`: part of the source, no figure.
                    if sources.contains(where: { $0.contains(q.anchor) }) { continue }
                    // `$54 billion, plus or minus 2%`: a tolerance of the figure before, no claim.
                    if Self.isTolerance(q, tokens, range) { continue }
                    // A run of digits too long for a number (a pasted hash, a million digits) is
                    // no figure; dropping it keeps the rest of the article acceptable.
                    if !(q.quantity.values + q.quantity.upper).allSatisfy({
                        $0.amount.isFinite && $0.resolution.isFinite
                    }) {
                        continue
                    }
                    if q.kind == .money {
                        for v in q.quantity.values { statedSums.append(v) }
                    }
                    defer { sentenceMoney = q.kind == .money ? q.quantity.values.first?.unit : nil }
                    // `We only spent 95 million`: a bare sum in a money sentence keeps the article's currency.
                    // (`could reach 14.6 billion zlotys, almost twice the original budget of 7.4 billion`:
                    // so does a bare sum right after a sum in its own sentence; after a count, `310,000
                    // patients ... says it is 1.2 million`, it counts what that counted.)
                    if q.kind == .count, q.noun == nil, let amount = q.quantity.values.first?.amount,
                        amount >= 1e6,
                        let unit = statedSums.last(where: { abs($0.amount - amount) <= amount * 0.001 })?.unit
                            ?? sentenceMoney,
                        sentenceMoney != nil || tokens[range].contains(where: { $0.has(.moneyCue) })
                    {
                        q.kind = .money
                        q.quantity.values = q.quantity.values.map {
                            Value(amount: $0.amount, unit: unit, resolution: $0.resolution)
                        }
                        q.quantity.upper = q.quantity.upper.map {
                            Value(amount: $0.amount, unit: unit, resolution: $0.resolution)
                        }
                    }
                    let casualty = Self.isCasualty(q, tokens, range, afterCasualty: previousCasualty)
                    sentenceCasualty = sentenceCasualty || casualty
                    guard
                        let subject = resolver.subject(
                            for: q, mentions: sentenceMentions, tokens: tokens, sentence: range,
                            context: context,
                            isCasualty: casualty, previousFigureEnd: previousFigureEnd)
                    else { continue }
                    func source(in part: Range<Int>) -> String? {
                        let partMentions = sentenceMentions.filter { part.contains($0.tokens.lowerBound) }
                        return AttributionFinder.find(
                            tokens, part, mentions: partMentions, text: bytes, aliases: aliases,
                            resolve: {
                                resolver.speakingOrganisation(
                                    $0, mentions: sentenceMentions, context: context, tokens: tokens)
                            })
                    }
                    if attribution == nil { attribution = .some(source(in: range)) }
                    var credited = attribution ?? nil
                    if clauses == nil { clauses = AttributionFinder.clauses(tokens, range) }
                    if let clauses, clauses.count > 1,
                        let clause = clauses.first(where: { $0.contains(q.anchor) })
                    {
                        if AttributionFinder.ownWordsOpeners.contains(tokens[clause.lowerBound].lower) {
                            // `..., saying the amount was 10 million euros`: the words of the
                            // sentence's subject (`Leverkusen dismissed reports ..., saying the fee
                            // was`), which is the figure's own subject when it names no other.
                            credited =
                                Self.sentenceSubject(
                                    sentenceMentions, before: clause.lowerBound, aliases: aliases)
                                ?? subject
                        } else {
                            if clauseAttributions[clause.lowerBound] == nil {
                                clauseAttributions[clause.lowerBound] = .some(source(in: clause))
                            }
                            if let own = clauseAttributions[clause.lowerBound] ?? nil { credited = own }
                        }
                    }
                    // `said a report that it faced a $15 billion charge was wrong`: the report's figure.
                    // (`the hackers' claim that 560 million accounts were affected`: a claim's.)
                    // (A report described by a phrase, `a report by The Harbour Ledger that`, `reports in
                    // England that`, keeps the source the phrase names.)
                    if let report = Self.reportClauseSource(q, tokens, range),
                        report.direct || credited == nil
                    {
                        credited = report.source
                    }
                    var measure = MeasureNamer.name(for: q, tokens: tokens, sentence: range)
                    // `Insured losses could reach $50 billion, while CoreLogic put them at $36
                    // billion`: a pronoun's figure is of the measure of the figure before it.
                    let at = q.range.lowerBound - 1
                    if measure == "amount", at - 1 > range.lowerBound, tokens[at].lower == "at",
                        MeasureNamer.pronouns.contains(tokens[at - 1].lower), let previous = figures.last
                    {
                        measure = mentions[previous.mention].measure
                    }
                    // `police counted 55,000 protesters, while unions put the number at 300,000`:
                    // a generic count is of what the sentence counted before it.
                    // `denied a report that it planned to cut 10,000 jobs, saying the figure was
                    // 6,000`: what the figure stands for is the count before it.
                    let statedAsFigure =
                        q.noun == nil && q.range.lowerBound - 2 > range.lowerBound
                        && tokens[(q.range.lowerBound - 3)..<q.range.lowerBound].contains {
                            MeasureNamer.genericCountMeasures.contains($0.lower)
                        }
                    if q.kind == .count,
                        MeasureNamer.genericCountMeasures.contains(measure) || statedAsFigure,
                        let before = sentenceCountMeasure
                    {
                        measure = before
                    } else if measure == "people", SubjectResolver.isCrowd(q, tokens, range) {
                        measure = "protesters"
                    }
                    if q.kind == .count, !MeasureNamer.genericCountMeasures.contains(measure) {
                        sentenceCountMeasure = measure
                    }
                    // `Daily active users reached 115 million`: a count of users, named before it.
                    if q.kind == .count, q.quantity.values.first?.unit == .count, measure.hasSuffix("users") {
                        q.quantity.values = q.quantity.values.map {
                            Value(amount: $0.amount, unit: .users, resolution: $0.resolution)
                        }
                        q.quantity.upper = q.quantity.upper.map {
                            Value(amount: $0.amount, unit: .users, resolution: $0.resolution)
                        }
                    }
                    // `Turnout was 67.2 percent, up from 63.1 percent`: the value a change started
                    // from is of the subject of the figure it changed to, when the sentence names
                    // no one between them.
                    var owner = subject
                    if measure.hasPrefix(MeasureNamer.previousPrefix),
                        let last = figures.last,
                        mentions[last.mention].measure
                            == measure.dropFirst(MeasureNamer.previousPrefix.count),
                        !sentenceMentions.contains(where: {
                            $0.name != nil && $0.tokens.lowerBound > last.range.upperBound
                                && $0.tokens.lowerBound < q.range.lowerBound
                        })
                    {
                        owner = mentions[last.mention].subject
                    }
                    // A count (a toll, a tally) is as of the day it was given; a sum or a share
                    // is about its own period, not the day someone stated it.
                    mentions.append(
                        Mention(
                            subject: owner,
                            measure: measure,
                            quantity: q.quantity,
                            period: PeriodResolver.nearest(
                                found, to: q.anchor, asOfStatement: q.kind == .count,
                                datedByWeekday: q.kind != .money, isChange: q.kind == .percent,
                                comparedAt: PeriodResolver.comparedAt(
                                    q.range, found: found, tokens: tokens, sentence: range)),
                            attribution: credited, hedged: hedged,
                            evidence: TextSpan(start: sentence.start, end: sentence.end), passage: passage))
                    figures.append(
                        SentenceFigure(
                            range: q.range, mention: mentions.count - 1, kind: q.kind,
                            perShare: MeasureNamer.isPerShare(q, tokens: tokens, sentence: range),
                            estimate: Estimates.isThirdPartyEstimate(
                                q.range, tokens: tokens, sentence: range),
                            listed: resolver.listedName(
                                before: q, mentions: sentenceMentions, tokens: tokens, sentence: range
                            ).map { ["and", ","].contains(tokens[$0.tokens.lowerBound - 1].lower) } ?? false
                        ))
                }
            }
            ChangeEnds.relate(figures, mentions: &mentions, tokens: tokens)
            WithdrawnFigure.relate(figures, mentions: &mentions, tokens: tokens, sentence: range)
            Estimates.relate(figures, mentions: &mentions)
            if var denial = DenialDetector.detect(
                tokens, sentence, mentions: sentenceMentions, resolver: resolver, context: context)
            {
                denial.passage = passage
                denials.append(denial)
            }
            previousCasualty = sentenceCasualty
            // Carry the sentence's subject forward for `the company`, `it`, `he`.
            context.lastPerson = nil
            // (`of Volta's deliveries`: an owner is carried even after a preposition.)
            // (`the Labor Department's Bureau of Labor Statistics said`: a source's owner is no
            // organisation written about.)
            func ownsASource(_ owner: EntityMention) -> Bool {
                owner.possessive
                    && sentenceMentions.contains {
                        $0.tokens.lowerBound == owner.tokens.upperBound && ($0.speaks || $0.cited)
                    }
            }
            if let m = sentenceMentions.first, let n = m.name, !m.prepositional || m.possessive, !m.cited,
                !m.modifier, !m.currency, !SubjectResolver.namesAModel(m, tokens: tokens, sentence: range),
                !ownsASource(m)
            {
                let s = aliases.resolve(n)
                if m.isPerson || aliases.isPerson(s) {
                    context.lastPerson = s
                } else if !resolver.isReporter(s, context), !resolver.isPlace(s) {
                    context.lastOrganisation = s
                } else if let owner = sentenceMentions.first(where: {
                    $0.possessive && $0.name != nil && !$0.isPerson && !$0.cited && !ownsASource($0)
                }),
                    let o = owner.name.map(aliases.resolve), !aliases.isPerson(o),
                    !resolver.isReporter(o, context),
                    !resolver.isPlace(o)
                {
                    // `The U.S. market took 22% of Volta's deliveries`: the owner named after a place.
                    context.lastOrganisation = o
                }
            } else if let m = sentenceMentions.first, case .organisationReference = m.kind, !m.prepositional,
                m.tokens.count > 1,
                let s = resolver.resolve(m, mentions: sentenceMentions, context: context)
            {
                // `The Chinese tech giant ...`: what the description stood for stays the subject.
                context.lastOrganisation = s
            }
        }

        // Features.
        var passages: [Passage] = []
        for p in 0..<passageCount {
            let members = sentences.indices.filter { passageOf[$0] == p }
            guard let first = members.first, let last = members.last else { continue }
            let entities = passageNames[p].sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            .prefix(8).map(\.key)
            passages.append(
                Passage(
                    span: TextSpan(start: sentences[first].start, end: sentences[last].end),
                    isMain: isMain[p],
                    entities: entities))
        }
        if passages.isEmpty {
            passages = [Passage(span: TextSpan(start: 0, end: bytes.count), isMain: true, entities: [])]
        }
        var bag: [String: Int] = [:]
        for p in 0..<passageCount where isMain[p] {
            for (k, v) in passageNames[p] { bag[k, default: 0] += v }
        }
        // A name the title gives leads among names the body gives as often (short articles name
        // most things once: the title says which of them the article is about).
        for m in recognizer.recognize(titleTokens, 0..<titleTokens.count) {
            guard let n = m.name else { continue }
            let name = aliases.resolve(n)
            if let count = bag[name] { bag[name] = count + 1 }
        }
        let entityCounts = bag.map { EntityCount(name: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        // The text is normalised once, to bytes, for its hash, identity and words.
        let normalized = TextNormalization.normalizedBytes(text)
        let words = normalized.withUnsafeBufferPointer { WordList(normalizedUTF8: $0) }
        let features = ArticleFeatures(
            textHash: ContentHash.textHash(normalizedUTF8: normalized),
            simhash: Fingerprint.simhash(words: words),
            entities: entityCounts,
            keyTerms: Fingerprint.keyTerms(titleWords: WordList(article.title), textWords: words, limit: 12),
            passages: passages)
        return AnalyzedArticle(
            id: ContentHash.articleID(outlet: article.outlet, normalizedUTF8: normalized), article: article,
            mentions: mentions, denials: denials, features: features)
    }

    /// Names the article uses as sources at least as often as otherwise (`according to X`,
    /// `X reported`, `citing X`, `X data`): reporters in this article, whatever their name.
    static func reporters(_ mentionsBySentence: [[EntityMention]], aliases: AliasTable) -> Set<String> {
        var sourceUses: [String: Int] = [:]
        var otherUses: [String: Int] = [:]
        for ms in mentionsBySentence {
            for m in ms {
                guard let n = m.name else { continue }
                let s = aliases.resolve(n)
                if m.cited || m.reports {
                    sourceUses[s, default: 0] += 1
                } else if !m.speaks {
                    otherUses[s, default: 0] += 1
                }
            }
        }
        return Set(sourceUses.filter { $0.value >= otherUses[$0.key, default: 0] }.keys)
    }

    static let moneyCues: Set<String> = [
        "spent", "spend", "spending", "paid", "pay", "cost", "costs", "fee", "price", "budget", "invest",
        "invested", "worth", "revenue", "bid", "offer", "sold", "bought", "raised", "valued", "bonuses",
        "bonus", "add-ons", "wages", "salary",
    ]

    /// Drops a heading label in front of a sentence (`THE LOWDOWN:`, `What Happened:`, `Bavaria:`).
    static func strippingLabel(_ s: Sentence, _ tokens: [Token]) -> Sentence? {
        let limit = min(s.tokens.upperBound, s.tokens.lowerBound + 5)
        guard
            let colon = (s.tokens.lowerBound..<limit).first(where: {
                tokens[$0].isSymbol(":") || tokens[$0].isSymbol("?")
            }),
            colon > s.tokens.lowerBound,
            (s.tokens.lowerBound..<colon).allSatisfy({
                tokens[$0].kind == .word && (tokens[$0].isCapitalized || tokens[$0].possessive)
            })
        else { return s }
        let start = colon + 1
        guard start < s.tokens.upperBound else { return nil }
        return Sentence(
            tokens: start..<s.tokens.upperBound, start: tokens[start].start, end: s.end,
            startsLine: s.startsLine, label: s.tokens.lowerBound..<colon)
    }

    /// `half of the amount`, `a quarter of the city`, `half a percentage point`.
    /// The word classes a fraction (`half`) or a figure (a currency word, a number word) can
    /// start with; `a` and `an` start figures too (`a billion`).
    static let figureOrFractionStart = QuantityParser.figureStartClasses.union(.fraction)

    static func fraction(
        _ tokens: [Token], _ k: Int, _ range: Range<Int>, _ parser: QuantityParser
    ) -> QuantityParser.Outcome? {
        guard tokens[k].has(.fraction), let share = Magnitudes.fractions[tokens[k].lower],
            k + 1 < range.upperBound
        else { return nil }
        let next = tokens[k + 1].lower
        let previous = k > range.lowerBound ? tokens[k - 1].lower : ""
        if tokens[k].lower != "half", !["a", "one"].contains(previous) { return nil }
        // `the second half of 2025`: a period, not a share.
        if ["first", "second", "latter", "back", "front"].contains(previous) { return nil }
        if next == "of", k + 2 < range.upperBound, tokens[k + 2].kind == .number,
            (1900...2100).contains(tokens[k + 2].value)
        {
            return nil
        }
        var start = tokens[k].lower == "half" ? k : k - 1
        var bound = Bound.exact
        if let (length, b) = parser.boundBefore(tokens, start, floor: range.lowerBound) {
            bound = b
            start -= length
        }
        // `half a percentage point`, `a quarter of a percentage point`, `a quarter of a point`:
        // a share of one point, not of something else.
        var a = next == "of" ? k + 2 : k + 1
        if a < range.upperBound, ["a", "an", "one"].contains(tokens[a].lower) {
            a += 1
            if a < range.upperBound, tokens[a].lower == "percentage" { a += 1 }
            if a < range.upperBound, ["point", "points"].contains(tokens[a].lower) {
                // A fraction of a point is exact: stated to a tenth of itself, not to itself.
                let points = share / 100
                let q = Quantity(
                    values: [
                        Value(amount: points, unit: .percent, resolution: points / 10),
                        QuantityParser.basisPoints(fromPercentagePoints: points, resolution: points / 10),
                    ], bound: bound)
                return .quantity(
                    QuantityMatch(range: start..<(a + 1), anchor: k, quantity: q, kind: .percent))
            }
        }
        if next == "of" {
            let q = Quantity(values: [Value(amount: share, unit: .percent, resolution: share)], bound: bound)
            return .quantity(QuantityMatch(range: start..<(k + 2), anchor: k, quantity: q, kind: .percent))
        }
        return nil
    }

    /// A count of the dead, missing, injured, displaced or damaged: it belongs to the place of the
    /// disaster, whoever gives it. Near a casualty word; or anywhere in a sentence with one when the
    /// count says nothing else it counts; or `the total`, `the number` right after such a sentence.
    static func isCasualty(
        _ q: QuantityMatch, _ tokens: [Token], _ range: Range<Int>, afterCasualty: Bool = false
    ) -> Bool {
        guard q.kind == .count else { return false }
        let head = q.noun.flatMap(AliasTable.lastWord(of:))
        if let head, SubjectResolver.casualtyNouns.contains(head) { return true }
        let from = max(range.lowerBound, q.anchor - 6)
        let to = min(range.upperBound, q.range.upperBound + 6)
        for k in from..<to where tokens[k].has(.casualty) { return true }
        guard head == nil || head == "people" else { return false }
        if tokens[range].contains(where: { $0.has(.casualty) }) { return true }
        if afterCasualty,
            tokens[range].contains(where: {
                ["total", "number", "tally", "toll", "figure"].contains($0.lower)
            })
        {
            return true
        }
        return false
    }

    /// The name that opens the sentence as its subject (not after a preposition, not a
    /// speaker or a modifier), before token `end`; nil when none does.
    static func sentenceSubject(_ mentions: [EntityMention], before end: Int, aliases: AliasTable) -> String?
    {
        guard let m = mentions.first, m.tokens.lowerBound < end, let name = m.name, !m.prepositional,
            !m.cited, !m.modifier, !m.possessive
        else { return nil }
        return aliases.resolve(name)
    }

    /// `plus or minus 2%`, `± 2%`: the tolerance of another figure.
    static func isTolerance(_ q: QuantityMatch, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        let k = q.range.lowerBound
        if k - 1 >= range.lowerBound, tokens[k - 1].isSymbol("\u{00B1}") { return true }
        return k - 3 >= range.lowerBound && tokens[k - 3].lower == "plus" && tokens[k - 2].lower == "or"
            && tokens[k - 1].lower == "minus"
    }

    /// Who states a figure in a clause that a report noun or a claim opens (`a report that it
    /// faced a $15 billion charge`, `reports that the toll had reached 11,300`): `a report` or
    /// `a claim`, and whether the noun stands right before `that`; nil for any other figure.
    static func reportClauseSource(_ q: QuantityMatch, _ tokens: [Token], _ range: Range<Int>)
        -> (source: String, direct: Bool)?
    {
        // `PlayTracker estimates that`, `Reuters reports that`: a verb of saying after the name
        // that says it, not a report noun (`Reuters' report that` is one).
        func saysAfterAName(_ j: Int) -> Bool {
            j - 1 >= range.lowerBound && tokens[j - 1].kind == .word && tokens[j - 1].isCapitalized
                && !tokens[j - 1].possessive
        }
        var k = q.range.lowerBound - 1
        // (Within the clause: `a report that it would cut the price of the Model Y in China by
        // 10%` puts thirteen words between; that far, only a report right before `that` counts.)
        while k > range.lowerBound, k >= q.range.lowerBound - 16 {
            if tokens[k].isSymbol(",") || tokens[k].isSymbol(";") { return nil }
            if tokens[k].lower == "that", k < q.range.lowerBound - 10 {
                let noun = k - 1 > range.lowerBound && !tokens[k - 1].isCapitalized ? tokens[k - 1] : nil
                if let noun, noun.has(.reportNoun), !saysAfterAName(k - 1) { return ("a report", true) }
                if let noun, noun.lower == "claim" { return ("a claim", true) }
            } else if tokens[k].lower == "that" {
                // `a report in a German newspaper that it planned to cut 10,000 jobs`: the noun
                // right before `that`, or before a phrase its preposition opens (not `figures
                // showed that`).
                var j = k - 1
                while j > range.lowerBound, j >= k - 6, tokens[j].kind == .word {
                    let opensThat = j == k - 1 || tokens[j + 1].has(.preposition)
                    if opensThat, tokens[j].has(.reportNoun), !saysAfterAName(j) {
                        return ("a report", j == k - 1)
                    }
                    // `the hackers' claim that 560 million accounts were affected`.
                    if opensThat, tokens[j].lower == "claim" { return ("a claim", j == k - 1) }
                    j -= 1
                }
            }
            k -= 1
        }
        return nil
    }

    /// What ends an `according to ...` phrase (built once, not at every token).
    static let sourcePhraseEnds = [",", ";", "(", ")"]

    /// The `according to ...` phrases of a sentence, up to the next comma.
    static func sourcePhrases(_ tokens: [Token], _ range: Range<Int>) -> [Range<Int>] {
        var phrases: [Range<Int>] = []
        for k in range where tokens[k].has(.sourceWord) {
            let lower = tokens[k].lower
            // Not `citing`: what is cited is often the figure itself (`citing 5,300 dead`).
            guard lower == "according", k + 1 < range.upperBound, tokens[k + 1].lower == "to" else {
                continue
            }
            var to = k + 1
            while to < range.upperBound, !Self.sourcePhraseEnds.contains(tokens[to].text) { to += 1 }
            phrases.append(k..<to)
        }
        return phrases
    }

    /// A whole number in a list right after a name, with nothing after it but the list's `and`,
    /// a comma or the sentence's end (`took 15 seats, Latvia First 14 and United List five`):
    /// its value. The count it gives is of what the count before it counted.
    static func gappedCount(_ r: Range<Int>, _ tokens: [Token], _ sentence: Range<Int>, k: Int) -> Double? {
        guard r.count == 1, r.lowerBound == k, k - 1 > sentence.lowerBound else { return nil }
        let t = tokens[k]
        let value: Double
        if t.kind == .number, t.decimals == 0, !t.hasGrouping {
            value = t.value
        } else if t.kind == .word, t.has(.numberWord), let w = Magnitudes.numberWords[t.lower] {
            value = w
        } else {
            return nil
        }
        let before = tokens[k - 1]
        guard before.kind == .word, before.isCapitalized, !before.possessive,
            k + 1 == sentence.upperBound || tokens[k + 1].lower == "and" || tokens[k + 1].isSymbol(",")
                || tokens[k + 1].isSymbol(".")
        else { return nil }
        // A list: a comma or `and` before the name.
        var b = k - 1
        while b > sentence.lowerBound, tokens[b].kind == .word,
            tokens[b].isCapitalized || tokens[b].lower == "of"
        {
            b -= 1
        }
        return tokens[b].isSymbol(",") || tokens[b].lower == "and" ? value : nil
    }

    /// A lone number with decimals and nothing after it (`14.4`, `11,624.02`): its value, rounding
    /// and tokens.
    static func bareDecimal(
        _ outcome: QuantityParser.Outcome, _ tokens: [Token], _ k: Int
    ) -> (value: Double, resolution: Double, range: Range<Int>)? {
        let n: Int
        switch outcome {
        case .skip(let r):
            guard r.count == 1 else { return nil }
            n = r.lowerBound
        case .quantity(let q):
            guard q.kind == .count, q.noun == nil, q.range.count == 1 else { return nil }
            n = q.anchor
        }
        let t = tokens[n]
        guard t.kind == .number, t.decimals > 0, n == k else { return nil }
        var resolution = 1.0
        for _ in 0..<t.decimals { resolution /= 10 }
        return (t.value, resolution, n..<(n + 1))
    }

    /// Nouns of a disaster or event that a place name before them locates (`Derna floods`).
    static let eventNouns: Set<String> = [
        "fire", "fires", "wildfire", "wildfires", "blaze", "flood", "floods", "flooding", "earthquake",
        "quake",
        "storm", "landslide", "eruption", "explosion", "blast", "attack", "crash", "derailment", "drought",
        "heatwave", "outbreak",
    ]

    /// Words that open a verb's object: an event noun before them is a verb.
    static let objectStarts: Set<String> = ["its", "the", "a", "an", "his", "her", "their", "back", "up"]

    /// Places the title names: a known place, or a name right before an event noun (`Aude fire`).
    static func titlePlaces(_ tokens: [Token]) -> [String] {
        var places: [String] = []
        var k = 0
        while k < tokens.count {
            guard tokens[k].kind == .word, tokens[k].isCapitalized else {
                k += 1
                continue
            }
            var end = k + 1
            while end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
            // (`Bank of England cuts`: a place inside a longer name locates nothing.)
            if k >= 2, ["of", "for"].contains(tokens[k - 1].lower), tokens[k - 2].isCapitalized {
                k = end
                continue
            }
            let name = tokens[k..<end].map(\.text).joined(separator: " ")
            // (`Fjordline fires its chief`: a verb, with its object after it.)
            let beforeEvent =
                end < tokens.count && eventNouns.contains(tokens[end].lower)
                && !(end + 1 < tokens.count && objectStarts.contains(tokens[end + 1].lower))
            // (`Afghan quake`: a nationality is no place.)
            let demonym = end == k + 1 && tokens[k].has(.demonym)
            if !demonym, EntityLexicon.places.contains(Tokenizer.lowercase(name)) || beforeEvent {
                places.append(name)
            }
            k = end
        }
        return places
    }

    /// The article's topic: the first organisation its title names that the body names too,
    /// else the organisation the body names most.
    /// The `names` whose words stand in the title (lower-cased words), in the order the title
    /// gives them, then by name: never in the order `names` come in, which for a dictionary's
    /// keys changes from one process to the next.
    static func bodyNames(inTitle titleLower: [String], among names: [String]) -> [String] {
        var found: [(position: Int, name: String)] = []
        for name in names {
            // Most names share no word with the title: their first word alone settles it.
            let lower = Tokenizer.lowercase(name)
            guard let first = AliasTable.firstWord(of: lower), let i = titleLower.firstIndex(of: first) else {
                continue
            }
            let words = AliasTable.words(of: lower)
            if Array(titleLower[i..<min(titleLower.count, i + words.count)]) == words {
                found.append((i, name))
            }
        }
        found.sort { $0.position != $1.position ? $0.position < $1.position : $0.name < $1.name }
        return found.map(\.name)
    }

    /// `short` is the initials of every word of `name`, the small ones too (`BoE`, `Bank of
    /// England`; `ECB`, `European Central Bank`): two to six letters, two of them capitals.
    static func isAcronym(_ short: String, of name: String) -> Bool {
        guard (2...6).contains(short.count), short.allSatisfy(\.isLetter),
            short.filter(\.isUppercase).count >= 2
        else { return false }
        let words = name.split(separator: " ")
        guard words.count == short.count else { return false }
        return zip(words, short).allSatisfy { word, letter in
            word.first.map { $0.lowercased() == letter.lowercased() } ?? false
        }
    }

    /// The lower-cased words of a sentence's section label: the label cut before a colon
    /// (`Bavaria:`), or one to four capitalised words before a dash (`NORVAND -`, `AIR FRANCE -`).
    static func sectionLabel(_ s: Sentence, _ tokens: [Token]) -> [String]? {
        if let label = s.label { return tokens[label].map(\.lower) }
        let limit = min(s.tokens.upperBound, s.tokens.lowerBound + 5)
        guard
            let dash = (s.tokens.lowerBound..<limit).first(where: {
                tokens[$0].isSymbol("-") || tokens[$0].text == "\u{2013}" || tokens[$0].text == "\u{2014}"
            }),
            dash > s.tokens.lowerBound,
            (s.tokens.lowerBound..<dash).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isAllCaps })
        else { return nil }
        return tokens[s.tokens.lowerBound..<dash].map(\.lower)
    }

    /// Prepositions after which a name is a place (`near Kyebi`, `outside Kyebi`).
    static let placePrepositions: Set<String> = ["near", "outside"]

    /// A roundup whose first item names nothing (`Asia Morning Brief: typhoon toll, BI cuts
    /// rates`): the first name of the first sentence whose words hold the item's (`The official
    /// death toll from Typhoon Nakri rose`), or nil.
    static func nameOfUnnamedFirstItem(
        title: [Token], tokens: [Token], sentences: [Sentence], mentions: [[EntityMention]],
        aliases: AliasTable
    ) -> String? {
        guard PassageSegmenter.isRoundupTitle(title),
            let colon = title.firstIndex(where: { $0.isSymbol(":") })
        else { return nil }
        let end = title[(colon + 1)...].firstIndex(where: { $0.isSymbol(",") }) ?? title.count
        let item = title[(colon + 1)..<end]
        guard !item.contains(where: { $0.kind == .word && $0.isCapitalized }) else { return nil }
        let words = Set(item.filter { $0.kind == .word && !$0.has(.functionWord) }.map(\.lower))
        guard !words.isEmpty else { return nil }
        for (index, sentence) in sentences.enumerated() {
            let said = Set(tokens[sentence.tokens].filter { $0.kind == .word }.map(\.lower))
            guard words.isSubset(of: said) else { continue }
            return mentions[index].lazy.compactMap(\.name).first.map(aliases.resolve)
        }
        return nil
    }

    static func topic(
        title: [Token], recognizer: EntityRecognizer, aliases: AliasTable, resolver: SubjectResolver,
        outlet: String?, reporters: Set<String>, currencies: Set<String> = [], sectionLabels: [[String]] = [],
        firstItemName: String? = nil
    ) -> String? {
        let context = SubjectResolver.Context(outlet: outlet, reporters: reporters)
        // The body's name for a name of the title. A short name in the title stands for the
        // body's longer one it starts (`Quillon's second cut` for `Quillon Software`) or ends, a
        // storm's or a person's (`Nakri leaves ...` for `Typhoon Nakri`: of two or three words,
        // none a small one, so `England` never stands for `Bank of England`); an acronym for the
        // name the body spells out (`BoE` for `Bank of England`).
        func bodyName(_ name: String) -> String? {
            if aliases.counts[name] != nil { return name }
            func mostNamed(_ names: [String: Int]) -> String? {
                names.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            }
            return mostNamed(aliases.counts.filter { $0.key.hasPrefix(name + " ") })
                ?? mostNamed(
                    aliases.counts.filter {
                        $0.key.hasSuffix(" " + name) && AliasTable.words(of: $0.key).count <= 3
                            && $0.key.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
                    })
                ?? mostNamed(aliases.counts.filter { Self.isAcronym(name, of: $0.key) })
        }
        var titleNames: [String] = []
        // A roundup's own name stands before the colon (`Africa Briefing: Zambia mine toll, ...`).
        let roundup = PassageSegmenter.isRoundupTitle(title)
        let itemsStart = roundup ? (title.firstIndex(where: { $0.isSymbol(":") }).map { $0 + 1 } ?? 0) : 0
        let titleMentions = recognizer.recognize(title, 0..<title.count)
        for m in titleMentions {
            guard let n = m.name, !m.currency, m.tokens.lowerBound >= itemsStart else { continue }
            // `737 MAX crashes`: a model after its number is no topic.
            if m.tokens.lowerBound > 0, title[m.tokens.lowerBound - 1].kind == .number { continue }
            let resolved = aliases.resolve(n)
            titleNames.append(aliases.counts[resolved] == nil ? bodyName(resolved) ?? resolved : resolved)
        }
        // Title case hides names: also look for body names among the title's words.
        titleNames += bodyNames(
            inTitle: title.map(\.lower), among: aliases.counts.keys.filter { !titleNames.contains($0) })
        func isOrganisation(_ s: String) -> Bool {
            !aliases.isPerson(s) && !resolver.isPlace(s) && !resolver.isReporter(s, context)
                && !currencies.contains(s)
        }
        // A roundup's title lists its items in order and leads with its own story; an article's
        // title names its topic most often in the body.
        let ordered = titleNames.enumerated().sorted { a, b in
            let ca = aliases.counts[a.element] ?? 0
            let cb = aliases.counts[b.element] ?? 0
            return ca != cb && !roundup ? ca > cb : a.offset < b.offset
        }.map(\.element)
        // A roundup leads with its own story, whoever or wherever it is about (`Vale's record, a
        // Basquiat at Basel`).
        if roundup, let firstItemName { return firstItemName }
        // A roundup's first item may be named by its section's label only (`Norvand's near-miss
        // majority` ... `NORVAND - Anna Kessler's party`): that item leads.
        if roundup,
            let first = title[itemsStart...].firstIndex(where: { $0.kind == .word && $0.isCapitalized }),
            let label = sectionLabels.first(where: { label in
                title[first...].prefix(label.count).map(\.lower) == label
            })
        {
            let named = title[first..<first + label.count].map(\.text).joined(separator: " ")
            return bodyName(named) ?? named
        }
        if roundup,
            let lead = titleNames.lazy.compactMap(bodyName).first(where: {
                !resolver.isReporter($0, context) && !currencies.contains($0)
            })
        {
            return lead
        }
        if let hit = ordered.first(where: {
            isOrganisation($0) && (aliases.counts[$0] ?? 0) >= (roundup ? 1 : 2)
        }) {
            return hit
        }
        // `Russia cuts wheat harvest forecast`: a place that opens the title as the subject of its
        // verb, and that the body names, is what the article is about; the forecasters and
        // agencies the body quotes are not.
        if !roundup, let first = title.first, first.kind == .word, first.isCapitalized, !first.possessive,
            let m = titleMentions.first, m.tokens.lowerBound == 0,
            let n = m.name, case let lead = aliases.resolve(n), resolver.isPlace(lead),
            aliases.counts[lead] != nil, m.tokens.upperBound < title.count,
            case let verb = title[m.tokens.upperBound], verb.kind == .word, !verb.isCapitalized,
            !verb.has(.functionWord)
        {
            return lead
        }
        // The organisation named most (ties to the first name in order): a name that cannot
        // beat the best so far is not tested for being an organisation.
        var best: (key: String, value: Int)?
        for entry in aliases.counts {
            if let b = best, entry.value < b.value || (entry.value == b.value && entry.key > b.key) {
                continue
            }
            if isOrganisation(entry.key) { best = entry }
        }
        // Named once, the body's best is no better than any other name: a name of the title the
        // body uses (`Milton death toll rises` ... `Milton made landfall`) is the topic, not a
        // source named in passing at the end.
        // Nor is it better than a place the title names (`US hikes tariffs on China EVs` ...
        // `Solar cells will face a 50% tariff`): a sentence opener read as a name, as likely as not.
        // (Nor is a body name given twice better than a name of the title the body uses: `Akyem
        // Bono mine collapse - death toll rises` against the hospital its live updates name twice.)
        if (best?.value ?? 0) <= 2,
            let titled = ordered.first(where: { isOrganisation($0) && aliases.counts[$0] != nil })
                ?? titleNames.first(where: { resolver.isPlace($0) })
                ?? title.first(where: { $0.kind == .word && $0.isCapitalized && resolver.isPlace($0.text) })
                .map(\.text)
        {
            return titled
        }
        return best?.key ?? titleNames.first
    }
}
