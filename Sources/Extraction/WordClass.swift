/// The gazetteer tables a token's lower-case form belongs to, looked up once per token when it is
/// made, so the many table tests of later steps are bit tests instead of string hashes (hashing
/// dominated the extraction profile).
///
/// The classes are built from the tables themselves: extending a table extends its class. For a
/// table keyed by the written form (`Currencies.codes`), the class holds the keys' lower-case
/// forms, so it only rules words out; the table lookup still decides.
struct WordClass: OptionSet {
    let rawValue: UInt64

    static let functionWord = WordClass(rawValue: 1 << 0)
    static let preposition = WordClass(rawValue: 1 << 1)
    static let speechVerb = WordClass(rawValue: 1 << 2)
    static let organisationHead = WordClass(rawValue: 1 << 3)
    static let personHead = WordClass(rawValue: 1 << 4)
    static let role = WordClass(rawValue: 1 << 5)
    static let roleModifier = WordClass(rawValue: 1 << 6)
    static let corporateSuffix = WordClass(rawValue: 1 << 7)
    static let demonym = WordClass(rawValue: 1 << 8)
    static let hedge = WordClass(rawValue: 1 << 9)
    static let denialWord = WordClass(rawValue: 1 << 10)
    static let denialPhraseStart = WordClass(rawValue: 1 << 11)
    static let reportNoun = WordClass(rawValue: 1 << 12)
    static let clauseBreak = WordClass(rawValue: 1 << 13)
    static let casualty = WordClass(rawValue: 1 << 14)
    static let moneyCue = WordClass(rawValue: 1 << 15)
    static let connector = WordClass(rawValue: 1 << 16)
    static let institutionHead = WordClass(rawValue: 1 << 17)
    static let irregularPlural = WordClass(rawValue: 1 << 18)
    static let attributionFollower = WordClass(rawValue: 1 << 19)
    static let zone = WordClass(rawValue: 1 << 20)
    static let month = WordClass(rawValue: 1 << 21)
    static let weekday = WordClass(rawValue: 1 << 22)
    static let ordinal = WordClass(rawValue: 1 << 23)
    static let magnitude = WordClass(rawValue: 1 << 24)
    static let attachedMagnitude = WordClass(rawValue: 1 << 25)
    static let numberWord = WordClass(rawValue: 1 << 26)
    static let fraction = WordClass(rawValue: 1 << 27)
    static let currencyName = WordClass(rawValue: 1 << 28)
    /// Lower-case forms of `Currencies.codes` keys (the table is keyed by the written form).
    static let currencyCodeFolded = WordClass(rawValue: 1 << 29)
    /// Lower-case forms of `QuantityParser.wordCurrencyPrefixes` (keyed by the written form) and
    /// of the signs written as letters (`Currencies.wordSigns`): words that may start an amount.
    static let currencyPrefixFolded = WordClass(rawValue: 1 << 30)
    static let measureCueStart = WordClass(rawValue: 1 << 31)
    static let creditPrefixStart = WordClass(rawValue: 1 << 32)
    static let noiseLeadStart = WordClass(rawValue: 1 << 33)
    static let closer = WordClass(rawValue: 1 << 34)
    static let boundPhraseEnd = WordClass(rawValue: 1 << 35)
    static let referenceStart = WordClass(rawValue: 1 << 36)
    static let wordBeforeName = WordClass(rawValue: 1 << 37)
    static let mediaNoun = WordClass(rawValue: 1 << 38)
    static let wordBeforeVerb = WordClass(rawValue: 1 << 39)
    /// `EntityLexicon.places` (one-word entries are what a token can match).
    static let place = WordClass(rawValue: 1 << 40)
    /// `EntityLexicon.reporters` (one-word entries are what a token can match).
    static let reporterName = WordClass(rawValue: 1 << 41)
    static let stopWord = WordClass(rawValue: 1 << 42)
    static let commonOpener = WordClass(rawValue: 1 << 43)
    static let sourceWord = WordClass(rawValue: 1 << 44)
    /// `Estimates.forecasters`.
    static let forecaster = WordClass(rawValue: 1 << 45)
    /// `Estimates.estimateNouns`.
    static let estimateNoun = WordClass(rawValue: 1 << 46)
    /// `Estimates.expectVerbs`.
    static let expectVerb = WordClass(rawValue: 1 << 47)
    /// `Estimates.clauseStops`.
    static let estimateClauseStop = WordClass(rawValue: 1 << 48)
    /// `SubjectResolver.subordinators`.
    static let subordinator = WordClass(rawValue: 1 << 49)
    /// `SubjectResolver.placeMeasures`.
    static let placeMeasure = WordClass(rawValue: 1 << 50)
    /// `PeriodResolver.comparisonWords`.
    static let comparisonWord = WordClass(rawValue: 1 << 51)
    /// `PeriodResolver.statementVerbs`.
    static let statementVerb = WordClass(rawValue: 1 << 52)
    /// `EntityRecognizer.citingWords`.
    static let citingWord = WordClass(rawValue: 1 << 53)
    /// `EntityRecognizer.firmPrepositions`.
    static let firmPreposition = WordClass(rawValue: 1 << 54)
    /// `EntityRecognizer.analystNouns`.
    static let analystNoun = WordClass(rawValue: 1 << 55)
    /// `EntityRecognizer.reportingVerbs`.
    static let reportingVerb = WordClass(rawValue: 1 << 56)
    /// `EntityRecognizer.mediaModifiers`.
    static let mediaModifier = WordClass(rawValue: 1 << 57)
    /// `EntityRecognizer.appositiveStarts`.
    static let appositiveStart = WordClass(rawValue: 1 << 58)
    /// `EntityRecognizer.placeNouns`.
    static let placeNoun = WordClass(rawValue: 1 << 59)
    /// `EntityRecognizer.personPronouns`.
    static let personPronoun = WordClass(rawValue: 1 << 60)
    /// `EntityRecognizer.ownerNouns`.
    static let ownerNoun = WordClass(rawValue: 1 << 61)

