/// What time a figure is about, in one canonical spelling:
/// `2025`, `FY2025`, `FY2025-Q1`, `2024-Q4`, `2025-H1`, `2024-12`, `2024-12-05`.
public struct Period: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts only the canonical spellings above.
    public init?(_ rawValue: String) {
        guard Period.isCanonical(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public static func year(_ year: Int) -> Period { Period(unchecked: String(year)) }
    public static func fiscalYear(_ year: Int) -> Period { Period(unchecked: "FY\(year)") }
    public static func month(_ year: Int, _ month: Int) -> Period {
        Period(unchecked: "\(year)-\(month < 10 ? "0" : "")\(month)")
    }
    public static func day(_ day: Day) -> Period { Period(unchecked: day.iso) }
    public static func quarter(_ year: Int, _ quarter: Int, fiscal: Bool = false) -> Period {
        Period(unchecked: "\(fiscal ? "FY" : "")\(year)-Q\(quarter)")
    }
    public static func half(_ year: Int, _ half: Int, fiscal: Bool = false) -> Period {
        Period(unchecked: "\(fiscal ? "FY" : "")\(year)-H\(half)")
    }

    private init(unchecked: String) { self.rawValue = unchecked }

    public var description: String { rawValue }

    /// The calendar or fiscal year the period falls in, with whether it is fiscal.
    public var year: (year: Int, fiscal: Bool)? {
        let fiscal = rawValue.hasPrefix("FY")
        let body = fiscal ? rawValue.dropFirst(2) : Substring(rawValue)
        guard let y = Int(body.prefix(4)) else { return nil }
        return (y, fiscal)
    }

    /// Whether the period is a quarter (`2024-Q4`, `FY2025-Q1`).
    public var isQuarter: Bool { rawValue.utf8.dropLast().last == UInt8(ascii: "Q") }

    /// Whether the period is one day (`2024-12-05`).
    public var isDay: Bool { rawValue.utf8.count == 10 }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.rawValue < rhs.rawValue }

    static func isCanonical(_ s: String) -> Bool {
        var copy = s
        // Read in place: a native string's bytes are contiguous (this is checked for every
        // period of every claim record a query builds).
        return copy.withUTF8 { bytes in
            let body = bytes.starts(with: "FY".utf8) ? UnsafeBufferPointer(rebasing: bytes[2...]) : bytes
            return isCanonicalBody(body)
        }
    }

    private static func isCanonicalBody(_ chars: UnsafeBufferPointer<UInt8>) -> Bool {
        func digits(_ r: Range<Int>) -> Bool {
            r.upperBound <= chars.count && chars[r].allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        guard digits(0..<4) else { return false }
        if chars.count == 4 { return true }
        guard chars.count >= 6, chars[4] == UInt8(ascii: "-") else { return false }
        if chars.count == 7, chars[5] == UInt8(ascii: "Q") { return (49...52).contains(chars[6]) }
        if chars.count == 7, chars[5] == UInt8(ascii: "H") { return (49...50).contains(chars[6]) }
        if chars.count == 7, digits(5..<7) { return true }
        if chars.count == 10, digits(5..<7), chars[7] == UInt8(ascii: "-"), digits(8..<10) {
            return true
        }
        return false
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard Period.isCanonical(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a period: \(text)")
        }
        self.rawValue = text
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
