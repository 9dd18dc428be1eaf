import ClaimModel

/// A period as a span of days, for deciding whether two figures are about the same time.
/// Fiscal years are treated as the calendar year of the same number: outlets mix the two
/// for one figure, and without the company's fiscal calendar nothing finer is known.
struct PeriodSpan: Sendable, Hashable {
    var first: Int32
    var last: Int32
    var isDay: Bool
    /// Which part of a fiscal year a fiscal quarter (1-4) or half (5-6) is; 0 otherwise. The
    /// span of a fiscal part is its whole year (the fiscal calendar is unknown), but a quarter
    /// is not its year, nor another quarter of it.
    var fiscalPart: Int8 = 0

    /// Periods this many days apart or closer can be about one figure: outlets date a figure
    /// by when it was said as often as by what it covers.
    static let gapDays: Int32 = 45

    /// The publication day of an undated figure: one day, but not a stated date, so it gets no
    /// day's allowance against a year (`isDay` false).
    init(publishedOn day: Int32) {
        first = day
        last = day
        isDay = false
    }

    init?(_ period: Period) {
        let raw = period.rawValue
        let body = raw.hasPrefix("FY") ? String(raw.dropFirst(2)) : raw
        let parts = body.split(separator: "-")
        guard let first = parts.first, let year = Int(first) else { return nil }
        func span(_ a: Day?, _ b: Day?) -> (Int32, Int32)? {
            guard let a, let b else { return nil }
            return (Int32(a.ordinal), Int32(b.ordinal))
        }
        var result: (Int32, Int32)?
        var isDay = false
        if parts.count == 1 {
            result = span(Day(year: year, month: 1, day: 1), Day(year: year, month: 12, day: 31))
        } else if parts.count == 2, let q = parts[1].first, q == "Q" || q == "H" {
            if raw.hasPrefix("FY") {
                result = span(Day(year: year, month: 1, day: 1), Day(year: year, month: 12, day: 31))
                if let n = Int8(parts[1].dropFirst()) { fiscalPart = q == "Q" ? n : 4 + n }
            } else if let n = Int(parts[1].dropFirst()) {
                let months = q == "Q" ? 3 : 6
                let startMonth = (n - 1) * months + 1
                let endMonth = startMonth + months - 1
                result = span(
                    Day(year: year, month: startMonth, day: 1),
                    Day(year: year, month: endMonth, day: Day.daysIn(month: endMonth, year: year)))
            }
        } else if parts.count == 2, let month = Int(parts[1]) {
            result = span(
                Day(year: year, month: month, day: 1),
                Day(year: year, month: month, day: Day.daysIn(month: month, year: year)))
        } else if parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]) {
            result = span(Day(year: year, month: month, day: day), Day(year: year, month: month, day: day))
            isDay = true
        }
        guard let result else { return nil }
        self.first = result.0
        self.last = result.1
        self.isDay = isDay
    }

    /// True when figures stated for the two periods can be about the same thing.
    /// Spans up to a quarter long get the `gapDays` allowance; years must overlap.
    static let shortSpanDays: Int32 = 92
    /// The longest month, less a day (a span's `last - first`).
    static let monthDays: Int32 = 30

    /// A single day is most often when a figure was said ("on Friday"), not what it covers: it
    /// gets the allowance against a span of any length ("guided for last year", said on 24
    /// January, is about the year before).
    ///
    /// With `adjacentShortSpans`, one short span (a month, a quarter) next to a longer one gets
    /// the allowance too: used for merging figures, never for making them compete.
    /// A month, quarter or half and a longer period holding it (`2025-Q1` in `2025`): a part and
    /// the whole, whose figures differ by nature (a quarter's revenue is not the year's).
    func isPartAndWhole(with other: PeriodSpan) -> Bool {
        guard !isDay, !other.isDay, last - first >= Self.monthDays - 3,
            other.last - other.first >= Self.monthDays - 3,
            first != other.first || last != other.last
        else { return false }
        return (first <= other.first && other.last <= last) || (other.first <= first && last <= other.last)
    }

    func isCompatible(with other: PeriodSpan, adjacentShortSpans: Bool = false) -> Bool {
        // A fiscal quarter and its year (or another quarter of it): a part, not the whole.
        if fiscalPart != other.fiscalPart, fiscalPart != 0 || other.fiscalPart != 0, first == other.first,
            last == other.last
        {
            return false
        }
        let xShort = last - first <= Self.shortSpanDays
        let yShort = other.last - other.first <= Self.shortSpanDays
        // Two stated quarters (Q2 against Q3's guidance) are reporting periods, never the day a
        // figure was said: they must overlap.
        if xShort, yShort, last - first > Self.monthDays, other.last - other.first > Self.monthDays {
            return first <= other.last && other.first <= last
        }
        let short = adjacentShortSpans ? xShort || yShort : xShort && yShort
        let gap = short || isDay || other.isDay ? Self.gapDays : 0
        return first <= other.last + gap && other.first <= last + gap
    }
}
