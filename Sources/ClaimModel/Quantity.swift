/// The unit of a normalised value: an ISO 4217 code for money (`USD`, `CNY`), or a plain unit
/// (`count`, `users`, `percent`, `days`, `years`, `GW`, ...).
public struct QuantityUnit: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// True for three upper-case letters: an ISO 4217 currency code.
    public var isCurrency: Bool {
        rawValue.utf8.count == 3 && rawValue.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    public static let count: QuantityUnit = "count"
    public static let users: QuantityUnit = "users"
    public static let percent: QuantityUnit = "percent"
    /// Basis points, a hundredth of a percentage point.
    public static let basisPoints: QuantityUnit = "bps"
    public static let days: QuantityUnit = "days"
    public static let years: QuantityUnit = "years"
    public static let usd: QuantityUnit = "USD"

    public static func < (lhs: QuantityUnit, rhs: QuantityUnit) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// One normalised value: money in whole units of its currency (150e9 CNY, not "150 billion").
public struct Value: Hashable, Sendable, Codable {
    public var amount: Double
    public var unit: QuantityUnit
    /// The place value of the last digit as stated: `$20.64 billion` → 1e7, `$20 billion` → 1e9,
    /// `230,000` → 1e3. Lets the graph tell `$20bn` from `$20.64bn` as a rounding, not a conflict.
    public var resolution: Double

    public init(amount: Double, unit: QuantityUnit, resolution: Double = 0) {
        self.amount = amount
        self.unit = unit
        self.resolution = resolution
    }

    enum CodingKeys: String, CodingKey {
        case amount = "value"
        case unit
        case resolution
    }
}

/// How a figure is bounded in the sentence that states it.
public enum Bound: String, Hashable, Sendable, Codable, CaseIterable {
    /// "$80 billion".
    case exact
    /// "about", "around", "roughly", "nearly".
    case approx
    /// "over", "more than", "at least".
    case atLeast = "at-least"
    /// "up to", "as much as".
    case atMost = "at-most"
    /// "$60-65 billion", "between 60 and 65": `Quantity.values` is the low end, `upper` the high.
    case range
}

/// A stated quantity: the figure and every equivalent the text gives for it
/// (`150 billion yuan ($20.64 billion)` is one quantity with a CNY and a USD value).
public struct Quantity: Hashable, Sendable, Codable {
    /// The stated value first, then its stated equivalents. Never empty.
    public var values: [Value]
    public var bound: Bound
    /// For `.range`: the high end, in the same units as `values`; empty otherwise.
    public var upper: [Value]

    public init(values: [Value], bound: Bound = .exact, upper: [Value] = []) {
        self.values = values
        self.bound = bound
        self.upper = upper
    }
}
