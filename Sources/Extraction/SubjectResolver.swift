/// Picks the entity a figure is about: a possessive right before it (`Microsoft's $31bn`), a
/// passive agent after it (`224,000 acquired by Meta`), the place of a casualty figure, else the
/// subject of the figure's clause, skipping speakers (`Zuckerberg said Meta ...`), cited sources,
/// prepositional adjuncts (`in China`) and news organisations; references (`the company`, `it`)
/// resolve to the last organisation named, then the article's topic.
struct SubjectResolver {
    struct Context {
        var lastOrganisation: String?
        var lastPerson: String?
        var topic: String?
        var place: String?
        var outlet: String?
        /// The person the article names most: who `he` is when nothing closer says.
        var mainPerson: String?
        /// Names this article uses mostly as sources (`according to X`, `X reported`): they
        /// report figures here, they do not own them.
        var reporters: Set<String> = []
        /// Whether the topic speaks somewhere in the article (`Cal Fire said`).
        var topicSpeaks = false
        /// Whether the passage's casualty counts are its topic's, not its place's: the topic is an
        /// organisation the passage names more often than its place (a car maker whose cars
        /// caught fire, not an agency reporting a flood's toll nor a valley it hit).
        var topicOwnsCasualties = false
        /// Whether the topic is a place the article names as one (`Genoa`), known to the place
        /// lexicon or not.
        var topicIsPlace = false
    }

    var aliases: AliasTable

    static let clauseBreaks: Set<String> = ["while", "whereas", "but", "although", "though", ";", "unlike"]
    static let casualtyWords: Set<String> = [
        "dead", "deaths", "death", "killed", "died", "toll", "missing", "injured", "displaced", "casualties",
        "fatalities", "bodies", "perished", "homeless", "evacuated", "unaccounted", "wounded", "victims",
        "ill", "sick", "hospitalised", "hospitalized", "affected", "destroyed", "damaged", "flooded",
        "infected",
        "collapse", "collapsed", "burst", "killing", "kills", "injuring", "wounding", "injuries",
    ]
    /// Units of what falls on a place (rain, snow).
    static let depthUnits: Set<String> = ["in", "cm", "mm"]
    /// What a casualty count counts (`150 cases`, `6,000 bodies`), or a toll it is.
    static let casualtyNouns: Set<String> = [
        "cases", "patients", "bodies", "victims", "deaths", "fatalities", "casualties", "dead", "toll",
    ]
    /// Nouns of a place: `a quarter of the city` is a share of the place the passage is about.
    static let placeNouns: Set<String> = [
        "city", "town", "village", "country", "region", "island", "province", "area", "district",
        "valley", "river", "basin", "county", "peninsula", "delta",
    ]

    func isReporter(_ name: String, _ context: Context) -> Bool {
        var lower = Tokenizer.lowercase(name)
        if EntityLexicon.isReporterName(lower) { return true }
        if lower.hasPrefix("the ") { lower.removeFirst(4) }
        if let outlet = context.outlet.map(Tokenizer.lowercase),
            outlet == lower || outlet.hasPrefix(lower + " ")
        {
            return true
        }
        if context.reporters.contains(name) { return true }
        return false
    }

    /// `EntityLexicon.places` holds the lower-cased name. An ASCII name of up to
    /// `PackedWord.capacity` bytes is packed lower-cased and looked up by its word class,
    /// which holds every place, without making the lower-cased `String`.
    func isPlace(_ name: String) -> Bool {
        var name = name
        if let packed = name.withUTF8({ PackedWord($0, lowering: true) }) {
            return WordClass.of(packed).contains(.place)
        }
        return EntityLexicon.places.contains(Tokenizer.lowercase(name))
    }

    /// The canonical subject of the figure, or nil when none can be found.
    func subject(
        for q: QuantityMatch, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>,
        context: Context,
        isCasualty: Bool, previousFigureEnd: Int? = nil
    ) -> String? {
        guard
            let s = statedSubject(
                for: q, mentions: mentions, tokens: tokens, sentence: sentence, context: context,
                isCasualty: isCasualty, previousFigureEnd: previousFigureEnd)
        else { return nil }
        // `SovEcon lowered its estimate to 74.2 million tons` in an article about a country: a
        // forecaster's estimate is of the country's figure, the forecaster its source.
        // (So is a modeller's estimate of a disaster's losses: `Kestrel Risk Modelling put insured
        // losses at up to $750 million` in an article about Typhoon Nakri.)
        if let topic = context.topic, topic != s,
            context.topicIsPlace || isPlace(topic) || Self.namesAnEvent(topic), !isPlace(s),
            (max(sentence.lowerBound, q.range.lowerBound - 4)..<q.range.lowerBound).contains(where: {
                Self.forecastNouns.contains(tokens[$0].lower)
            }) || estimates(q, mentions: mentions, tokens: tokens, sentence: sentence)
        {
            return topic
        }
        return s
    }

