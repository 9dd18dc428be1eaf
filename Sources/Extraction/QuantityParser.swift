import ClaimModel

/// Reads figures: numbers and number words, magnitudes (`mn`/`bn`/`tn`, glued or spaced),
/// currencies before or after (`$`, `US$`, `Rmb`, `yuan`, `euros`), percentages, ranges
/// (`$60-65 billion`, `between 18,000 and 20,000`), stated equivalents in parentheses
/// (`150 billion yuan ($20.64 billion)`), bounds (`over`, `up to`, `about`) and what a count counts.
struct QuantityParser {
    /// Resolves a currency name several countries share (`dinars`) from the article's countries.
    var ambiguousCurrency: (String) -> String?

    /// One number with its scale and unit, before ranges and equivalents are put together.
    struct Simple {
        var start: Int
        var end: Int
        var numberIndex: Int
        var amount: Double
        var resolution: Double
        var magnitude: Double?
        var currency: String?
        var unit: String?
        var isWord: Bool
        var isPlainYear: Bool
        /// `percentage points` rather than `%`: a change of a rate, stated in points.
        var isPercentagePoints = false
    }

    enum Outcome {
        case quantity(QuantityMatch)
        /// Tokens that are a number but no figure (a year, a date, a score, a model name).
        case skip(Range<Int>)
    }

    /// The classes of the words that can start a figure (`US$`, `EUR`, `five`).
    static let figureStartClasses: WordClass = [.currencyPrefixFolded, .currencyCodeFolded, .numberWord]

