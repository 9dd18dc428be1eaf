import ClaimModel

/// The interval a stated figure allows, per unit: what "$20 billion", "over $20 billion" and
/// "about 75 million" can each mean given their bound and the precision they were stated with.
struct ValueRange: Sendable, Hashable {
    var unit: Int32
    var low: Double
    var high: Double

    /// Ranges that share more than an edge: "about 1GW" ends where "2GW" starts, at 1.5GW,
    /// and the two are different figures. Identical ranges (a zero-width zero) overlap. Edges
    /// closer than a millionth of the figures count as one edge: resolutions are stored as
    /// `Float`, so 1.1% and 1.2% (each ± 0.05) would otherwise share a sliver at 1.15.
    func overlaps(_ other: ValueRange) -> Bool {
        guard unit == other.unit else { return false }
        if low == other.low && high == other.high { return true }
        let edge = Self.edgeTolerance * max(abs(low), abs(high), abs(other.low), abs(other.high))
        return low < other.high - edge && other.low < high - edge
    }

    /// How close two edges may be, relative to the figures, and still count as one.
    static let edgeTolerance = 1e-6

    /// Tolerance for a figure with no stated precision, relative to its size.
    static let relativeFloor = 0.01
    /// How far "about", "over" and "up to" reach beyond the figure, relative to its size.
    static let boundReach = 0.03
    /// The farthest a bound's half step reaches, relative to the figure.
    static let boundCap = 0.2

    /// The range of one stated value under the mention's bound.
    static func range(of value: CompactValue, upper: ArraySlice<CompactValue>, bound: Bound) -> ValueRange {
        let v = value.amount
        let magnitude = abs(v)
        let resolution = Double(value.resolution)
        let slack = magnitude * relativeFloor
        let floor = max(resolution * 0.5, slack)
        // Half a step of the stated precision: "about 1GW" is not "2GW", "more than 3,000" is
        // not 3,958 (a full step let bounded figures chain a whole timeline of tolls together).
        // At one significant digit half a step is half the figure: "about 1 million" is not
        // "more than 500,000", so a bound reaches at most a fifth of the figure.
        let reach = max(min(resolution * 0.5, magnitude * boundCap), magnitude * boundReach)
        switch bound {
        case .exact:
            // Headlines truncate ("$20 billion" for $20.64 billion): a full step above. A figure
            // stated to the unit (8 goals, 3,958 deaths) is a count, never a truncation.
            let above = resolution > 1 ? max(resolution, floor) : floor
            return ValueRange(unit: value.unit, low: v - floor, high: v + above)
        case .approx:
            return ValueRange(unit: value.unit, low: v - reach, high: v + reach)
        case .atLeast:
            // "More than X" is not below X: only float slack under it.
            return ValueRange(unit: value.unit, low: v - slack, high: v + reach)
        case .atMost:
            return ValueRange(unit: value.unit, low: v - reach, high: v + slack)
        case .range:
            var top = v
            for candidate in upper where candidate.unit == value.unit {
                top = candidate.amount
                break
            }
            let pad = max(resolution, max(abs(top), magnitude) * relativeFloor)
            return ValueRange(unit: value.unit, low: min(v, top) - pad, high: max(v, top) + pad)
        }
    }

    /// The figure itself, without its bound: what it rounds from at the precision stated, but
    /// never more than 5% either way ("about half" is stated to the nearest 50 percent, and
    /// is still not 30% or 60%).
    static func stated(_ value: CompactValue) -> ValueRange {
        let magnitude = abs(value.amount)
        let pad = max(min(Double(value.resolution) * 0.5, magnitude * 0.05), magnitude * relativeFloor)
        return ValueRange(unit: value.unit, low: value.amount - pad, high: value.amount + pad)
    }

    static func anyOverlap(_ a: [ValueRange], _ b: [ValueRange]) -> Bool {
        for x in a { for y in b where x.overlaps(y) { return true } }
        return false
    }

    static func shareUnit(_ a: [ValueRange], _ b: [ValueRange]) -> Bool {
        for x in a { for y in b where x.unit == y.unit { return true } }
        return false
    }
}

/// A value as the graph stores it: 16 bytes instead of a `Value` with a heap string.
struct CompactValue: Sendable, Hashable {
    var amount: Double
    var resolution: Float
    var unit: Int32
}