    /// The subject the sentence gives the figure, by the steps below.
    private func statedSubject(
        for q: QuantityMatch, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>,
        context: Context,
        isCasualty: Bool, previousFigureEnd: Int?
    ) -> String? {
        let financial = q.kind == .money || q.kind == .percent
        // 1. `Microsoft's $31bn`, `Nippon Steel's proposed $14.9bn`.
        if let m = mentions.last(where: {
            $0.possessive && $0.tokens.upperBound <= q.range.lowerBound
                && $0.tokens.upperBound >= q.range.lowerBound - 2
                && tokens[$0.tokens.upperBound..<q.range.lowerBound].allSatisfy {
                    $0.kind == .word && !$0.isCapitalized && !EntityLexicon.functionWords.contains($0.lower)
                }
        }),
            let s = resolve(m, mentions: mentions, context: context), !isReporter(s, context)
        {
            return s
        }
        // `Chief executive Ola Dahl, who owns about 7% of the company`: the owner's stake.
        if q.kind == .percent, MeasureNamer.isOwnedShare(q, tokens: tokens, sentence: sentence),
            q.range.lowerBound - 3 >= sentence.lowerBound, tokens[q.range.lowerBound - 2].lower == "who",
            tokens[q.range.lowerBound - 3].isSymbol(","),
            let m = mentions.last(where: { $0.tokens.upperBound == q.range.lowerBound - 3 }),
            let s = resolve(m, mentions: mentions, context: context)
        {
            return s
        }
        // `valuing the company at €11.7bn`, `values Mistral at about €10bn`: what is valued.
        if let valued = valuedEntity(q, mentions: mentions, tokens: tokens, sentence: sentence) {
            // `Mistral AI raised 1.7 billion euros in a round led by ASML, valuing the company at`:
            // the company is the sentence's subject, not the last name before it.
            if case .organisationReference = valued.kind,
                let first = mentions.first(where: { $0.name != nil }),
                first.tokens.lowerBound < valued.tokens.lowerBound,
                !first.prepositional, !first.possessive, !first.cited,
                let s = resolve(first, mentions: mentions, context: context), !isReporter(s, context),
                !isPlace(s),
                !isPersonMention(first, s)
            {
                return s
            }
            if let s = resolve(valued, mentions: mentions, context: context), !isReporter(s, context) {
                return s
            }
        }
        // `Canada's unemployment rate climbed to 7.1%`: a measure of a place, owned by the place
        // named before it (a place's possessive is otherwise no owner: `China's Huawei`).
        // `U.S. consumer prices increased 2.9%`, `US inflation rose`: the place written before
        // the measure owns it too.
        if let m = mentions.last(where: {
            $0.tokens.upperBound < q.range.lowerBound && $0.tokens.upperBound >= q.range.lowerBound - 8
                && !$0.prepositional
                && (tokens[$0.tokens.upperBound].has(.placeMeasure)
                    || (!$0.possessive && $0.tokens.upperBound + 1 < q.range.lowerBound
                        && tokens[$0.tokens.upperBound].lower == "consumer"
                        && tokens[$0.tokens.upperBound + 1].lower == "prices"))
        }), let s = resolve(m, mentions: mentions, context: context), isPlace(s) {
            return s
        }
        // `cut its growth forecast for Germany to 0.2%`, `its forecast for the Russian crop`: a
        // forecast for a name is that name's, not the forecaster's.
        if let forecastFor = forecastSubject(
            q, mentions: mentions, tokens: tokens, sentence: sentence, context: context)
        {
            return forecastFor
        }
        // `ahead of Apple at 57.9 million`, `and Meta €200mn`, `fined Apple €500mn`: a name right
        // before the figure, or before `at` and the figure, in a list or after a verb of fining.
        // A place is listed so only in a list of places (`Iraq pledged 223,000 bpd, the UAE
        // 163,000 bpd and Kuwait 135,000 bpd`), not `sales rose 5% in Europe and China 3%`.
        if let m = listedName(before: q, mentions: mentions, tokens: tokens, sentence: sentence),
            let s = resolve(m, mentions: mentions, context: context), !isReporter(s, context),
            !isPlace(s) || listsPlaces(mentions)
        {
            return s
        }
        // 2. `the 224,000 acquired by Meta`.
        if let m = mentions.first(where: {
            $0.agent && $0.tokens.lowerBound >= q.range.upperBound
                && $0.tokens.lowerBound <= q.range.upperBound + 10
                && !(q.range.upperBound..<$0.tokens.lowerBound).contains(where: {
                    tokens[$0].kind == .number || tokens[$0].isSymbol(",")
                })
        }), let s = resolve(m, mentions: mentions, context: context), !isReporter(s, context) {
            return s
        }
        // Measures of a place (`Turnout was 73.3 percent`) when no name owns the figure.
        if let place = context.place,
            (max(sentence.lowerBound, q.range.lowerBound - 4)..<q.range.lowerBound).contains(where: {
                tokens[$0].has(.placeMeasure)
            }),
            !mentions.contains(where: {
                $0.name != nil && $0.tokens.lowerBound < q.range.lowerBound && !$0.prepositional
            })
        {
            return place
        }
        // 3. Casualty figures belong to the disaster the article is about when it is named (`the
        // Park Fire`), else to the place of the disaster; `home to 100,000 people` too.
        if isCasualty, let topic = context.topic, SubjectResolver.namesAnEvent(topic), !context.topicSpeaks,
            !isReporter(topic, context)
        {
            return topic
        }
        // An organisation the article is about owns the casualties its product or site caused
        // (`NHTSA has logged 56 fires, 14 injuries and two deaths, one in Georgia`), not a place
        // named in passing: only a story about a place or a disaster falls to the place.
        if isCasualty, context.topicOwnsCasualties, let topic = context.topic { return topic }
        if isCasualty, let place = context.place { return place }
        // Rain and snow fall on a place: the one named after the figure (`fell on Sicily`), else
        // the passage's (not `the government in Tripoli` that published the data).
        if q.kind == .physical, let unit = q.quantity.values.first?.unit.rawValue,
            SubjectResolver.depthUnits.contains(unit),
            let place = mentions.first(where: {
                $0.tokens.lowerBound >= q.range.upperBound && $0.prepositional
                    && ["in", "on", "over", "across", "the"].contains(tokens[$0.tokens.lowerBound - 1].lower)
            }).flatMap({ $0.name.map(aliases.resolve) }).flatMap({ aliases.isPerson($0) ? nil : $0 })
                ?? context.place
        {
            return place
        }
        // A crowd counted (`police counted 55,000 protesters in Paris`) belongs to the place it
        // gathered in: the sentence's place, else the passage's.
        if SubjectResolver.isCrowd(q, tokens, sentence),
            let place = crowdPlace(q, mentions: mentions, tokens: tokens, sentence: sentence) ?? context.place
        {
            return place
        }
        if q.kind == .count, let place = context.place, q.range.lowerBound >= sentence.lowerBound + 2,
            tokens[q.range.lowerBound - 2].lower == "home", tokens[q.range.lowerBound - 1].lower == "to"
        {
            return place
        }
        // `a quarter of the city`: a share of the passage's place.
        if q.kind == .percent, let place = context.place {
            var a = q.range.upperBound
            if a > sentence.lowerBound, tokens[a - 1].lower != "of", a < sentence.upperBound,
                tokens[a].lower == "of"
            {
                a += 1
            }
            if a > sentence.lowerBound, tokens[a - 1].lower == "of", a + 1 < sentence.upperBound,
                ["the", "a", "an"].contains(tokens[a].lower),
                SubjectResolver.placeNouns.contains(tokens[a + 1].lower)
            {
                return place
            }
        }
        // 4. `60 per cent of ByteDance's orders`, `65% of the foundry's revenue`.
        var after = q.range.upperBound
        if q.kind == .percent, after < sentence.upperBound, tokens[after].lower == "of" {
            after += 1
            let withArticle = after
            if after < sentence.upperBound, tokens[after].lower == "the" { after += 1 }
            if let m = mentions.first(where: {
                ($0.tokens.lowerBound == after || $0.tokens.lowerBound == withArticle) && $0.possessive
            }),
                let s = resolve(m, mentions: mentions, context: context), !isReporter(s, context), !isPlace(s)
            {
                return s
            }
        }

        // 5. The clause subject.
        var clauseStart = sentence.lowerBound
        var k = q.range.lowerBound - 1
        while k > sentence.lowerBound {
            if tokens[k].has(.clauseBreak) {
                clauseStart = k + 1
                break
            }
            k -= 1
        }
        // `A rose 2.6%, while B dropped 4.5% and C fell 2.7%`: a name between the previous figure and
        // this one starts this figure's own clause.
        if let previous = previousFigureEnd, previous > clauseStart, previous < q.range.lowerBound,
            mentions.contains(where: {
                $0.name != nil && (previous..<q.range.lowerBound).contains($0.tokens.lowerBound)
                    && usable($0, context, sentence, tokens) && !qualifiesANoun($0, tokens, sentence)
                    && tokens[previous..<$0.tokens.lowerBound].contains {
                        $0.isSymbol(",") || $0.isSymbol(";")
                            || ["and", "while", "but", "whereas"].contains($0.lower)
                    }
            })
        {
            clauseStart = previous
        }
        // `recalling that Manchester City had been ready to pay`: a clause of its own after `that`.
        if let that = (clauseStart..<q.range.lowerBound).last(where: { tokens[$0].lower == "that" }),
            let m = mentions.first(where: {
                $0.tokens.lowerBound == that + 1
                    || ($0.tokens.lowerBound == that + 2 && tokens[that + 1].lower == "the")
            }), m.name != nil, usable(m, context, sentence, tokens),
            let s = firstCandidate(
                in: (that + 1)..<q.range.lowerBound, mentions, context, sentence, financial, tokens)
        {
            return s
        }
        // `The dollar weakened 0.4% after the Bank of Canada cut rates by 25 basis points`: the
        // name that opens a subordinate clause and its verb is the subject of the clause's figures.
        // (The word tables are tested through the tokens' word classes: a bit test per token.)
        if let sub = (clauseStart..<q.range.lowerBound).last(where: { tokens[$0].has(.subordinator) }),
            let m = mentions.first(where: {
                $0.tokens.lowerBound == sub + 1
                    || ($0.tokens.lowerBound == sub + 2 && tokens[sub + 1].lower == "the")
            }), m.name != nil, !m.possessive, !m.cited, !m.speaks, isFollowedByAVerb(m, tokens, sentence),
            let s = resolve(m, mentions: mentions, context: context), !isReporter(s, context), !isPlace(s)
        {
            return s
        }
        if let s = firstCandidate(
            in: clauseStart..<q.range.lowerBound, mentions, context, sentence, financial, tokens)
        {
            return s
        }
        if clauseStart > sentence.lowerBound,
            let s = firstCandidate(
                in: sentence.lowerBound..<clauseStart, mentions, context, sentence, financial, tokens)
        {
            return s
        }
        // 6. `The two chips ByteDance was rumored to design`.
        if let m = mentions.first(where: {
            $0.name != nil && $0.tokens.lowerBound >= q.range.upperBound
                && $0.tokens.lowerBound <= q.range.upperBound + 4
                && usable($0, context, sentence, tokens)
                && !(q.range.upperBound..<$0.tokens.lowerBound).contains(where: { tokens[$0].kind != .word })
                && !qualifiesANoun($0, tokens, sentence) && isFollowedByAVerb($0, tokens, sentence)
        }), let s = resolve(m, mentions: mentions, context: context), !isPlace(s),
            !isPersonMention(m, s) || !financial
        {
            return s
        }
        // 7. `tech companies have been advised to buy 30%`: a collective subject with no name.
        if let collective = collectiveSubject(clauseStart..<q.range.lowerBound, tokens) { return collective }
        return context.lastOrganisation ?? context.topic
    }