    /// Units after a number, lower-case, and what they normalise to.
    static let physicalUnits: [String: String] = [
        "tb": "TB", "terabyte": "TB", "terabytes": "TB", "gb": "GB", "gigabyte": "GB", "gigabytes": "GB",
        "pb": "PB", "petabyte": "PB", "petabytes": "PB",
        "gw": "GW", "gigawatt": "GW", "gigawatts": "GW", "mw": "MW", "megawatt": "MW",
        "megawatts": "MW", "nm": "nm", "nanometre": "nm", "nanometer": "nm", "nanometres": "nm",
        "nanometers": "nm",
    ]
    static let durationUnits: [String: (String, Double)] = [
        "day": ("days", 1), "days": ("days", 1), "week": ("weeks", 1), "weeks": ("weeks", 1),
        "month": ("months", 1), "months": ("months", 1), "year": ("years", 1),
        "years": ("years", 1), "decade": ("years", 10), "decades": ("years", 10),
    ]
    /// `Currencies.prefixSymbols` by symbol (the first entry wins, as in a scan of the list).
    static let prefixSymbolCodes: [String: String] = Dictionary(
        Currencies.prefixSymbols.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    static let wordCurrencyPrefixes: Set<String> = [
        "US", "A", "C", "HK", "S", "NZ", "NT", "R", "AU", "CA", "GH",
    ]
    // Word lists of the per-figure tests, built once: an array literal in a hot test is
    // allocated and destroyed at every call.
    static let ordinalSuffixes = ["th", "st", "nd", "rd"]
    static let changePrepositions = ["by", "from"]
    static let equivalentSeparators = ["/", ",", ";"]
    static let equivalentJoiners = [
        "or", "about", "around", "roughly", "some", "approximately", "nearly", "almost", "and", "c",
    ]
    static let percentWords = ["percent", "pct"]
    static let pointWords = ["point", "points"]
    static let basisPointWords = ["bps", "bp"]
    static let nounDeterminers = ["the", "its", "their", "his", "her", "our"]
    static let countedFunctionWords = ["most", "more", "new", "other"]
    /// Statistics taken over a window of time (`a 52-week high`, `a 30-day average`).
    static let statisticWindows: Set<String> = [
        "average", "high", "low", "moving", "rolling", "volume-weighted",
    ]
    /// Instruments named by their maturity (`10-year yield`, `two-year notes`).
    static let maturityInstruments: Set<String> = [
        "yield", "yields", "bond", "bonds", "note", "notes", "treasury", "treasuries", "bill", "bills",
        "gilt", "gilts", "bund", "bunds", "mortgage", "mortgages", "swap", "swaps", "debt", "paper",
    ]
    /// Hundredths of a currency and the currency (a cent is a dollar's, as `dollars` are US
    /// dollars unless qualified).
    static let hundredthsOfCurrency: [String: String] = [
        "cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP",
    ]
    static let irregularPlurals: Set<String> = [
        "people", "children", "men", "women", "staff", "personnel", "police", "cattle", "livestock",
        "aircraft", "fish", "sheep", "deer", "crew", "families",
    ]
    static let nonCountNouns: Set<String> = [
        "times", "hours", "minutes", "seconds", "percent", "cents", "pence", "ones", "others", "years",
        "months", "weeks", "days", "decades", "things", "ways", "lengths", "terms", "bps", "quarters",
        "halves",
        "miles", "kilometres", "kilometers", "km", "metres", "meters", "feet", "acres", "hectares", "tonnes",
        "tons", "degrees", "cubic", "square", "sq", "inches", "pounds", "goals-against", "seasons",
    ]
    static let attributionNouns: Set<String> = [
        "people", "persons", "sources", "officials", "insiders", "executives", "analysts", "individuals",
        "bankers", "diplomats", "aides",
    ]
    static let attributionFollowers: Set<String> = [
        "familiar", "briefed", "with", "close", "knowledge", "said", "say", "says", "told", "who",
        "involved", "cited", "speaking", "aware",
    ]

    /// Whether a verb of weight or a metric weight stands within four words before `start`
    /// (`lost 16 pounds`, `weighing 200 pounds`, `26 kilograms, or 57 pounds`).
    static func weighs(_ tokens: [Token], before start: Int, floor: Int) -> Bool {
        var k = start - 1
        while k >= floor, k >= start - 4 {
            if weightVerbs.contains(tokens[k].lower) { return true }
            // `lost about 26 kilograms, or 57 pounds`: a weight converted.
            if metricWeights.contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }
    /// Metric weights a weight in pounds converts (`26 kilograms, or 57 pounds`).
    static let metricWeights: Set<String> = [
        "kilograms", "kilogram", "kg", "kilos", "kgs", "grams", "tonnes",
    ]
    static let weightVerbs: Set<String> = [
        "lose", "loses", "lost", "losing", "weigh", "weighs", "weighed", "weighing", "gain", "gained",
        "gaining", "shed", "shedding",
    ]

    /// Words whose number names a kind, a step or a rank rather than counting (`type 2`).
    static let labelWords: Set<String> = [
        "type", "phase", "stage", "level", "category", "grade", "tier", "class", "article", "section",
        "chapter", "version", "gen", "generation", "series",
    ]

    /// A small bare number right after a product-like name is part of it (`iPhone 17 units`,
    /// `Windows 11.`): after a word with a capital inside it, or after a capitalised word when
    /// no lower-case word follows (`In Brekkvik 13 people` is a count).
    static func isModelNumber(_ first: Simple, _ tokens: [Token], sentence: Range<Int>) -> Bool {
        let n = first.numberIndex
        guard first.magnitude == nil, first.unit == nil, first.currency == nil, first.amount < 1000,
            !tokens[n].hasGrouping, n - 1 > sentence.lowerBound
        else { return false }
        let previous = tokens[n - 1]
        guard previous.kind == .word, previous.characterCount >= 2, !previous.possessive, !previous.isAllCaps,
            !previous.has(.functionWord), !previous.has(.month), !previous.has(.weekday),
            !previous.has(.demonym), !previous.has(.place)
        else { return false }
        if previous.text.unicodeScalars.dropFirst().contains(where: { $0.properties.isUppercase }) {
            return true
        }
        let next = first.end < sentence.upperBound ? tokens[first.end] : nil
        return previous.isCapitalized && !(next.map { $0.kind == .word && !$0.isCapitalized } ?? false)
    }

    /// Tries to read a figure starting at `i`; nil when `i` starts nothing numeric.
    func parse(_ tokens: [Token], _ i: Int, sentence: Range<Int>) -> Outcome? {
        guard let first = simple(tokens, i, end: sentence.upperBound) else { return nil }
        let numberToken = tokens[first.numberIndex]

        // Not figures: model names (H20) are single words already; years, dates, times, ordinals.
        if first.isPlainYear { return .skip(first.start..<first.end) }
        if !first.isWord, first.currency == nil {
            let n = first.numberIndex
            if n > sentence.lowerBound {
                let previous = tokens[n - 1]
                if previous.kind == .word, !numberToken.spaceBefore { return .skip(first.start..<first.end) }
                if isMonth(previous) { return .skip(first.start..<first.end) }
                if QuantityParser.isModelNumber(first, tokens, sentence: sentence) {
                    return .skip(first.start..<first.end)
                }
                // `type 2 diabetes`, `a phase 3 trial`, `level 4`: a label's number counts nothing.
                if previous.kind == .word, QuantityParser.labelWords.contains(previous.lower),
                    first.amount < 100,
                    first.magnitude == nil, first.unit == nil
                {
                    return .skip(first.start..<first.end)
                }
                if previous.isSymbol("."), n - 2 >= sentence.lowerBound, isMonth(tokens[n - 2]) {
                    return .skip(first.start..<first.end)
                }
                if previous.isSymbol("-") || previous.isSymbol(":") || previous.isSymbol("/"),
                    !numberToken.spaceBefore, n - 2 >= sentence.lowerBound, tokens[n - 2].kind != .symbol
                {
                    return .skip(first.start..<first.end)
                }
            }
            if n + 1 < sentence.upperBound {
                let next = tokens[n + 1]
                if isMonth(next), first.magnitude == nil, first.unit == nil { return .skip(n..<(n + 1)) }
                if next.isSymbol(":") || next.isSymbol("/"), !next.spaceBefore, n + 2 < sentence.upperBound,
                    tokens[n + 2].kind == .number
                {
                    return .skip(n..<(n + 3))
                }
                if next.kind == .word, !next.spaceBefore, QuantityParser.ordinalSuffixes.contains(next.lower)
                {
                    return .skip(n..<(n + 2))
                }
            }
        }

        var low = first
        var high: Simple?
        var end = first.end
        var bound = Bound.exact
        let between = i > sentence.lowerBound && tokens[i - 1].lower == "between"

        // Ranges.
        if end < sentence.upperBound {
            let joiner = tokens[end]
            // `raised it by $2 to $17.99`, `from 12% to 18%`: a change and its result, not a range.
            let changeTo =
                joiner.lower == "to" && i > sentence.lowerBound
                && QuantityParser.changePrepositions.contains(tokens[i - 1].lower)
            let isJoiner =
                joiner.isSymbol("-") || joiner.isSymbol("\u{2013}") || (joiner.lower == "to" && !changeTo)
                || (between && joiner.lower == "and")
            if isJoiner, var second = simple(tokens, end + 1, end: sentence.upperBound), !second.isPlainYear {
                let typed =
                    low.currency != nil || second.currency != nil || low.unit != nil || second.unit != nil
                    || low.magnitude != nil || second.magnitude != nil || between
                // `weakened 0.4% to 1.4350 per dollar`: a change and the level it led to, stated
                // in another unit, not a range of changes.
                //
                // `rose 81 cents to $81.82`, `fell 0.3% to 2.9%`: a move that happened, by an
                // amount, to a level. Only a move still to come spans a range (`is expected to
                // rise 3% to 4%`).
                let levelAfterChange =
                    joiner.lower == "to" && i > sentence.lowerBound
                    && MeasureNamer.changeVerbs.contains(tokens[i - 1].lower)
                    && ((second.unit == nil && second.currency == nil && second.magnitude == nil)
                        || Self.isRealisedMove(tokens, verb: i - 1, sentence: sentence))
                let compatible =
                    !levelAfterChange
                    && (low.currency == nil || second.currency == nil || low.currency == second.currency)
                    && (low.unit == nil || second.unit == nil || low.unit == second.unit)
                    && !(low.currency != nil && second.unit != nil)
                    && !(low.unit != nil && second.currency != nil)
                    // `rose 3% to 320.1 million units`: a unit on one end and a magnitude alone on
                    // the other are a change and its level (`3% to 5 million` is never a range).
                    && !(low.unit != nil && second.unit == nil && second.currency == nil
                        && second.magnitude != nil)
                    // `contracted 3.2 percentage points to 42.2%`: a change and the level it led to.
                    && !(low.unit != nil && second.unit != nil
                        && low.isPercentagePoints != second.isPercentagePoints)
                if typed && compatible {
                    if low.magnitude == nil, let m = second.magnitude, !low.isWord || low.amount < 1000 {
                        low.amount *= m
                        low.resolution *= m
                        low.magnitude = m
                    }
                    if second.magnitude == nil, let m = low.magnitude, second.amount * m <= low.amount * 100 {
                        second.amount *= m
                        second.resolution *= m
                        second.magnitude = m
                    }
                    if low.currency == nil { low.currency = second.currency }
                    if second.currency == nil { second.currency = low.currency }
                    if low.unit == nil { low.unit = second.unit }
                    if second.unit == nil { second.unit = low.unit }
                    let points = low.isPercentagePoints || second.isPercentagePoints
                    low.isPercentagePoints = points
                    second.isPercentagePoints = points
                    if low.amount < second.amount, low.currency == second.currency, low.unit == second.unit {
                        high = second
                        end = second.end
                        bound = .range
                    }
                } else if !typed, joiner.isSymbol("-") || joiner.isSymbol("\u{2013}") {
                    // `3-0`, `8-1`: a score or a vote, not a figure.
                    return .skip(first.start..<second.end)
                }
            }
        }

        var values = [value(low)] + pointEquivalents(low)
        var uppers: [Value] = []
        if let high { uppers = [value(high)] + pointEquivalents(high) }

        // Stated equivalents in parentheses: `($20.64 billion)`, `(£82m/$100m)`, `(about $447 million)`.
        if end < sentence.upperBound, tokens[end].isSymbol("("), high == nil {
            var k = end + 1
            var extra: [Value] = []
            var ok = true
            while k < sentence.upperBound, !tokens[k].isSymbol(")") {
                if QuantityParser.equivalentSeparators.contains(tokens[k].text)
                    || QuantityParser.equivalentJoiners.contains(tokens[k].lower)
                {
                    k += 1
                    continue
                }
                guard let inner = simple(tokens, k, end: sentence.upperBound), !inner.isPlainYear,
                    inner.currency != nil || (inner.unit != nil && inner.unit == low.unit)
                else {
                    ok = false
                    break
                }
                var adjusted = inner
                if adjusted.magnitude == nil, let m = low.magnitude, low.currency != nil,
                    adjusted.currency != nil,
                    adjusted.amount < 1000
                {
                    adjusted.amount *= m
                    adjusted.resolution *= m
                }
                extra.append(value(adjusted))
                k = inner.end
            }
            if ok, k < sentence.upperBound, !extra.isEmpty, low.currency != nil || low.unit != nil {
                values += extra
                end = k + 1
            }
        }

        // Bound words before, `-plus` / `or more` after.
        var start = first.start
        if bound != .range {
            if between {
                start -= 1
            } else if let (length, found) = boundBefore(tokens, first.start, floor: sentence.lowerBound) {
                bound = found
                start -= length
            }
            if first.end < sentence.upperBound {
                let after = tokens[first.end]
                if after.lower == "plus",
                    !after.spaceBefore
                        || (first.end > 0 && tokens[first.end - 1].isSymbol("-"))
                {
                    bound = .atLeast
                } else if after.isSymbol("-"), first.end + 1 < sentence.upperBound,
                    tokens[first.end + 1].lower == "plus"
                {
                    bound = .atLeast
                    end = max(end, first.end + 2)
                } else if after.isSymbol("+"), !after.spaceBefore {
                    bound = .atLeast
                    end = max(end, first.end + 1)
                } else if after.lower == "or", first.end + 1 < sentence.upperBound,
                    tokens[first.end + 1].lower == "more"
                {
                    bound = .atLeast
                }
            }
        }

        // `5nm`: a process node names a technology, it measures nothing. `a 30-year-old`, `61 years
        // old`: an age, not a claim.
        if low.unit == "nm" { return .skip(first.start..<end) }
        if low.unit == "years", end < sentence.upperBound,
            tokens[end].lower == "old"
                || (tokens[end].isSymbol("-") && end + 1 < sentence.upperBound
                    && tokens[end + 1].lower == "old")
        {
            return .skip(first.start..<end)
        }
        // `the 10-year Treasury yield`, `two-year bond yields`: a maturity names the instrument,
        // it is no claim (a `four-year contract` is).
        if low.unit == "years" || low.unit == "months", end >= 2, tokens[end - 2].isSymbol("-"),
            !tokens[end - 2].spaceBefore,
            tokens[end..<min(sentence.upperBound, end + 3)].contains(where: {
                QuantityParser.maturityInstruments.contains($0.lower)
            })
        {
            return .skip(first.start..<end)
        }
        // `its 30-day volume-weighted average price`, `a 52-week high`: the window a statistic is
        // taken over, no claim.
        if ["days", "weeks", "months", "years"].contains(low.unit ?? ""), end >= 2,
            tokens[end - 2].isSymbol("-"),
            !tokens[end - 2].spaceBefore,
            tokens[end..<min(sentence.upperBound, end + 4)].contains(where: {
                QuantityParser.statisticWindows.contains($0.lower)
            })
        {
            return .skip(first.start..<end)
        }
        let quantity = Quantity(values: values, bound: bound, upper: uppers)
        let range = start..<end
        if low.currency != nil {
            return .quantity(
                QuantityMatch(range: range, anchor: first.numberIndex, quantity: quantity, kind: .money))
        }
        if let unit = low.unit {
            let kind: QuantityMatch.Kind
            switch unit {
            case "percent", "bps": kind = .percent
            case "days", "weeks", "months", "years": kind = .duration
            default: kind = .physical
            }
            return .quantity(
                QuantityMatch(range: range, anchor: first.numberIndex, quantity: quantity, kind: kind))
        }

        // `2,250-acre`, `4 million-square-foot`: a measure we do not normalise.
        if end + 1 < sentence.upperBound, tokens[end].isSymbol("-"), !tokens[end].spaceBefore,
            tokens[end + 1].kind == .word, !tokens[end + 1].spaceBefore
        {
            return .skip(first.start..<(end + 2))
        }
        // `1.5m` with no currency may be metres.
        if let m = first.magnitude, m == 1e6, first.end > 0, tokens[first.end - 1].lower == "m" {
            return .skip(first.start..<end)
        }
        // Counts: a number and what it counts.
        if isWholeOfAPart(tokens, start: first.start, sentence: sentence) { return .skip(first.start..<end) }
        // (`while 17 others remain trapped`: what befell the number's subject comes before the
        // noun after it, which for `others` counts nothing.)
        let noun =
            partOfAWhole(tokens, start: first.start, end: end, sentence: sentence)
            ?? countedAsCasualtySubject(tokens, start: start, end: end, sentence: sentence)
            ?? countedNoun(tokens, end, sentence: sentence)
            ?? nounOfTheOtherEnd(tokens, start: first.start, sentence: sentence)
            ?? casualtyAdjective(tokens, end, sentence: sentence)
            ?? countedByCasualtyVerb(tokens, start: start, end: end, sentence: sentence)
            ?? countedByToll(tokens, start: start, end: end, sentence: sentence)
        if let noun {
            if QuantityParser.attributionNouns.contains(noun.head), noun.followedByAttribution {
                return .skip(first.start..<end)
            }
            if QuantityParser.nonCountNouns.contains(noun.head) { return .skip(first.start..<end) }
            // `one person`: no figure, unless a casualty verb counts it (`killed one person`).
            if first.isWord, first.amount < 2,
                !(first.start > sentence.lowerBound && tokens[first.start - 1].has(.casualty))
            {
                return .skip(first.start..<end)
            }
            let unit: QuantityUnit = QuantityParser.mentionsUsers(noun.phrase) ? .users : .count
            let counted = Quantity(
                values: values.map { Value(amount: $0.amount, unit: unit, resolution: $0.resolution) },
                bound: bound,
                upper: uppers.map { Value(amount: $0.amount, unit: unit, resolution: $0.resolution) })
            return .quantity(
                QuantityMatch(
                    range: range, anchor: first.numberIndex, quantity: counted, kind: .count,
                    noun: noun.phrase))
        }
        let bare = low.amount
        // (A number in words with a magnitude is a figure too, `the figure of six million`; `a
        // million` alone is a manner of speaking.)
        if !first.isWord && numberToken.hasGrouping && bare >= 1000
            || low.magnitude != nil && bare >= 1e6 && (!first.isWord || first.amount >= 2)
        {
            return .quantity(
                QuantityMatch(range: range, anchor: first.numberIndex, quantity: quantity, kind: .count))
        }
        return .skip(first.start..<end)
    }

    /// `phrase.contains("users")`; an ASCII phrase is searched by its bytes.
    static func mentionsUsers(_ phrase: String) -> Bool {
        let bytes = Array(phrase.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return phrase.contains("users") }
        let users = Array("users".utf8)
        guard bytes.count >= users.count else { return false }
        for start in 0...(bytes.count - users.count)
        where bytes[start..<(start + users.count)].elementsEqual(users) {
            return true
        }
        return false
    }

    /// `25 basis points` is also `0.25` percentage points (which are kept as `percent`), and
    /// `half a percentage point` is also `50 bps`: outlets state a rate's change in either, so the
    /// other is a stated equivalent, as a currency conversion is.
    func pointEquivalents(_ s: Simple) -> [Value] {
        if s.currency == nil, s.unit == "bps" {
            return [QuantityParser.percentagePoints(fromBasisPoints: s.amount, resolution: s.resolution)]
        }
        if s.isPercentagePoints {
            return [QuantityParser.basisPoints(fromPercentagePoints: s.amount, resolution: s.resolution)]
        }
        return []
    }

    /// Basis points as percentage points, in the unit percentage points are kept in (`percent`).
    static func percentagePoints(fromBasisPoints amount: Double, resolution: Double) -> Value {
        Value(amount: amount / 100, unit: .percent, resolution: resolution / 100)
    }

    /// Percentage points as basis points.
    static func basisPoints(fromPercentagePoints amount: Double, resolution: Double) -> Value {
        Value(amount: amount * 100, unit: .basisPoints, resolution: resolution * 100)
    }

    func value(_ s: Simple) -> Value {
        let unit: QuantityUnit
        if let currency = s.currency {
            unit = QuantityUnit(currency)
        } else if let u = s.unit {
            unit = QuantityUnit(u)
        } else {
            unit = .count
        }
        return Value(amount: s.amount, unit: unit, resolution: s.resolution)
    }

    private func isMonth(_ t: Token) -> Bool {
        guard t.kind == .word, t.has(.month) else { return false }
        if CalendarWords.ambiguousMonths.contains(t.lower) { return t.isCapitalized }
        return t.isCapitalized
    }

    /// One number with currency, magnitude and unit, starting at `i`.
    func simple(_ tokens: [Token], _ i: Int, end limit: Int) -> Simple? {
        guard i < limit else { return nil }
        // A word starts a figure only as a currency prefix or code, a number word or `a`/`an`
        // (`a billion`): any other word is rejected without the tests below.
        if tokens[i].kind == .word, tokens[i].classes.isDisjoint(with: QuantityParser.figureStartClasses),
            tokens[i].characterCount > 2 || (tokens[i].lower != "a" && tokens[i].lower != "an")
        {
            return nil
        }
        var j = i
        var currency: String?

        // Currency before the number.
        // `tokens[i]` read in place: a copy of a token copies two Strings.
        if tokens[i].kind == .word, tokens[i].has(.currencyPrefixFolded),
            QuantityParser.wordCurrencyPrefixes.contains(tokens[i].text),
            i + 2 < limit,
            tokens[i + 1].kind == .symbol, !tokens[i + 1].spaceBefore, tokens[i + 2].kind == .number,
            // `US$`, `GH₵`.
            let code = QuantityParser.prefixSymbolCodes[tokens[i].text + tokens[i + 1].text]
        {
            currency = code
            j = i + 2
        } else if tokens[i].kind == .word, tokens[i].text == "R", i + 1 < limit,
            tokens[i + 1].kind == .number,
            !tokens[i + 1].spaceBefore, let code = ambiguousCurrency(Currencies.randSign)
        {
            // `R68.4bn` in an article about South Africa.
            currency = code
            j = i + 1
        } else if let sign = Currencies.amountAfterWordSign(tokens, i, end: limit),
            let code = Currencies.codes[sign.key] ?? ambiguousCurrency(sign.key)
        {
            currency = code
            j = sign.amount
        } else if tokens[i].kind == .symbol,
            // The one one-byte (ASCII) key is `$`: other ASCII symbols skip the lookup.
            tokens[i].end - tokens[i].start > 1 || tokens[i].isSymbol("$"),
            let code = QuantityParser.prefixSymbolCodes[tokens[i].text]
        {
            currency = code
            j = i + 1
            if tokens[i].text == "$", j + 1 < limit, tokens[j].kind == .word, !tokens[j].spaceBefore,
                ["US", "A", "C"].contains(tokens[j].text), tokens[j + 1].kind == .number
            {
                currency = Currencies.prefixSymbols.first(where: { $0.0 == "$" + tokens[j].text })?.1 ?? "USD"
                j += 1
            }
        } else if tokens[i].kind == .word, tokens[i].has(.currencyCodeFolded),
            let code = Currencies.codes[tokens[i].text],
            i + 1 < limit,
            tokens[i + 1].kind == .number
        {
            currency = code
            j = i + 1
        }
        guard j < limit else { return nil }

        var amount: Double
        var resolution: Double
        var isWord = false
        let numberIndex = j
        let n = tokens[j]
        if n.kind == .number {
            amount = n.value
            resolution = n.decimals > 0 ? pow10(-n.decimals) : pow10(3 * n.zeroGroups)
            j += 1
        } else if currency == nil, n.kind == .word, n.has(.numberWord),
            let w = Magnitudes.numberWords[n.lower]
        {
            amount = w
            resolution = 1
            isWord = true
            j += 1
            // `thirty-eight`: tens, a hyphen, units, written as one word.
            if amount >= 20, amount < 100, amount.truncatingRemainder(dividingBy: 10) == 0, j + 1 < limit,
                tokens[j].isSymbol("-"), !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore,
                tokens[j + 1].kind == .word, let units = Magnitudes.unitsAfterTens[tokens[j + 1].lower]
            {
                amount += units
                j += 2
            }
        } else if currency == nil, n.kind == .word, n.lower == "a" || n.lower == "an", j + 1 < limit,
            let m = Magnitudes.words[tokens[j + 1].lower], m >= 1e3
        {
            amount = 1
            resolution = 1
            isWord = true
            j += 1
        } else {
            return nil
        }

        // Magnitude (`$7.8-billion`, as Canadian papers write it, too).
        var magnitude: Double?
        if j + 1 < limit, tokens[j].isSymbol("-"), !tokens[j].spaceBefore, !tokens[j + 1].spaceBefore,
            tokens[j + 1].kind == .word, tokens[j + 1].has(.magnitude),
            Magnitudes.words[tokens[j + 1].lower] != nil
        {
            j += 1
        }
        if j < limit, tokens[j].kind == .word {
            let w = tokens[j]
            if w.has(.magnitude), let m = Magnitudes.words[w.lower] {
                magnitude = m
            } else if !w.spaceBefore, w.has(.attachedMagnitude), let m = Magnitudes.attachedOnly[w.lower],
                !isWord
            {
                magnitude = m
            }
            if let m = magnitude {
                amount = Self.scaled(amount, by: m, decimals: n.decimals)
                resolution *= m
                j += 1
            }
        }

        // Unit or currency after.
        var unit: String?
        var percentagePoints = false
        var k = j
        if k < limit, tokens[k].has(.closer), k + 1 < limit, tokens[k + 1].has(.currencyName) {
            k += 1
        }
        // `a 210 million-krone fine`: the currency joined to its amount by a hyphen.
        if magnitude != nil, k + 1 < limit, tokens[k].isSymbol("-"), !tokens[k].spaceBefore,
            !tokens[k + 1].spaceBefore, tokens[k + 1].has(.currencyName)
        {
            k += 1
        }
        if k < limit {
            let w = tokens[k]
            let next = k + 1 < limit ? tokens[k + 1] : nil
            if currency == nil, magnitude == nil, w.kind == .word, w.lower == "pounds" || w.lower == "pound",
                QuantityParser.weighs(tokens, before: i, floor: 0)
            {
                // `patients lost 16 pounds`: a weight.
                unit = "lb"
                j = k + 1
            } else if currency == nil, w.kind == .word, w.has(.currencyName),
                let code = Currencies.names[w.lower]
            {
                if code.isEmpty {
                    let qualifier = numberIndex > 0 ? tokens[numberIndex - 1].lower : ""
                    let key = Currencies.singular(w.lower)
                    currency = Currencies.qualified["\(qualifier) \(key)"] ?? ambiguousCurrency(key)
                } else {
                    currency = code
                }
                if currency != nil { j = k + 1 }
            } else if currency == nil, w.kind == .word, let next, next.has(.currencyName),
                let code = Currencies.qualified["\(w.lower) \(Currencies.singular(next.lower))"]
            {
                currency = code
                j = k + 2
            } else if currency == nil, w.kind == .word, w.isAllCaps, w.has(.currencyCodeFolded),
                let code = Currencies.codes[w.text]
            {
                currency = code
                j = k + 1
            } else if currency == nil, magnitude == nil, w.kind == .word,
                w.lower.utf8.first == 0x63 || w.lower.utf8.first == 0x70,  // `c`ents, `p`ence
                let code = QuantityParser.hundredthsOfCurrency[w.lower]
            {
                // `49 cents per share`, `12 pence`: a hundredth of the currency, in whole units.
                currency = code
                amount /= 100
                resolution /= 100
                j = k + 1
            } else if w.isSymbol("%") {
                unit = "percent"
                j = k + 1
            } else if w.lower == "per", next?.lower == "cent" {
                unit = "percent"
                j = k + 2
            } else if QuantityParser.percentWords.contains(w.lower) {
                unit = "percent"
                j = k + 1
            } else if w.lower == "percentage", let next, QuantityParser.pointWords.contains(next.lower) {
                unit = "percent"
                percentagePoints = true
                j = k + 2
            } else if w.lower == "basis", let next, QuantityParser.pointWords.contains(next.lower) {
                unit = "bps"
                j = k + 2
            } else if QuantityParser.basisPointWords.contains(w.lower) {
                unit = "bps"
                j = k + 1
            } else if currency == nil {
                // Units, possibly hyphenated to the number (`75-day`, `2-gigawatt`).
                var u = k
                if w.isSymbol("-"), !w.spaceBefore, k + 1 < limit { u = k + 1 }
                let word = tokens[u].lower
                let physical = QuantityParser.physicalUnits
                let durations = QuantityParser.durationUnits
                if let (area, next) = QuantityParser.multiWordUnit(tokens, u, limit) {
                    unit = area
                    j = next
                } else if QuantityParser.pointWords.contains(w.lower), n.kind == .number, n.decimals > 0 {
                    // `up 23.12 points`: index points are stated to the hundredth.
                    unit = "points"
                    j = k + 1
                } else if tokens[u].kind == .word, word == "mmt", magnitude == nil {
                    // `41 mmt`: million metric tons, as the grain trade writes them.
                    unit = "tonnes"
                    amount *= 1e6
                    resolution *= 1e6
                    j = u + 1
                } else if tokens[u].kind == .word, let p = physical[word] {
                    if !(word == "nm" && tokens[u].spaceBefore) {
                        unit = p
                        j = u + 1
                    }
                } else if tokens[u].kind == .word, let (d, factor) = durations[word], magnitude == nil,
                    d == "days" || u == k + 1
                {
                    unit = d
                    amount *= factor
                    resolution *= factor
                    j = u + 1
                }
            }
        }
        if currency != nil, magnitude == nil, j < limit, tokens[j].kind == .word {
            // `$5.5 billion` handled above; `€95 million` too. `US$2 billion`: magnitude after code.
            if tokens[j].has(.magnitude), let m = Magnitudes.words[tokens[j].lower] {
                magnitude = m
                amount = Self.scaled(amount, by: m, decimals: n.decimals)
                resolution *= m
                j += 1
            }
        }
        let isPlainYear =
            currency == nil && unit == nil && magnitude == nil && !isWord && n.kind == .number
            && n.decimals == 0
            && !n.hasGrouping && n.value >= 1900 && n.value <= 2100
            && !(j < limit && tokens[j].kind == .word && tokens[j].lower.hasSuffix("s")
                && tokens[j].lower != "levels")
        return Simple(
            start: i, end: j, numberIndex: numberIndex, amount: amount, resolution: resolution,
            magnitude: magnitude, currency: currency, unit: unit, isWord: isWord, isPlainYear: isPlainYear,
            isPercentagePoints: percentagePoints)
    }

    /// `amount` (written with `decimals` decimals) times the magnitude `m`, as the number
    /// written: `32.8 million` is 32,800,000, not 32.8 × 10⁶ (32,799,999.999999996).
    static func scaled(_ amount: Double, by m: Double, decimals: Int) -> Double {
        guard decimals > 0, decimals <= 6, m >= 1 else { return amount * m }
        let power = Tokenizer.powersOfTen(decimals)
        return (amount * power).rounded() * m / power
    }

    /// Units of area and volume, as word sequences (hyphens and dots between them are skipped).
    static let multiWordUnits: [(words: [String], unit: String)] = [
        (["square", "feet"], "sqft"), (["square", "foot"], "sqft"), (["sq", "ft"], "sqft"),
        (["sq", "feet"], "sqft"), (["square", "miles"], "sq mi"), (["square", "mile"], "sq mi"),
        (["sq", "mi"], "sq mi"), (["square", "kilometres"], "km2"), (["square", "kilometers"], "km2"),
        (["square", "kilometre"], "km2"), (["square", "kilometer"], "km2"), (["sq", "km"], "km2"),
        (["square", "metres"], "m2"), (["square", "meters"], "m2"), (["acres"], "acres"), (["acre"], "acres"),
        (["hectares"], "hectares"), (["hectare"], "hectares"), (["cubic", "metres"], "m3"),
        (["cubic", "meters"], "m3"), (["cubic", "metre"], "m3"), (["cubic", "meter"], "m3"),
        // Speeds, rates of flow and depths (of rain, of snow).
        (["miles", "per", "hour"], "mph"), (["miles", "an", "hour"], "mph"), (["mph"], "mph"),
        (["kilometres", "per", "hour"], "km/h"), (["kilometers", "per", "hour"], "km/h"),
        (["km", "per", "hour"], "km/h"), (["km", "/", "h"], "km/h"), (["kph"], "km/h"), (["kmh"], "km/h"),
        (["barrels", "per", "day"], "bpd"), (["barrels", "a", "day"], "bpd"), (["bpd"], "bpd"),
        (["b", "/", "d"], "bpd"), (["bbl", "/", "d"], "bpd"), (["barrel", "per", "day"], "bpd"),
        (["barrel", "a", "day"], "bpd"),
        (["inches"], "in"), (["inch"], "in"), (["centimetres"], "cm"), (["centimeters"], "cm"),
        (["cm"], "cm"), (["millimetres"], "mm"), (["millimeters"], "mm"), (["mm"], "mm"),
        // Mass: harvests, output, shipments (`78 million metric tons`, `58,000 tonnes`).
        (["metric", "tons"], "tonnes"), (["metric", "tonnes"], "tonnes"), (["metric", "ton"], "tonnes"),
        (["tonnes"], "tonnes"), (["tonne"], "tonnes"), (["tons"], "tonnes"), (["ton"], "tonnes"),
    ]

    /// `multiWordUnits` by their first word, in their order: a word starts few of them.
    static let multiWordUnitsByFirstWord: [String: [(words: [String], unit: String)]] = Dictionary(
        grouping: multiWordUnits, by: { $0.words[0] })

    /// The unit of several words (an area, a volume, a speed) starting at `u` and the index after it.
    static func multiWordUnit(_ tokens: [Token], _ u: Int, _ limit: Int) -> (String, Int)? {
        guard u < limit, tokens[u].kind == .word else { return nil }
        guard let candidates = multiWordUnitsByFirstWord[tokens[u].lower] else { return nil }
        for (words, unit) in candidates {
            var k = u + 1
            var matched = true
            for w in words.dropFirst() {
                while k < limit, tokens[k].isSymbol("-") || tokens[k].isSymbol(".") { k += 1 }
                guard k < limit, tokens[k].lower == w else {
                    matched = false
                    break
                }
                k += 1
            }
            if matched {
                if k < limit, tokens[k].isSymbol("."), !tokens[k].spaceBefore, words.last == "ft" { k += 1 }
                return (unit, k)
            }
        }
        return nil
    }

    private func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 {
            for _ in 0..<e { r *= 10 }
        } else {
            for _ in 0..<(-e) { r /= 10 }
        }
        return r
    }

    /// The bound phrase ending just before `i`, with its length in tokens.
    func boundBefore(_ tokens: [Token], _ i: Int, floor: Int) -> (Int, Bound)? {
        var best: (Int, Bound)?
        // Every phrase ends with the word just before `i`: most words end none.
        let cues = i - 1 >= floor && tokens[i - 1].has(.boundPhraseEnd) ? CueWords.boundBefore : []
        for (phrase, bound) in cues {
            let n = phrase.count
            guard i - n >= floor else { continue }
            var ok = true
            for (k, word) in phrase.enumerated() where tokens[i - n + k].lower != word {
                ok = false
                break
            }
            if ok, n > (best?.0 ?? 0) { best = (n, bound) }
        }
        // `up-to-$65B`: tokens `up` `-` `to` `-`.
        if best == nil, i - 4 >= floor, tokens[i - 1].isSymbol("-"), tokens[i - 2].lower == "to",
            tokens[i - 4].lower == "up"
        {
            best = (4, .atMost)
        }
        return best
    }

    struct Noun {
        var phrase: String
        var head: String
        var followedByAttribution: Bool
    }

    /// A bare number right after a casualty verb counts people (`killed one and injured nine`),
    /// unless a unit or a year follows.
    func countedByCasualtyVerb(_ tokens: [Token], start: Int, end: Int, sentence: Range<Int>) -> Noun? {
        guard start > sentence.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].has(.casualty),
            !tokens[start - 1].isCapitalized
        else { return nil }
        if end < sentence.upperBound, tokens[end].kind == .word, !tokens[end].has(.functionWord),
            !["and", "or", "including", "in", "on", "at"].contains(tokens[end].lower)
        {
            return nil
        }
        return Noun(phrase: "people", head: "people", followedByAttribution: false)
    }