    /// Lower-case form → classes.
    static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == String {
            for w in words { table[w, default: []].insert(c) }
        }
        add(EntityLexicon.functionWords, .functionWord)
        add(EntityLexicon.prepositions, .preposition)
        add(EntityLexicon.speechVerbs, .speechVerb)
        add(EntityLexicon.organisationHeads, .organisationHead)
        add(EntityLexicon.personHeads, .personHead)
        add(EntityLexicon.roles, .role)
        add(EntityLexicon.roleModifiers, .roleModifier)
        add(EntityLexicon.corporateSuffixes, .corporateSuffix)
        add(EntityLexicon.demonyms, .demonym)
        add(CueWords.hedges, .hedge)
        add(CueWords.denialWords, .denialWord)
        add(CueWords.denialPhraseStarts, .denialPhraseStart)
        add(CueWords.reportNouns, .reportNoun)
        add(SubjectResolver.clauseBreaks, .clauseBreak)
        add(SubjectResolver.casualtyWords, .casualty)
        add(Extractor.moneyCues, .moneyCue)
        add(EntityRecognizer.connectors, .connector)
        add(EntityRecognizer.institutionHeads, .institutionHead)
        add(QuantityParser.irregularPlurals, .irregularPlural)
        add(QuantityParser.attributionFollowers, .attributionFollower)
        add(CalendarWords.zones, .zone)
        add(CalendarWords.months.keys, .month)
        add(CalendarWords.weekdays.keys, .weekday)
        add(CalendarWords.ordinals.keys, .ordinal)
        add(Magnitudes.words.keys, .magnitude)
        add(Magnitudes.attachedOnly.keys, .attachedMagnitude)
        add(Magnitudes.numberWords.keys, .numberWord)
        add(Magnitudes.fractions.keys, .fraction)
        add(Currencies.names.keys, .currencyName)
        add(Currencies.codes.keys.map(Tokenizer.lowercase), .currencyCodeFolded)
        add(
            (Array(QuantityParser.wordCurrencyPrefixes) + Array(Currencies.wordSigns.keys)).map(
                Tokenizer.lowercase),
            .currencyPrefixFolded)
        add(MeasureNamer.cuesByFirstWord.keys, .measureCueStart)
        add(NoiseFilter.creditPrefixes.compactMap(\.first), .creditPrefixStart)
        add(NoiseFilter.noiseLeads.compactMap(\.first), .noiseLeadStart)
        add(SentenceSplitter.closers, .closer)
        add(CueWords.boundBefore.compactMap(\.phrase.last), .boundPhraseEnd)
        add(EntityRecognizer.referenceStarts, .referenceStart)
        add(EntityRecognizer.wordsBeforeName, .wordBeforeName)
        add(EntityRecognizer.mediaNouns, .mediaNoun)
        add(EntityRecognizer.wordsBeforeVerb, .wordBeforeVerb)
        add(EntityLexicon.places, .place)
        add(EntityLexicon.reporters, .reporterName)
        add(StopWords.english, .stopWord)
        add(EntityRecognizer.commonOpeners, .commonOpener)
        add(AttributionFinder.sourceWords, .sourceWord)
        add(Estimates.forecasters, .forecaster)
        add(Estimates.estimateNouns, .estimateNoun)
        add(Estimates.expectVerbs, .expectVerb)
        add(Estimates.clauseStops, .estimateClauseStop)
        add(SubjectResolver.subordinators, .subordinator)
        add(SubjectResolver.placeMeasures, .placeMeasure)
        add(PeriodResolver.comparisonWords, .comparisonWord)
        add(PeriodResolver.statementVerbs, .statementVerb)
        add(EntityRecognizer.citingWords, .citingWord)
        add(EntityRecognizer.firmPrepositions, .firmPreposition)
        add(EntityRecognizer.analystNouns, .analystNoun)
        add(EntityRecognizer.reportingVerbs, .reportingVerb)
        add(EntityRecognizer.mediaModifiers, .mediaModifier)
        add(EntityRecognizer.appositiveStarts, .appositiveStart)
        add(EntityRecognizer.placeNouns, .placeNoun)
        add(EntityRecognizer.personPronouns, .personPronoun)
        add(EntityRecognizer.ownerNouns, .ownerNoun)
        return table
    }()

    /// The classes of a token's lower-case form. ASCII forms of up to 16 bytes (nearly every
    /// token) go through `asciiIndex`; others through `table`, whose `String` equality also
    /// matches canonically equivalent spellings.
    static func of(_ lower: String) -> WordClass {
        guard let packed = PackedWord(lower) else { return table[lower] ?? [] }
        return of(packed)
    }

    /// The classes of a lower-case form already packed.
    @inline(__always) static func of(_ packed: PackedWord) -> WordClass {
        asciiIndex.value(packed) ?? []
    }

    static let asciiIndex = PackedWordIndex(table)
}
