import ClaimModel

/// Finds the time expressions of a sentence and resolves them against the article date:
/// `2025`, `fiscal 2025`, `FY'25`, `this year`, `last year`, `in December`, `on Monday`,
/// `September 11`, `the fourth quarter`, `by 2026`. `since 2002` is not a period of a figure.
struct PeriodResolver {
    var published: Day?

    struct Found {
        var token: Int
        var period: Period
        /// The day a statement was made (`said on Monday`, `told reporters on Sunday`): the date of
        /// the saying, not of what was said.
        var statement = false
        /// A weekday (`on Sunday`): it dates events and statements, rarely a sum.
        var weekday = false
        /// The base a change is measured from (`50% above what it spent last year`).
        var comparison = false
        /// Where the comparison word stands (`from $1.05 billion, or 70 cents per share, a year
        /// earlier`): figures before it are not of this period.
        var comparisonWord: Int?
        /// The period named before, a year earlier (`the same quarter a year earlier`).
        var yearEarlier = false
    }

    /// Words that make the period after them the base of a comparison.
    static let comparisonWords: Set<String> = [
        "than", "above", "below", "compared", "versus", "vs", "from", "over",
    ]

    /// Years named relative to the date of writing (`next year`).
    static let relativeYears: [String: Int] = ["next": 1, "this": 0, "last": -1, "previous": -1]

    /// The word classes a period can start with (`first quarter`, `December`, `Monday`).
    static let periodClasses: WordClass = [.ordinal, .month, .weekday]
    /// The lower-case words other than calendar words and numbers a period can start with.
    static let periodWords: Set<String> = ["fiscal", "year", "year-end", "months", "quarter"]

    /// `periodWords.contains(lower)`, most words ruled out by their length and the rest compared
    /// without hashing.
    static func isPeriodWord(_ lower: String) -> Bool {
        switch lower.utf8.count {
        case 4: return lower == "year"
        case 6: return lower == "fiscal" || lower == "months"
        case 7: return lower == "quarter"
        case 8: return lower == "year-end"
        default: return false
        }
    }

    /// Words before a date still to come (`payable on March 3`).
    static let comingDayWords: Set<String> = ["payable", "due", "scheduled", "expires", "matures"]

    /// Verbs of an entity's beginning: a date after them (`founded in 2019`) dates no figure.
    static let originVerbs: Set<String> = [
        "founded", "established", "incorporated", "born", "formed", "launched", "created", "opened",
        // When a work or a building was made (`painted in 1937`, `built in 1912`).
        "painted", "built", "written", "composed", "designed", "constructed", "completed", "drawn",
        "sculpted", "recorded", "discovered",
    ]

    /// Verbs of saying whose date (`said on Monday`) dates the statement.
    static let statementVerbs: Set<String> = [
        "said", "says", "told", "announced", "disclosed", "confirmed", "reported", "wrote", "added",
        "stated", "statement", "declared", "unveiled", "revealed",
    ]

    /// True when the date at `k` follows `on` right after a verb of saying (within a short object).
    static func datesAStatement(_ tokens: [Token], _ k: Int, _ range: Range<Int>) -> Bool {
        var on = k - 1
        if on >= range.lowerBound, tokens[on].lower == "last" || tokens[on].lower == "this" { on -= 1 }
        guard on > range.lowerBound, tokens[on].lower == "on" else { return false }
        for b in stride(from: on - 1, through: max(range.lowerBound, on - 4), by: -1) {
            if tokens[b].has(.statementVerb) { return true }
            if tokens[b].kind != .word { return false }
        }
        return false
    }