    /// `while 27 have been rescued alive`, `; 17 others remain trapped`, `and three are still
    /// unaccounted for`: a bare number opening its clause as the subject of what befell people
    /// counts people.
    func countedAsCasualtySubject(_ tokens: [Token], start: Int, end: Int, sentence: Range<Int>) -> Noun? {
        guard
            start == sentence.lowerBound || tokens[start - 1].isSymbol(",") || tokens[start - 1].isSymbol(";")
                || QuantityParser.clauseJoiners.contains(tokens[start - 1].lower)
        else { return nil }
        var k = end
        if k < sentence.upperBound, QuantityParser.othersWords.contains(tokens[k].lower) { k += 1 }
        var auxiliaries = 0
        while k < sentence.upperBound, auxiliaries < 3, QuantityParser.stateVerbs.contains(tokens[k].lower) {
            k += 1
            auxiliaries += 1
        }
        guard auxiliaries > 0, k < sentence.upperBound, tokens[k].kind == .word,
            tokens[k].has(.casualty) || QuantityParser.fatesOfPeople.contains(tokens[k].lower)
        else { return nil }
        return Noun(phrase: "people", head: "people", followedByAttribution: false)
    }

    /// `others`, `more` after a number: more of what the sentence counted.
    static let othersWords: Set<String> = ["others", "more"]

