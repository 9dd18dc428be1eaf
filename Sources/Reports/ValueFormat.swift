import ClaimModel

/// Human spellings of normalised values, as a reader expects them:
/// `$20.64bn`, `150bn CNY`, `75m users`, `60%`, `about €4.2bn ($4.6bn)`.
public enum ValueFormat {
    /// Currencies written with a symbol in front; every other code follows the number (`150bn CNY`).
    public static let currencySymbols: [QuantityUnit: String] = [
        "USD": "$", "EUR": "€", "GBP": "£", "AUD": "A$", "CAD": "C$", "HKD": "HK$", "NZD": "NZ$",
        "SGD": "S$",
    ]

    /// One value with its unit: `$20.64bn`, `150bn CNY`, `75m users`, `60%`, `38,000`.
    public static func value(_ value: Value) -> String {
        let sign = value.amount < 0 ? "-" : ""
        let magnitude = abs(value.amount)
        let unit = value.unit
        if unit == .percent {
            return sign + plainNumber(magnitude, resolution: value.resolution) + "%"
        }
        let number = scaledNumber(magnitude, resolution: value.resolution)
        if let symbol = currencySymbols[unit] { return sign + symbol + number }
        if unit == .count { return sign + number }
        if unit == .days || unit == .years {
            let word = unit == .days ? "day" : "year"
            return sign + number + " " + (magnitude == 1 ? word : word + "s")
        }
        return sign + number + " " + unit.rawValue
    }

    /// A quantity as a sentence states it: the bound, the stated value, then its equivalents in
    /// parentheses (`over $20.64bn (150bn CNY)`, `€3.4bn–€3.6bn`).
    public static func quantity(values: [Value], bound: Bound, upper: [Value] = []) -> String {
        guard !values.isEmpty else { return "no figure" }
        func spelled(_ index: Int) -> String {
            let low = value(values[index])
            if bound == .range, index < upper.count { return low + "–" + value(upper[index]) }
            return low
        }
        var text = prefix(for: bound) + spelled(0)
        if values.count > 1 {
            text += " (" + (1..<values.count).map(spelled).joined(separator: ", ") + ")"
        }
        return text
    }

    public static func quantity(_ quantity: Quantity) -> String {
        self.quantity(values: quantity.values, bound: quantity.bound, upper: quantity.upper)
    }

    /// A canonical claim's figure with its bound and equivalents.
    public static func figure(of claim: ClaimRecord) -> String {
        quantity(values: claim.values, bound: claim.bound, upper: claim.upper)
    }

    /// The words a bound adds before a figure.
    public static func prefix(for bound: Bound) -> String {
        switch bound {
        case .exact, .range: return ""
        case .approx: return "about "
        case .atLeast: return "over "
        case .atMost: return "up to "
        }
    }

    /// A day as a reader writes it: `22 Jan 2025`.
    public static func day(_ day: Day) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// A span of days: `22 Jan 2025`, `11–27 Mar 2025`, `30 Jan – 2 Feb 2025`.
    public static func days(from first: Day?, to last: Day?) -> String {
        switch (first, last) {
        case (nil, nil): return ""
        case (let day?, nil), (nil, let day?): return self.day(day)
        case (let a?, let b?):
            if a == b { return day(a) }
            if a.year == b.year && a.month == b.month {
                return "\(a.day)–" + day(b)
            }
            return day(a) + " – " + day(b)
        }
    }

    /// `20.64bn`, `150bn`, `75m`, `38,000`, `4.8`: the magnitude in words a newsroom uses.
    static func scaledNumber(_ magnitude: Double, resolution: Double) -> String {
        let scales: [(Double, String)] = [(1e12, "tn"), (1e9, "bn"), (1e6, "m")]
        for (scale, suffix) in scales where magnitude >= scale * 0.9995 {
            return decimal(magnitude / scale, decimals: decimals(scale: scale, resolution: resolution))
                + suffix
        }
        return plainNumber(magnitude, resolution: resolution)
    }

    /// A number with thousands grouped and as many decimals as were stated (at most two).
    static func plainNumber(_ magnitude: Double, resolution: Double) -> String {
        decimal(magnitude, decimals: decimals(scale: 1, resolution: resolution))
    }

    /// Decimals that show a figure to the precision it was stated with; when the precision is
    /// unknown (0), up to two, without trailing zeros.
    private static func decimals(scale: Double, resolution: Double) -> Int? {
        guard resolution > 0 else { return nil }
        var digits = 0
        var step = scale
        while step > resolution * 1.5 && digits < 3 {
            step /= 10
            digits += 1
        }
        return digits
    }

    /// Fixed-point spelling with grouped thousands, without Foundation.
    static func decimal(_ x: Double, decimals: Int?) -> String {
        let places = decimals ?? 2
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        let scaled = (x * factor).rounded()
        guard scaled.isFinite, scaled < 9e15 else { return String(x) }
        let units = Int64(scaled)
        let whole = units / Int64(factor)
        var fraction = places == 0 ? "" : String(units % Int64(factor))
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        if decimals == nil {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let grouped = grouping(whole)
        return fraction.isEmpty ? grouped : grouped + "." + fraction
    }

    private static func grouping(_ n: Int64) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