    /// A model code: one or two capital letters, then two to four digits, then at most one
    /// capital letter (`A350`, `H20`, `B787`); `3M` and names with lower-case letters are not.
    /// `The Embraer 190 was flying with 62 passengers`, `a Boeing 737`: a maker's name before a
    /// model number, after an article, names an aircraft or a product, not who owns the figure.
    static func namesAModel(_ m: EntityMention, tokens: [Token], sentence: Range<Int>) -> Bool {
        let before = m.tokens.lowerBound - 1
        let after = m.tokens.upperBound
        guard m.name != nil, !m.possessive, before >= sentence.lowerBound, after < sentence.upperBound,
            ["the", "a", "an"].contains(tokens[before].lower), tokens[after].kind == .number,
            tokens[after].decimals == 0, !tokens[after].hasGrouping,
            !(1900...2100).contains(tokens[after].value),
            let name = m.name, !EntityLexicon.marketIndices.contains(Tokenizer.lowercase(name))
        else { return false }
        return true
    }

    /// Whether a name is a disaster's (`Park Fire`, `Hurricane Milton`, `Storm Daniel`).
    /// Whether `topic` can own the casualties it is written about for: an organisation (not a
    /// place, a person, a disaster or a reporter) that is not a public or relief body (those count
    /// a disaster's victims, they do not cause them: `the UN`, `the Red Crescent`, `the ministry`).
    func ownsItsCasualties(_ topic: String, _ context: Context) -> Bool {
        guard !isPlace(topic), !aliases.isPerson(topic), !Self.namesAnEvent(topic),
            !isReporter(topic, context)
        else { return false }
        return !Tokenizer.lowercase(topic).split(separator: " ").contains {
            Self.countingBodyWords.contains(String($0))
        }
    }