    /// Words that join a clause to the one before it.
    static let clauseJoiners: Set<String> = ["and", "while", "but", "whereas", "with"]
    /// Auxiliaries and verbs of a state between a subject and what befell it.
    static let stateVerbs: Set<String> = [
        "were", "was", "are", "is", "have", "has", "had", "been", "remain", "remained", "remains", "still",
    ]
    /// What befalls people in a disaster, besides the casualty words (`rescued`, `trapped`).
    static let fatesOfPeople: Set<String> = [
        "rescued", "trapped", "stranded", "hospitalised", "hospitalized",
    ]

    /// `won 412 of the 650 seats`, `prevailed in 17 of the last 28 trials`: a part the clause's
    /// verb gives its subject counts what the whole counts. (A part opening its clause, `11 of
    /// the 29 survivors were ...`, is a subset of the whole, which is the figure stated.)
    func partOfAWhole(_ tokens: [Token], start: Int, end: Int, sentence: Range<Int>) -> Noun? {
        guard start > sentence.lowerBound, tokens[start - 1].kind == .word,
            !QuantityParser.clauseOpeners.contains(tokens[start - 1].lower),
            let whole = wholeAfterPart(tokens, end, sentence: sentence)
        else { return nil }
        return countedNoun(tokens, whole + 1, sentence: sentence)
    }

