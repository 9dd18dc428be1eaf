import ClaimModel

/// A figure of a sentence and the mention it became, for the rules that read a sentence's
/// figures together (`ChangeEnds`, `Estimates`).
struct SentenceFigure {
    var range: Range<Int>
    var mention: Int
    var kind: QuantityMatch.Kind
    var perShare: Bool
    /// Stated as what analysts or economists expected (`Estimates.isThirdPartyEstimate`).
    var estimate: Bool
    /// Listed under a name after `and` or a comma (`Apple €500mn and Meta €200mn`): the same
    /// measure as the figure before it.
    var listed = false
}

/// The figures of one sentence read together, after each was named alone: a figure listed
/// under a name (`and Meta €200mn`) measures what the figure before it does, the start of a
/// change says what it measures through the figure it changed to, and a figure restated per
/// share (`$1.05 billion, or 70 cents per share`) is what the figure before it is, per share.
enum ChangeEnds {
    typealias Figure = SentenceFigure

    static let previousPrefix = "previous "

    /// Names a change's start point only vaguely: the fallbacks of `MeasureNamer` when no cue
    /// stood near (`from $1.05 billion` is an `amount`, `down from the 1.8% it forecast` a
    /// `share`).
    static let vagueMeasures: Set<String> = [
        "amount", "share", "count", "duration", "price per share", "number", "figure", "total", "level",
    ]

    /// Renames the sentence's mentions in place.
    static func relate(_ figures: [Figure], mentions: inout [Mention], tokens: [Token]) {
        guard figures.count > 1 else { return }
        for i in figures.indices.dropFirst() where figures[i].listed {
            if let before = figures[..<i].last(where: { $0.kind == figures[i].kind }) {
                mentions[figures[i].mention].measure = mentions[before.mention].measure
            }
        }
        // `to 74.2 million tons from 79.5 million`, `to $5 billion from 4.5 billion`: a bare start
        // point is in the unit or the currency of the figure it changed to.
        for (i, figure) in figures.enumerated() where figure.kind == .count {
            let measure = mentions[figure.mention].measure
            guard measure.hasPrefix(previousPrefix),
                let reached = figures[..<i].last, reached.kind == .physical || reached.kind == .money,
                let unit = mentions[reached.mention].quantity.values.first?.unit,
                mentions[figure.mention].quantity.values.allSatisfy({ $0.unit == .count })
            else { continue }
            let restated = { (v: Value) in Value(amount: v.amount, unit: unit, resolution: v.resolution) }
            mentions[figure.mention].quantity.values = mentions[figure.mention].quantity.values.map(restated)
            mentions[figure.mention].quantity.upper = mentions[figure.mention].quantity.upper.map(restated)
            if vagueMeasures.contains(String(measure.dropFirst(previousPrefix.count))) {
                mentions[figure.mention].measure = previousPrefix + mentions[reached.mention].measure
            }
        }
        for (i, figure) in figures.enumerated() {
            let measure = mentions[figure.mention].measure
            guard measure.hasPrefix(previousPrefix),
                let partner = partner(of: i, in: figures, mentions: mentions, tokens: tokens)
            else { continue }
            let base = String(measure.dropFirst(previousPrefix.count))
            let named = vagueMeasures.contains(base) ? mentions[figures[partner].mention].measure : base
            // `$83bn last year, up from $48bn in 2023`: a start point dated apart from the figure it
            // changed to is that period's figure, no `previous` one (a count's date is only the
            // day it was given).
            if figure.kind != .count, let own = mentions[figure.mention].period,
                let other = mentions[figures[partner].mention].period, own != other
            {
                mentions[figure.mention].measure = named
            } else {
                mentions[figure.mention].measure = previousPrefix + named
            }
        }
        for i in figures.indices.dropFirst() {
            let before = figures[i - 1]
            let after = figures[i]
            guard after.kind == .money, after.perShare, before.kind == .money, !before.perShare,
                restates(from: before.range.upperBound, to: after.range.lowerBound, tokens: tokens)
            else { continue }
            let stated = mentions[before.mention].measure
            let isPrevious = stated.hasPrefix(previousPrefix)
            let base = isPrevious ? String(stated.dropFirst(previousPrefix.count)) : stated
            guard MeasureNamer.earningsMeasures.contains(base) else { continue }
            mentions[after.mention].measure = (isPrevious ? previousPrefix : "") + "earnings per share"
        }
    }

    /// The figure a change's start point changed to: one of the same kind and per-share reading
    /// that is no start point; the one after `to` first, then one that is no change itself
    /// (`rose 1% to $11.7 billion from $11.6 billion`), then the nearest (`growth of 1.1%, down
    /// from the 1.8% it forecast`).
    static func partner(of i: Int, in figures: [Figure], mentions: [Mention], tokens: [Token]) -> Int? {
        let figure = figures[i]
        var best: (index: Int, rank: (Int, Int, Int, Int))?
        for (j, other) in figures.enumerated() where j != i {
            guard other.kind == figure.kind, other.perShare == figure.perShare else { continue }
            let measure = mentions[other.mention].measure
            guard !measure.hasPrefix(previousPrefix) else { continue }
            let afterTo = other.range.lowerBound > 0 && tokens[other.range.lowerBound - 1].lower == "to"
            let distance =
                other.range.lowerBound > figure.range.lowerBound
                ? other.range.lowerBound - figure.range.upperBound
                : figure.range.lowerBound - other.range.upperBound
            // A percentage's other end may be a rate of growth (`growth of 1.5% this year, up
            // from 1%`): only a sum's or a count's must not be a change.
            let changeRank = figure.kind != .percent && isChange(measure) ? 1 : 0
            // `up from 1%` looks back to the figure before it.
            let before = other.range.lowerBound < figure.range.lowerBound ? 0 : 1
            let rank = (afterTo ? 0 : 1, changeRank, before, distance)
            if let current = best, current.rank <= rank { continue }
            best = (j, rank)
        }
        return best?.index
    }

    /// A measure that is itself a change (`revenue growth`, `interest rate decline`).
    static func isChange(_ measure: String) -> Bool {
        measure == "growth" || measure == "decline" || measure.hasSuffix(" growth")
            || measure.hasSuffix(" decline") || measure == "share price move"
    }

    /// `, or` (or `or`) alone between two figures: the second restates the first.
    static func restates(from end: Int, to start: Int, tokens: [Token]) -> Bool {
        switch start - end {
        case 1: return tokens[end].lower == "or"
        case 2: return tokens[end].isSymbol(",") && tokens[end + 1].lower == "or"
        default: return false
        }
    }
}