    /// Words of the names of bodies that count casualties (`United Nations`, `Libyan Red
    /// Crescent`, `Civil Defence Agency`, `WHO`).
    static let countingBodyWords: Set<String> = [
        "nations", "crescent", "cross", "ministry", "agency", "office", "administration", "authority",
        "council", "committee", "organization", "organisation", "service", "services", "department",
        "commission", "bureau", "government", "police", "federation", "coordination", "defence",
        "defense", "society", "relief", "charity", "union", "unit", "un", "who", "unicef", "ocha", "ifrc",
        "fema",
    ]

    static func namesAnEvent(_ name: String) -> Bool {
        let words = Tokenizer.lowercase(name).split(separator: " ")
        guard words.count >= 2, let first = words.first, let last = words.last else { return false }
        return EntityLexicon.stormWords.contains(String(first)) || eventHeads.contains(String(last))
    }

    /// Last words of a disaster's name.
    static let eventHeads: Set<String> = [
        "fire", "wildfire", "blaze", "complex", "earthquake", "quake", "floods",
    ]

    static func isModelCode(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        var i = 0
        while i < bytes.count, i < 2, (65...90).contains(bytes[i]) { i += 1 }
        guard i >= 1 else { return false }
        let digitsStart = i
        while i < bytes.count, (48...57).contains(bytes[i]) { i += 1 }
        guard (2...4).contains(i - digitsStart) else { return false }
        if i < bytes.count, (65...90).contains(bytes[i]) { i += 1 }
        return i == bytes.count
    }

    /// What a crowd is counted as.
    static let crowdNouns: Set<String> = [
        "protesters", "demonstrators", "marchers", "strikers", "protestors",
    ]
    /// Words of a gathering: with one in the sentence, people or a bare number counted are a crowd.
    static let crowdWords: Set<String> = [
        "protest", "protests", "protested", "march", "marches", "marched", "demonstrated", "demonstration",
        "demonstrations", "rally", "rallies", "rallied", "protesters", "demonstrators", "marchers",
    ]