    /// The whole of a part counts nothing of its own: `650` in `412 of the 650 seats`.
    func isWholeOfAPart(_ tokens: [Token], start: Int, sentence: Range<Int>) -> Bool {
        var k = start - 1
        if k > sentence.lowerBound, QuantityParser.wholeQualifiers.contains(tokens[k].lower) { k -= 1 }
        if k > sentence.lowerBound, QuantityParser.nounDeterminers.contains(tokens[k].lower) { k -= 1 }
        guard k > sentence.lowerBound, tokens[k].lower == "of" else { return false }
        let part = tokens[k - 1]
        guard part.kind == .number || part.has(.numberWord),
            k - 1 > sentence.lowerBound, tokens[k - 2].kind == .word,
            !QuantityParser.clauseOpeners.contains(tokens[k - 2].lower)
        else { return false }
        return wholeAfterPart(tokens, k, sentence: sentence) == start
    }

    /// The index of the whole's number after a part ending at `from` (`of the last 28`).
    private func wholeAfterPart(_ tokens: [Token], _ from: Int, sentence: Range<Int>) -> Int? {
        var k = from
        guard k < sentence.upperBound, tokens[k].lower == "of" else { return nil }
        k += 1
        if k < sentence.upperBound, QuantityParser.nounDeterminers.contains(tokens[k].lower) { k += 1 }
        if k < sentence.upperBound, QuantityParser.wholeQualifiers.contains(tokens[k].lower) { k += 1 }
        guard k + 1 < sentence.upperBound, tokens[k].kind == .number, !tokens[k + 1].has(.magnitude)
        else { return nil }
        return k
    }