    /// The periods of the sentence at `range`. `lastQuarter`: the quarter the article named last,
    /// which `the quarter` refers back to.
    func find(_ tokens: [Token], _ range: Range<Int>, lastQuarter: Period? = nil) -> [Found] {
        var found: [Found] = []
        var lastQuarter = lastQuarter
        var k = range.lowerBound
        let fiscalNow: Int? = published.map { $0.month >= 7 ? $0.year + 1 : $0.year }
        func word(_ i: Int) -> String { i >= range.lowerBound && i < range.upperBound ? tokens[i].lower : "" }
        func year(_ i: Int) -> Int? {
            guard i >= range.lowerBound, i < range.upperBound, tokens[i].kind == .number,
                tokens[i].decimals == 0,
                !tokens[i].hasGrouping, tokens[i].value >= 1900, tokens[i].value <= 2100
            else { return nil }
            return Int(tokens[i].value)
        }
        while k < range.upperBound {
            if let named = Self.quarterNamed(in: found.suffix(1)) { lastQuarter = named }
            // Only numbers, calendar words, `FY...`, `fiscal` and `year` start a period: skip
            // every other token before the tests below.
            if tokens[k].kind != .number, tokens[k].classes.isDisjoint(with: PeriodResolver.periodClasses),
                tokens[k].text.utf8.first != 0x46, tokens[k].text.utf8.first != 0x51,
                !PeriodResolver.isPeriodWord(tokens[k].lower)
            {
                k += 1
                continue
            }
            let t = tokens[k]
            let previous = word(k - 1)
            if previous == "since" || (["in", "the"].contains(previous) && word(k - 2) == "since") {
                k += 1
                continue
            }
            // `since Russia's invasion in February 2022`, `since its launch in January`: when a
            // count began, not its period.
            if let since = (max(range.lowerBound, k - 6)..<k).last(where: { tokens[$0].lower == "since" }),
                !tokens[since..<k].contains(where: { $0.kind == .number || $0.isSymbol(",") })
            {
                k += 1
                continue
            }
            // `founded in 2019`: when the entity began, not the period of any figure.
            if (previous == "in" && PeriodResolver.originVerbs.contains(word(k - 2)))
                || (k > range.lowerBound && tokens[k - 1].has(.month) && word(k - 2) == "in"
                    && PeriodResolver.originVerbs.contains(word(k - 3)))
            {
                k += 1
                continue
            }
            // `a 50% increase over 2024`, `compared with 2023`: the base of a comparison, not the
            // period of the figure.
            if t.kind == .number,
                ["than", "versus", "vs"].contains(previous)
                    || (previous == "over"
                        && ["increase", "rise", "growth", "jump", "gain"].contains(word(k - 2)))
                    || (["with", "to"].contains(previous) && word(k - 2) == "compared")
                    || (previous == "in" && ["than", "versus", "vs"].contains(word(k - 2)))
            {
                k += 1
                continue
            }
            if t.kind == .word, t.text.utf8.first == 0x46, t.text.hasPrefix("FY"),
                let y = Int(t.text.dropFirst(2))
            {
                found.append(Found(token: k, period: .fiscalYear(y < 100 ? 2000 + y : y)))
            } else if t.text == "FY", k + 2 < range.upperBound,
                tokens[k + 1].text == "'" || tokens[k + 1].text == "\u{2019}",
                tokens[k + 2].kind == .number
            {
                found.append(Found(token: k, period: .fiscalYear(2000 + Int(tokens[k + 2].value))))
            } else if t.lower == "fiscal" {
                var j = k + 1
                if word(j) == "year" { j += 1 }
                // `its fiscal first quarter`: the quarter is the period (found at the ordinal).
                if CalendarWords.ordinals[word(j)] != nil,
                    word(j + 1) == "quarter" || word(j + 2) == "quarter"
                {
                    k += 1
                    continue
                }
                if let y = year(j) {
                    found.append(Found(token: k, period: .fiscalYear(y)))
                } else if let y = year(k - 1) {
                    found.append(Found(token: k, period: .fiscalYear(y)))
                } else if let now = fiscalNow {
                    let before = word(k - 1)
                    if ["last", "previous", "prior"].contains(before) || word(k + 2) == "ended"
                        || (word(k + 2) == "that" && word(k + 3) == "ended")
                    {
                        found.append(Found(token: k, period: .fiscalYear(now - 1)))
                    } else if ["next", "coming"].contains(before) {
                        found.append(Found(token: k, period: .fiscalYear(now + 1)))
                    } else if word(j).isEmpty || ["this", "current", "its", "the", "their"].contains(before) {
                        found.append(Found(token: k, period: .fiscalYear(now)))
                    }
                }
            } else if let y = year(k), word(k + 1) != "fiscal" {
                found.append(Found(token: k, period: .year(y)))
            } else if t.lower == "year", let p = published {
                switch previous {
                case "this", "current": found.append(Found(token: k, period: .year(p.year)))
                case "last", "previous", "prior": found.append(Found(token: k, period: .year(p.year - 1)))
                case "next": found.append(Found(token: k, period: .year(p.year + 1)))
                case "a" where word(k + 1) == "earlier" || word(k + 1) == "ago":
                    // `$3.84 billion in the third quarter, up from $3.69 billion a year earlier`:
                    // the quarter the article named, a year before.
                    if let quarter = lastQuarter, let before = PeriodResolver.yearBefore(quarter) {
                        found.append(Found(token: k, period: before))
                        found[found.count - 1].yearEarlier = true
                    } else if word(k + 1) == "earlier" {
                        found.append(Found(token: k, period: .year(p.year - 1)))
                    }
                // `full-year earnings`, written from April on: the year of writing (before, a
                // full year is as often the one just reported).
                case "-" where word(k - 2) == "full" && p.month >= 4:
                    found.append(Found(token: k, period: .year(p.year)))
                // `by the end of the year`: its last month, not the whole year.
                case "the" where word(k - 2) == "of" && word(k - 3) == "end":
                    found.append(Found(token: k, period: .month(p.year, 12)))
                default: break
                }
            } else if t.kind == .word, let q = PeriodResolver.quarterCode(t.text), let p = published {
                // `Q4`, `Q4 2024`, `fiscal Q2`.
                let fiscal = previous == "fiscal"
                if let y = year(k + 1) {
                    found.append(Found(token: k, period: .quarter(y, q, fiscal: fiscal)))
                    k += 2
                    continue
                }
                if fiscal, let now = fiscalNow {
                    found.append(Found(token: k, period: .quarter(now, q, fiscal: true)))
                } else if !fiscal {
                    let current = (p.month - 1) / 3 + 1
                    found.append(Found(token: k, period: .quarter(q > current ? p.year - 1 : p.year, q)))
                }
            } else if t.lower == "months", word(k - 1) == "three", let quarter = threeMonths(k, word, year) {
                // `the final three months of 2024`, `the three months to June`: a quarter.
                found.append(Found(token: k, period: quarter))
            } else if t.lower == "quarter", let quarter = lastQuarter, previous == "same",
                word(k - 2) == "the",
                let after = PeriodResolver.yearEarlier(k + 1, word)
            {
                // `the same quarter a year earlier`: the quarter the article named, a year before.
                if let before = PeriodResolver.yearBefore(quarter) {
                    found.append(Found(token: k, period: before))
                    // (A base of comparison: `the quarter` after it is still the one named.)
                    found[found.count - 1].yearEarlier = true
                }
                k = after
                continue
            } else if t.lower == "quarter", let quarter = lastQuarter, previous == "the",
                !["of", "-"].contains(word(k + 1))
            {
                // `in the quarter`: the quarter the article just named.
                found.append(Found(token: k, period: quarter))
            } else if t.lower == "year-end", let p = published {
                found.append(Found(token: k, period: .year(p.year)))
            } else if t.has(.ordinal), let q = CalendarWords.ordinals[t.lower],
                word(k + 1) == "quarter" || word(k + 2) == "quarter",
                let p = published
            {
                let fiscal = previous == "fiscal" || word(k - 2) == "fiscal"
                // `the first quarter of fiscal 2025`: one fiscal quarter, not the fiscal year.
                let q1 = word(k + 1) == "quarter" ? k + 1 : k + 2
                let yearAt = word(q1 + 3) == "year" ? q1 + 4 : q1 + 3
                if word(q1 + 1) == "of", word(q1 + 2) == "fiscal", let y = year(yearAt) {
                    found.append(Found(token: k, period: .quarter(y, q, fiscal: true)))
                    k = yearAt + 1
                    continue
                }
                // `the first quarter of 2024`, `the first quarter of next year`, `first quarter 2024`.
                if !fiscal {
                    if word(q1 + 1) == "of", let y = year(q1 + 2) {
                        found.append(Found(token: k, period: .quarter(y, q)))
                        k = q1 + 3
                        continue
                    }
                    if word(q1 + 1) == "of", word(q1 + 3) == "year",
                        let offset = PeriodResolver.relativeYears[word(q1 + 2)]
                    {
                        found.append(Found(token: k, period: .quarter(p.year + offset, q)))
                        k = q1 + 4
                        continue
                    }
                    if let y = year(q1 + 1) {
                        found.append(Found(token: k, period: .quarter(y, q)))
                        k = q1 + 2
                        continue
                    }
                }
                if fiscal, let now = fiscalNow {
                    found.append(Found(token: k, period: .quarter(now, q, fiscal: true)))
                } else {
                    let current = (p.month - 1) / 3 + 1
                    found.append(Found(token: k, period: .quarter(q > current ? p.year - 1 : p.year, q)))
                }
            } else if t.kind == .word, t.isCapitalized, t.has(.month), let m = CalendarWords.months[t.lower],
                !CalendarWords.ambiguousMonths.contains(t.lower) || t.characterCount > 3 || word(k + 1) == "."
            {
                // `the January-March quarter`: the quarter those months make up.
                if word(k + 1) == "-", k + 2 < range.upperBound, let last = CalendarWords.months[word(k + 2)],
                    last == m + 2, m % 3 == 1, word(k + 3) == "quarter" || word(k + 3) == "period",
                    let p = published
                {
                    let q = (m - 1) / 3 + 1
                    let current = (p.month - 1) / 3 + 1
                    let y = year(k + 4) ?? (q > current ? p.year - 1 : p.year)
                    found.append(Found(token: k, period: .quarter(y, q)))
                    k += 4
                    continue
                }
                var day: Int?
                var y: Int?
                var j = k + 1
                if word(j) == "." { j += 1 }
                if j < range.upperBound, tokens[j].kind == .number, tokens[j].value >= 1,
                    tokens[j].value <= 31,
                    tokens[j].decimals == 0
                {
                    day = Int(tokens[j].value)
                    j += 1
                    if word(j) == "," { j += 1 }
                }
                if let yy = year(j) { y = yy }
                if day == nil, k - 1 >= range.lowerBound, tokens[k - 1].kind == .number,
                    tokens[k - 1].value >= 1,
                    tokens[k - 1].value <= 31
                {
                    day = Int(tokens[k - 1].value)
                }
                if let p = published ?? y.flatMap({ Day(year: $0, month: 12, day: 31) }) {
                    var resolvedYear =
                        y ?? ((m > p.month || (m == p.month && (day ?? 1) > p.day)) ? p.year - 1 : p.year)
                    // `the quarter ending April 27`, written on April 15: a day in the coming month
                    // is this year's.
                    if y == nil, let d = day, let ahead = Day(year: p.year, month: m, day: d),
                        ahead.ordinal > p.ordinal, ahead.ordinal - p.ordinal <= 31
                    {
                        resolvedYear = p.year
                    }
                    // `payable on March 3`, `due on June 1`: a day to come.
                    if y == nil,
                        (max(range.lowerBound, k - 3)..<k).contains(where: {
                            PeriodResolver.comingDayWords.contains(tokens[$0].lower)
                        })
                    {
                        let thisYear = Day(year: p.year, month: m, day: day ?? 1).map {
                            $0.ordinal >= p.ordinal
                        }
                        resolvedYear = thisYear ?? true ? p.year : p.year + 1
                    }
                    if let d = day, let date = Day(year: resolvedYear, month: m, day: d) {
                        found.append(
                            Found(
                                token: k, period: .day(date),
                                statement: PeriodResolver.datesAStatement(tokens, k, range)))
                    } else {
                        found.append(Found(token: k, period: .month(resolvedYear, m)))
                    }
                }
            } else if t.kind == .word, t.isCapitalized, t.has(.weekday),
                let w = CalendarWords.weekdays[t.lower],
                let p = published
            {
                let back = (p.weekday - w + 7) % 7
                found.append(
                    Found(
                        token: k, period: .day(p.adding(days: -back)),
                        statement: PeriodResolver.datesAStatement(tokens, k, range), weekday: true))
            }
            k += 1
        }
        for index in found.indices {
            let t = found[index].token
            // One scan back: the nearest comparison word within twelve words, and whether one
            // stands within six.
            var nearest: Int?
            var k = t - 1
            while k >= max(range.lowerBound, t - 12) {
                // (The table is the word class: a bit test per token.)
                if tokens[k].kind == .word, tokens[k].has(.comparisonWord) {
                    nearest = k
                    break
                }
                k -= 1
            }
            found[index].comparisonWord = nearest
            found[index].comparison = nearest.map { $0 >= t - 6 } ?? false
        }
        return found
    }