    /// A count of a crowd: of protesters, or of people (or a bare number) in a sentence about a
    /// gathering.
    static func isCrowd(_ q: QuantityMatch, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        guard q.kind == .count else { return false }
        let head = q.noun.flatMap(AliasTable.lastWord(of:))
        if let head, crowdNouns.contains(head) { return true }
        guard head == nil || head == "people" else { return false }
        // (Every crowd word starts with d, m, p or r and has five letters or more: most words
        // are ruled out without hashing.)
        return tokens[sentence].contains {
            $0.kind == .word && $0.characterCount >= 5
                && [0x64, 0x6D, 0x70, 0x72].contains($0.lower.utf8.first ?? 0)
                && crowdWords.contains($0.lower)
        }
    }

    /// Where a crowd gathered: `in X` right after the count (`55,000 in Paris`), else the last
    /// place named before it (`In Paris, police counted 55,000`); nil when neither.
    func crowdPlace(_ q: QuantityMatch, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>)
        -> String?
    {
        // A known place, or a name after `in` (`In Oslo, police counted`).
        func place(_ m: EntityMention) -> String? {
            guard let n = m.name else { return nil }
            let s = aliases.resolve(n)
            let afterIn =
                m.tokens.lowerBound > sentence.lowerBound && tokens[m.tokens.lowerBound - 1].lower == "in"
            return isPlace(s) || (afterIn && !aliases.isPerson(s)) ? s : nil
        }
        if let after = mentions.first(where: {
            $0.tokens.lowerBound > q.range.upperBound && $0.tokens.lowerBound <= q.range.upperBound + 3
                && tokens[$0.tokens.lowerBound - 1].lower == "in"
        }), let s = place(after) {
            return s
        }
        return mentions.filter { $0.tokens.upperBound <= q.range.lowerBound }.compactMap(place).last
    }

    /// Forms of the verb that puts a value on something (`valuing X at`).
    static let valuingVerbs: Set<String> = ["value", "values", "valued", "valuing"]

    /// The mention between a valuing verb and the `at` right before the figure (`values
    /// Mistral at about €10bn`), or nil.
    func valuedEntity(
        _ q: QuantityMatch, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>
    ) -> EntityMention? {
        let at = q.range.lowerBound - 1
        guard at > sentence.lowerBound, tokens[at].lower == "at" else { return nil }
        var verb = at - 1
        while verb >= sentence.lowerBound, verb >= at - 7,
            !SubjectResolver.valuingVerbs.contains(tokens[verb].lower)
        {
            verb -= 1
        }
        guard verb >= sentence.lowerBound, verb >= at - 7,
            SubjectResolver.valuingVerbs.contains(tokens[verb].lower)
        else { return nil }
        return mentions.first { $0.tokens.lowerBound > verb && $0.tokens.upperBound <= at }
    }

    /// Measures that belong to a place, not to whoever reports them.
    static let placeMeasures: Set<String> = [
        "turnout", "population", "rainfall", "unemployment", "inflation", "temperature", "temperatures",
        "economy", "gdp", "jobless", "exports", "imports", "trade", "deficit", "currency", "birth",
        "cpi", "payrolls", "reserves",
    ]

    /// Nouns whose `of X` names their owner (`shares of X`, `the revenue of X`).
    static let ownedNouns: Set<String> = [
        "shares", "stock", "revenue", "revenues", "sales", "profit", "profits", "earnings", "valuation",
        "value", "workforce", "capex",
    ]

    /// Auxiliaries and common verbs that follow a clause subject.
    /// Words before a name that stands right before its figure in a list (`Apple €500mn and
    /// Meta €200mn`) or as what a fine is imposed on (`fined Apple €500mn`).
    static let listedNameOpeners: Set<String> = [
        "and", ",", "fined", "fines", "fine", "penalised", "penalized", "versus", "vs",
    ]

    /// The name a figure is listed under: right before it after a list word or a verb of fining,
    /// or before `at` and the figure (`ahead of Apple at 57.9 million`); nil otherwise.
    func listedName(before q: QuantityMatch, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>)
        -> EntityMention?
    {
        let start = q.range.lowerBound
        guard start - 1 > sentence.lowerBound else { return nil }
        // (`put Labour on 42%`: a share stated `on` a name, as a poll does.)
        let afterAt =
            tokens[start - 1].lower == "at" || (q.kind == .percent && tokens[start - 1].lower == "on")
        var end = afterAt ? start - 1 : start
        // (`fined Ashbridge Group £14.5m`: the name's corporate suffix is not part of its mention.)
        while end - 1 > sentence.lowerBound, tokens[end - 1].has(.corporateSuffix),
            tokens[end - 1].isCapitalized
        {
            end -= 1
        }
        guard
            let m = mentions.last(where: {
                $0.tokens.upperBound == end && $0.name != nil && !$0.possessive && !$0.cited && !$0.speaks
            }), m.tokens.lowerBound > sentence.lowerBound
        else { return nil }
        let before = tokens[m.tokens.lowerBound - 1].lower
        if afterAt { return ["to", "from", "by"].contains(before) && before != "by" ? nil : m }
        // `, the UAE 163,000 bpd`.
        if before == "the", m.tokens.lowerBound - 2 > sentence.lowerBound {
            return SubjectResolver.listedNameOpeners.contains(tokens[m.tokens.lowerBound - 2].lower) ? m : nil
        }
        return SubjectResolver.listedNameOpeners.contains(before) ? m : nil
    }