    /// Words between `of the` and a whole (`17 of the last 28 trials`).
    /// Whether the change verb at `verb` tells a move that happened (`rose`, `rises`, `up`),
    /// not one to come: a bare form after `to` or a modal (`to rise`, `could fall`).
    static func isRealisedMove(_ tokens: [Token], verb: Int, sentence: Range<Int>) -> Bool {
        guard bareMoveForms.contains(tokens[verb].lower) else { return true }
        return verb == sentence.lowerBound || !moveForecasters.contains(tokens[verb - 1].lower)
    }

    /// Change verbs in the bare form a forecast uses (`expected to rise 3% to 4%`).
    static let bareMoveForms: Set<String> = [
        "rise", "fall", "drop", "grow", "increase", "decrease", "decline", "climb", "gain", "expand",
        "contract", "shrink", "jump", "surge", "slip", "slide", "sink", "narrow", "widen",
    ]

    /// Words before a bare change verb that make its move one to come.
    static let moveForecasters: Set<String> = [
        "to", "will", "would", "could", "may", "might", "should", "can", "must", "shall",
    ]

    static let wholeQualifiers: Set<String> = ["last", "first", "past", "next", "latest"]
    /// Words after which a part opens its own clause (`said 11 of the 29 survivors were ...`).
    static let clauseOpeners: Set<String> = [
        "that", "said", "says", "and", "but", "while", "whereas", "with", "as", "of", "when", "where",
        "after",
    ]