    /// The index after `a year earlier`, `a year ago`, `last year`, `of last year`, `the previous
    /// year` starting at `k`; nil if none starts there.
    static func yearEarlier(_ k: Int, _ word: (Int) -> String) -> Int? {
        var k = k
        if word(k) == "of" { k += 1 }
        if word(k) == "a", word(k + 1) == "year", ["earlier", "ago", "before"].contains(word(k + 2)) {
            return k + 3
        }
        if ["last", "previous", "prior"].contains(word(k)), word(k + 1) == "year" { return k + 2 }
        if word(k) == "the", ["previous", "prior"].contains(word(k + 1)), word(k + 2) == "year" {
            return k + 3
        }
        return nil
    }

    /// The same quarter or half of the year before (`2024-Q4` -> `2023-Q4`).
    static func yearBefore(_ period: Period) -> Period? {
        guard let (year, fiscal) = period.year else { return nil }
        let raw = period.rawValue
        return Period((fiscal ? "FY" : "") + String(year - 1) + raw.dropFirst(fiscal ? 6 : 4))
    }

    /// Where the word comparing the figure at `figure` stands (`up from 1.1 million`, `than $4
    /// billion`), if one stands right before it and a period follows the figure with no other
    /// figure between (`up from 1%, but only 1.4% next year`: that period is the other's).
    static func comparedAt(_ figure: Range<Int>, found: [Found], tokens: [Token], sentence: Range<Int>)
        -> Int?
    {
        guard
            let after = found.first(where: { $0.token >= figure.upperBound }),
            !tokens[figure.upperBound..<after.token].contains(where: { $0.kind == .number })
        else { return nil }
        var k = figure.lowerBound - 1
        if k > sentence.lowerBound, ["the", "a", "an", "its", "their"].contains(tokens[k].lower) { k -= 1 }
        guard k > sentence.lowerBound,
            ["from", "than", "versus", "vs"].contains(tokens[k].lower)
                || (tokens[k].lower == "with" && tokens[k - 1].lower == "compared")
        else { return nil }
        return k
    }