    /// Whether the sentence opens with a place as its subject (`Iraq pledged ...`).
    func listsPlaces(_ mentions: [EntityMention]) -> Bool {
        guard let first = mentions.first, let name = first.name, !first.prepositional, !first.possessive,
            !first.cited
        else { return false }
        return isPlace(aliases.resolve(name))
    }

    /// Words that open a subordinate clause with a subject of its own.
    static let subordinators: Set<String> = ["after", "before", "because", "since", "when", "once", "as"]

    static let clauseVerbs: Set<String> = [
        "was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might",
        "should", "must", "plans", "planned", "said", "says", "spent", "spend", "expects", "expected",
        "agreed", "paid", "bought", "sold", "ordered", "raised", "invested", "received", "got", "needs",
        "lost", "won", "made", "took", "gave", "set", "put", "cut", "sought", "brought", "built", "held",
        "kept", "left", "led", "ran", "saw", "sent", "struck", "told", "went", "did", "beat", "became",
        "began", "chose", "drew", "fell", "found", "grew", "hit", "knew", "met", "rose", "shut", "wrote",
        "does", "plans", "wants", "aims", "hopes", "intends",
    ]
    /// Plural heads of collective subjects (`tech companies`, `Chinese banks`).
    static let collectiveHeads: Set<String> = [
        "companies", "firms", "banks", "makers", "groups", "operators", "lenders", "insurers", "carmakers",
        "automakers", "chipmakers", "manufacturers", "suppliers", "providers", "developers", "platforms",
        "startups", "governments", "utilities", "retailers", "brands", "clubs", "teams", "airlines",
        "hyperscalers", "exporters", "importers", "producers", "refiners", "miners", "investors",
    ]

    /// `Tech companies around the world have spent`, `In line with guidance, tech companies have
    /// been advised`: up to four words ending in a plural collective noun, then a verb.
    func collectiveSubject(_ clause: Range<Int>, _ tokens: [Token]) -> String? {
        var start = clause.lowerBound
        // Skip an opening adjunct (`In accordance with informal guidance from Beijing,`).
        if start < clause.upperBound, tokens[start].has(.preposition) || tokens[start].lower == "according",
            let comma = clause.first(where: { tokens[$0].isSymbol(",") })
        {
            start = comma + 1
        }
        guard start < clause.upperBound else { return nil }
        var k = start
        if tokens[k].lower == "the" { k += 1 }
        var words: [Int] = []
        while k < clause.upperBound, words.count < 4, tokens[k].kind == .word,
            !tokens[k].isCapitalized || tokens[k].has(.demonym) || k == start
        {
            words.append(k)
            if SubjectResolver.collectiveHeads.contains(tokens[k].lower) { break }
            k += 1
        }
        guard let head = words.last, SubjectResolver.collectiveHeads.contains(tokens[head].lower) else {
            return nil
        }
        // What follows the head: a verb at once, or after a short `around the world`.
        var v = head + 1
        var steps = 0
        while v < clause.upperBound, steps < 4, !SubjectResolver.clauseVerbs.contains(tokens[v].lower),
            tokens[v].kind == .word
        {
            v += 1
            steps += 1
        }
        guard v < clause.upperBound, SubjectResolver.clauseVerbs.contains(tokens[v].lower) else { return nil }
        return words.map { tokens[$0].text }.joined(separator: " ")
    }

    /// `The two chips ByteDance was rumored to design`: a name after the figure owns it only as the
    /// subject of a verb.
    private func isFollowedByAVerb(_ m: EntityMention, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        let a = m.tokens.upperBound
        guard a < sentence.upperBound, tokens[a].kind == .word, !tokens[a].isCapitalized else { return false }
        return SubjectResolver.clauseVerbs.contains(tokens[a].lower) || tokens[a].lower.hasSuffix("ed")
    }

    /// `$7 billion to access Acme chips`: the name qualifies the plural noun after it.
    private func qualifiesANoun(_ m: EntityMention, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        let a = m.tokens.upperBound
        guard !m.possessive, a < sentence.upperBound, tokens[a].kind == .word, !tokens[a].isCapitalized else {
            return false
        }
        let w = tokens[a].lower
        return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss")
            && !["was", "has", "is", "says", "plans", "does", "expects", "needs", "wants", "aims"].contains(w)
    }

    private func isPersonMention(_ m: EntityMention, _ s: String) -> Bool {
        if case .personReference = m.kind { return true }
        return m.isPerson || aliases.isPerson(s)
    }