    /// A bare number a toll reaches is the toll (`the death toll has risen to at least 10`,
    /// `putting the toll at 16`, `a toll of 10`, `deaths had risen to 28`, `the number of dead
    /// at 61`; `cases rose to 658` counts cases), unless a word after it says what it counts.
    func countedByToll(_ tokens: [Token], start: Int, end: Int, sentence: Range<Int>) -> Noun? {
        guard start - 1 > sentence.lowerBound, QuantityParser.tollReachers.contains(tokens[start - 1].lower)
        else { return nil }
        if end < sentence.upperBound, tokens[end].kind == .word, !tokens[end].has(.functionWord),
            !["and", "or", "including", "in", "on", "at"].contains(tokens[end].lower)
        {
            return nil
        }
        var k = start - 2
        while k >= sentence.lowerBound, k >= start - 12 {
            if tokens[k].kind == .number || tokens[k].isSymbol(";") { return nil }
            switch tokens[k].lower {
            case "toll", "tolls", "deaths", "fatalities":
                // (`cholera deaths had risen to 28`: what deaths reach is their toll too.)
                return Noun(phrase: "death toll", head: "toll", followedByAttribution: false)
            case "cases":
                return Noun(phrase: "cases", head: "cases", followedByAttribution: false)
            case "killed", "dead", "died":
                // `The number of people confirmed killed ... stood at 46`, `put the number of
                // dead at 61`: the number of the dead is their toll.
                if tokens[max(sentence.lowerBound, k - 4)..<k].contains(where: { $0.lower == "number" }) {
                    return Noun(phrase: "death toll", head: "toll", followedByAttribution: false)
                }
            case "count", "tally":
                // `... killed ... stood at 46, after it revised down an earlier count of 52`: an
                // earlier count of a sentence about the dead is an earlier toll.
                if tokens[max(sentence.lowerBound, k - 2)..<k].contains(where: {
                    QuantityParser.earlierWords.contains($0.lower)
                }),
                    tokens[sentence.lowerBound..<k].contains(where: {
                        QuantityParser.deathWords.contains($0.lower)
                    })
                {
                    return Noun(phrase: "death toll", head: "toll", followedByAttribution: false)
                }
            default: break
            }
            k -= 1
        }
        return nil
    }