    /// The last quarter `found` names as the period it is about (not one a year earlier): what
    /// `the quarter` after it refers to.
    static func quarterNamed(in found: some BidirectionalCollection<Found>) -> Period? {
        found.last(where: { $0.period.isQuarter && !$0.yearEarlier })?.period
    }

    /// The quarter of `Q1` ... `Q4`.
    static func quarterCode(_ text: String) -> Int? {
        let bytes = text.utf8
        guard bytes.count == 2, bytes.first == 0x51, let digit = bytes.last, (0x31...0x34).contains(digit)
        else { return nil }
        return Int(digit - 0x30)
    }

    /// The quarter of `three months` at `k`: `the first three months of 2024` (Q1), `the final` or
    /// `last three months of 2024` (Q4), `the three months to June` (the quarter ending then).
    private func threeMonths(_ k: Int, _ word: (Int) -> String, _ year: (Int) -> Int?) -> Period? {
        if word(k + 1) == "of", let y = year(k + 2) {
            switch word(k - 2) {
            case "first": return .quarter(y, 1)
            case "final", "last": return .quarter(y, 4)
            default: return nil
            }
        }
        guard ["to", "through", "ended", "ending"].contains(word(k + 1)),
            let m = CalendarWords.months[word(k + 2)], m % 3 == 0
        else { return nil }
        if let y = year(k + 3) { return .quarter(y, m / 3) }
        guard let p = published else { return nil }
        return .quarter(m > p.month ? p.year - 1 : p.year, m / 3)
    }