    private func firstCandidate(
        in range: Range<Int>, _ mentions: [EntityMention], _ context: Context, _ sentence: Range<Int>,
        _ financial: Bool, _ tokens: [Token]
    ) -> String? {
        var inRange = mentions.filter { range.contains($0.tokens.lowerBound) }
        // What a speaker says starts after the speech verb.
        if let speaker = inRange.lastIndex(where: { $0.speaks }) {
            let after = Array(inRange[(speaker + 1)...])
            let speakerMention = inRange[speaker]
            let before = Array(inRange[..<speaker])
            // `Fjordline sold 9 million phones, Counterpoint said, a 14% increase`: a speaker set
            // off by commas credits what came before; it does not own what follows.
            let verb = speakerMention.tokens.upperBound
            if speaker > 0, speakerMention.name != nil, verb + 1 < sentence.upperBound,
                tokens[verb + 1].isSymbol(","),
                tokens[speakerMention.tokens.lowerBound - 1].isSymbol(","),
                !after.contains(where: { usable($0, context, sentence, tokens) }),
                before.contains(where: { usable($0, context, sentence, tokens) })
            {
                inRange = before
            } else if after.contains(where: { usable($0, context, sentence, tokens) }) {
                inRange = after
            } else if let s = speakerName(
                speakerMention, mentions: mentions, context: context, tokens: tokens),
                !isReporter(s, context),
                !isPersonMention(speakerMention, s), !isPlace(s)
            {
                return s
            } else {
                inRange = after
            }
        }
        let usableMentions = inRange.filter { usable($0, context, sentence, tokens) }
        for (index, m) in usableMentions.enumerated() {
            guard let s = resolve(m, mentions: mentions, context: context) else { continue }
            let person = isPersonMention(m, s)
            // `Keir Starmer's Labour Party`: a person's party or company is the subject (the
            // recognizer only knows a person by a given name it has heard of).
            if person, m.possessive,
                let owned = inRange.first(where: { $0.owned && $0.tokens.lowerBound == m.tokens.upperBound }),
                let name = owned.name.map(aliases.resolve), !aliases.isPerson(name), !owned.isPerson,
                !isPlace(name)
            {
                return name
            }
            if person, financial { continue }
            if person,
                usableMentions[(index + 1)...].contains(where: { other in
                    guard let n = other.name else { return false }
                    return !other.isPerson && !aliases.isPerson(aliases.resolve(n))
                })
            {
                continue
            }
            if person, m.possessive, financial { continue }
            return s
        }
        return nil
    }

    private func usable(_ m: EntityMention, _ context: Context, _ sentence: Range<Int>, _ tokens: [Token])
        -> Bool
    {
        if m.cited || m.speaks || m.modifier || m.owned { return false }
        if let n = m.name {
            let s = aliases.resolve(n)
            if isReporter(s, context) { return false }
            // `30 A350-1000 jets`: a model counted by another figure is what that figure counts,
            // not a subject (`the H20 packs 41% fewer cores` is one).
            if SubjectResolver.isModelCode(s), m.tokens.lowerBound > sentence.lowerBound,
                tokens[m.tokens.lowerBound - 1].kind == .number
            {
                return false
            }
            if m.prepositional { return false }
            if SubjectResolver.namesAModel(m, tokens: tokens, sentence: sentence) { return false }
            // A place owns a figure only as the sentence's grammatical subject (`Beijing has given`).
            // (`South Africa's government signed`: the country is the subject through the body
            // that governs it.)
            if isPlace(s), m.possessive || m.tokens.lowerBound > sentence.lowerBound + 1,
                !(m.possessive && m.tokens.lowerBound <= sentence.lowerBound + 1
                    && governsThePlace(after: m, tokens, sentence))
            {
                return false
            }
            // `A Georgia jury ordered Bayer to pay`: a place after `a` describes the noun after it.
            if isPlace(s), m.tokens.lowerBound > sentence.lowerBound,
                ["a", "an"].contains(tokens[m.tokens.lowerBound - 1].lower)
            {
                return false
            }
        }
        return true
    }

    /// The name a forecast or an estimate before the figure is for (`forecast for Germany`,
    /// `estimate for the Russian crop` in an article about Russia).
    private func forecastSubject(
        _ q: QuantityMatch, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>, context: Context
    ) -> String? {
        let from = max(sentence.lowerBound, q.range.lowerBound - 8)
        guard
            let noun = (from..<q.range.lowerBound).last(where: {
                Self.forecastNouns.contains(tokens[$0].lower)
            }),
            noun + 2 < q.range.lowerBound, tokens[noun + 1].lower == "for"
        else { return nil }
        var k = noun + 2
        if tokens[k].lower == "the" { k += 1 }
        guard k < q.range.lowerBound else { return nil }
        if let m = mentions.first(where: {
            $0.tokens.lowerBound == k && $0.tokens.upperBound <= q.range.lowerBound
        }),
            let s = resolve(m, mentions: mentions, context: context), !isReporter(s, context)
        {
            return s
        }
        // A demonym stands for the place the article is about (`Russian` for Russia).
        let word = tokens[k].lower
        guard tokens[k].has(.demonym), word.count >= 4 else { return nil }
        for place in [context.place, context.topic].compactMap({ $0 }) where isPlace(place) {
            let name = Tokenizer.lowercase(place)
            if name.hasPrefix(String(word.dropLast())) || word.hasPrefix(String(name.dropLast())) {
                return place
            }
        }
        return nil
    }