    /// Words of a count made before the current one (`an earlier count of 52`).
    static let earlierWords: Set<String> = ["earlier", "previous", "initial", "original", "preliminary"]
    /// Words of the dead in a sentence.
    static let deathWords: Set<String> = ["killed", "dead", "died", "deaths", "toll", "fatalities"]

    /// Words right before the figure a toll reaches or stands at.
    static let tollReachers: Set<String> = [
        "to", "at", "of", "reached", "hit", "topped", "passed", "surpassed", "exceeded", "was", "is",
    ]

    /// A bare number at one end of a change whose other end says what it counts: `from 9 seats
    /// to 26`, `won 26 seats, down from 37`. Nil for any other bare number.
    func nounOfTheOtherEnd(_ tokens: [Token], start: Int, sentence: Range<Int>) -> Noun? {
        guard start - 1 > sentence.lowerBound else { return nil }
        let before = tokens[start - 1].lower
        if before == "to" {
            // `from 9 seats to 26`: the `from` end, a few words back.
            var k = start - 2
            while k > sentence.lowerBound, k >= start - 8 {
                if tokens[k - 1].lower == "from", tokens[k].kind == .number,
                    let other = simple(tokens, k, end: sentence.upperBound), other.unit == nil,
                    other.currency == nil
                {
                    return countedNoun(tokens, other.end, sentence: sentence)
                }
                k -= 1
            }
            // `131 dead, a figure it later lowered to 127`: a revised count counts what the
            // count before it in the sentence did.
            if start - 2 > sentence.lowerBound, QuantityParser.revisingVerbs.contains(tokens[start - 2].lower)
            {
                return countBefore(tokens, start: start, sentence: sentence)
            }
            return nil
        }
        // `26 seats, down from 37`: the count just before, in the same sentence (a speaker's
        // words may stand between: `400 million users, Mosseri said on Tuesday, up from 350
        // million`).
        guard before == "from", start - 2 >= sentence.lowerBound,
            ["down", "up"].contains(tokens[start - 2].lower)
        else { return nil }
        return countBefore(tokens, start: start, sentence: sentence)
    }

    /// What the count closest before `start` in the sentence counts (at most 20 tokens back).
    private func countBefore(_ tokens: [Token], start: Int, sentence: Range<Int>) -> Noun? {
        var k = start - 3
        while k >= sentence.lowerBound, k >= start - 20 {
            if tokens[k].kind == .number, let other = simple(tokens, k, end: sentence.upperBound),
                other.unit == nil, other.currency == nil, other.end < start,
                let noun = countedNoun(tokens, other.end, sentence: sentence)
                    ?? casualtyAdjective(tokens, other.end, sentence: sentence)
            {
                return noun
            }
            k -= 1
        }
        return nil
    }

    /// `131 dead`, `12 injured`: a casualty adjective right after a number counts people.
    func casualtyAdjective(_ tokens: [Token], _ end: Int, sentence: Range<Int>) -> Noun? {
        guard end < sentence.upperBound, QuantityParser.casualtyAdjectives.contains(tokens[end].lower) else {
            return nil
        }
        return Noun(phrase: tokens[end].lower, head: tokens[end].lower, followedByAttribution: false)
    }

    /// Verbs revising a figure to a new value (`lowered to 127`).
    static let revisingVerbs: Set<String> = [
        "lowered", "raised", "revised", "cut", "increased", "reduced", "corrected", "adjusted", "updated",
    ]
    /// Adjectives of casualties written right after their count (`131 dead`).
    static let casualtyAdjectives: Set<String> = ["dead", "injured", "wounded", "missing", "hurt"]

    /// What a count counts: up to three modifiers and a plural noun after the number, or `of`
    /// and a noun phrase (`230,000 of Nvidia's chips`).
    func countedNoun(_ tokens: [Token], _ from: Int, sentence: Range<Int>) -> Noun? {
        var k = from
        var words: [String] = []
        if k < sentence.upperBound, tokens[k].lower == "of" {
            k += 1
            // `two of them children`: a part of what was counted before, no count of its own.
            if k < sentence.upperBound, MeasureNamer.pronouns.contains(tokens[k].lower) { return nil }
            if k < sentence.upperBound,
                QuantityParser.nounDeterminers.contains(tokens[k].lower)
            {
                k += 1
            }
        }
        var steps = 0
        while k < sentence.upperBound, steps < 5 {
            let t = tokens[k]
            if t.kind == .symbol {
                if t.isSymbol("-"), !t.spaceBefore {
                    k += 1
                    continue
                }
                if t.text == "\"" || t.text == "\u{201C}" || t.text == "\u{201D}" {
                    k += 1
                    continue
                }
                return nil
            }
            if t.kind == .number {
                // A model number joined by a hyphen is part of the name before it, not another
                // figure: `A350-1000 jets`, and after a maker's name `Boeing 737-8 aircraft`.
                if k > from, !t.spaceBefore, tokens[k - 1].isSymbol("-"), !tokens[k - 1].spaceBefore,
                    k - 1 > from, tokens[k - 2].kind == .word
                {
                    k += 1
                    steps += 1
                    continue
                }
                // `9 million iPhone 17 units`: a model number inside the counted phrase.
                if k > from, tokens[k - 1].kind == .word, k + 1 < sentence.upperBound,
                    tokens[k + 1].kind == .word,
                    let model = simple(tokens, k, end: sentence.upperBound),
                    QuantityParser.isModelNumber(model, tokens, sentence: sentence)
                {
                    k += 1
                    steps += 1
                    continue
                }
                if k > from, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized,
                    !(1900...2100).contains(t.value), k + 2 < sentence.upperBound,
                    tokens[k + 1].isSymbol("-"), !tokens[k + 1].spaceBefore,
                    tokens[k + 2].kind == .number, !tokens[k + 2].spaceBefore
                {
                    k += 3
                    steps += 1
                    continue
                }
                return nil
            }
            let lower = t.lower
            if t.has(.functionWord), !t.has(.irregularPlural),
                !QuantityParser.countedFunctionWords.contains(lower)
            {
                return nil
            }
            words.append(lower)
            if t.kind == .word, !t.isCapitalized || t.isAllCaps, t.possessive == false {
                let isPlural =
                    t.has(.irregularPlural)
                    || (lower.count >= 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss")
                        && !lower.hasSuffix("us") && !lower.hasSuffix("is") && !t.isAllCaps)
                    || (t.isAllCaps && lower.hasSuffix("s") && lower.count >= 3)
                if isPlural {
                    var attribution = false
                    var a = k + 1
                    var seen = 0
                    while a < sentence.upperBound, seen < 3 {
                        if tokens[a].has(.attributionFollower) {
                            attribution = true
                        }
                        a += 1
                        seen += 1
                    }
                    return Noun(
                        phrase: words.joined(separator: " "), head: lower, followedByAttribution: attribution)
                }
            }
            k += 1
            steps += 1
        }
        return nil
    }
}