    /// The period nearest to the figure at `anchor`, preferring the figure's own clause.
    static func nearest(
        _ found: [Found], to anchor: Int, asOfStatement: Bool = true, datedByWeekday: Bool = true,
        isChange: Bool = false, comparedAt: Int? = nil
    ) -> Period? {
        // A count is as of the day it was given: `killing at least 61 people, the institute said
        // on Sunday` counts as of Sunday, not the Saturday of the quake, when the sentence dates
        // nothing but days.
        if asOfStatement, let said = found.last(where: \.statement),
            found.allSatisfy({ $0.period.isDay })
        {
            return said.period
        }
        var best: (Int, Period)?
        for f in found
        where (asOfStatement || !f.statement) && (datedByWeekday || !f.weekday)
            // (The base compared with takes the comparison's period: `from 3.6% in February`.)
            && !(isChange && comparedAt == nil && f.comparison && f.token > anchor)
            && !(f.token > anchor && (f.comparisonWord ?? anchor) > anchor)
        {
            // A period before the figure is one word farther than the same gap after it, and
            // wins no tie: `96,400 at the end of June, down from 99,500 at the end of March`.
            var distance = f.token >= anchor ? 2 * (f.token - anchor) : 2 * (anchor - f.token) + 3
            // `1.2 million in the quarter, up from 1.1 million in the same quarter a year
            // earlier`: a period before the word comparing the figure dates what it is compared
            // with, and only dates the figure when nothing after does.
            if let comparedAt, f.token < comparedAt { distance += 40 }
            if best == nil || distance < best!.0 { best = (distance, f.period) }
        }
        return best?.1
    }
}