    /// Whether the figure is what its clause's subject estimates (`Corvane Analytics estimated
    /// insured losses at between 1.1 billion and 1.6 billion euros`, `put the total economic loss
    /// at around 3.8 billion euros`, `estimates that about 150,000 people could benefit`).
    private func estimates(
        _ q: QuantityMatch, mentions: [EntityMention], tokens: [Token], sentence: Range<Int>
    ) -> Bool {
        let from = max(sentence.lowerBound, q.range.lowerBound - 10)
        guard
            let verb = (from..<q.range.lowerBound).last(where: {
                Self.estimateVerbs.contains(tokens[$0].lower) || Self.putVerbs.contains(tokens[$0].lower)
            })
        else { return false }
        // A clause ends between the verb and the figure: another verb's figure. A name between
        // them is what is estimated (`put the H20 at 41% fewer cores`).
        if (verb + 1..<q.range.lowerBound).contains(where: {
            Self.clauseBreaks.contains(tokens[$0].lower) || tokens[$0].isSymbol(",")
        })
            || mentions.contains(where: {
                $0.tokens.lowerBound > verb && $0.tokens.lowerBound < q.range.lowerBound
            })
        {
            return false
        }
        guard Self.putVerbs.contains(tokens[verb].lower) else { return true }
        // `put X at`: the figure follows `at` (and an approximation).
        return (verb + 1..<q.range.lowerBound).contains { tokens[$0].lower == "at" }
    }

    /// `put X at`: an estimate stated with the figure after `at`.
    static let putVerbs: Set<String> = ["put", "puts"]

    /// Verbs of an estimate made by the clause's subject.
    static let estimateVerbs: Set<String> = [
        "estimated", "estimates", "estimate", "forecast", "forecasts", "projected", "projects",
        "reckons", "reckoned", "calculated", "calculates", "sees",
    ]

    /// Nouns of a figure someone expects (`forecast`, `estimate`).
    static let forecastNouns: Set<String> = [
        "forecast", "forecasts", "estimate", "estimates", "projection", "projections", "outlook",
        "prediction",
    ]

    /// Whether the words right after a place's possessive name the body that governs it
    /// (`South Africa's government`, `Japan's finance ministry`).
    private func governsThePlace(after m: EntityMention, _ tokens: [Token], _ sentence: Range<Int>) -> Bool {
        let end = min(sentence.upperBound, m.tokens.upperBound + 2)
        guard
            let body = (m.tokens.upperBound..<end).first(where: {
                Self.governingBodies.contains(tokens[$0].lower)
            })
        else { return false }
        // (`Kazakhstan's emergencies ministry said 32 survived`: a source, which owns nothing.)
        return body + 1 >= sentence.upperBound || !EntityLexicon.speechVerbs.contains(tokens[body + 1].lower)
    }

    /// Nouns of the bodies that govern a country or a region.
    static let governingBodies: Set<String> = [
        "government", "ministry", "treasury", "cabinet", "parliament", "administration", "authorities",
        "congress", "senate",
    ]

    /// Who a speaker is: a speaking reference (`In a statement to the Johannesburg Stock
    /// Exchange, the group said`) stands for an organisation named as a subject, never for one
    /// inside a phrase.
    private func speakerName(
        _ m: EntityMention, mentions: [EntityMention], context: Context, tokens: [Token]
    ) -> String? {
        if case .organisationReference = m.kind {
            return speakingOrganisation(m, mentions: mentions, context: context, tokens: tokens)
        }
        return resolve(m, mentions: mentions, context: context)
    }

    /// The organisation a speaking reference (`, the Spanish club said`) stands for: the first
    /// organisation the sentence names before it as a subject, not inside a phrase (`at the Club
    /// World Cup`); else the last organisation or the topic.
    func speakingOrganisation(
        _ m: EntityMention, mentions: [EntityMention], context: Context, tokens: [Token]
    ) -> String? {
        for other in mentions where other.tokens.upperBound <= m.tokens.lowerBound {
            guard let n = other.name, !other.prepositional, !other.agent, !other.cited, !other.modifier,
                !SubjectResolver.namesAModel(other, tokens: tokens, sentence: 0..<tokens.count)
            else {
                continue
            }
            let before = other.tokens.lowerBound > 0 ? tokens[other.tokens.lowerBound - 1] : nil
            if let before, before.lower == "the" || before.has(.preposition) { continue }
            let s = aliases.resolve(n)
            if !isReporter(s, context), !isPlace(s), !aliases.isPerson(s), !other.isPerson { return s }
        }
        return context.lastOrganisation ?? context.topic
    }

    /// The canonical name a mention stands for.
    func resolve(_ m: EntityMention, mentions: [EntityMention], context: Context) -> String? {
        switch m.kind {
        case .name(let n):
            let s = aliases.resolve(n)
            // `TikTok's parent`: the article's company, when that is another one.
            if m.relation {
                if let topic = context.topic, topic != s { return topic }
                return nil
            }
            return s
        case .organisationReference:
            // The nearest organisation named earlier in the same sentence, else the last one before.
            // (An adjunct, or the agent of a passive, `a round led by ASML`, only in a second pass.)
            for allowAdjunct in [false, true] {
                for other in mentions.reversed() where other.tokens.lowerBound < m.tokens.lowerBound {
                    if let n = other.name, allowAdjunct || !(other.prepositional || other.agent),
                        !other.cited,
                        !other.modifier
                    {
                        let s = aliases.resolve(n)
                        if !isReporter(s, context), !isPlace(s), !aliases.isPerson(s), !other.isPerson {
                            return s
                        }
                    }
                }
            }
            return context.lastOrganisation ?? context.topic
        case .personReference:
            return context.lastPerson ?? context.mainPerson
        case .placeReference:
            return context.place
        }
    }
}
