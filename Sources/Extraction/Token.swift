/// A word, number or symbol of an article, with its UTF-8 byte range in the text as sent.
struct Token {
    enum Kind {
        case word
        case number
        case symbol
    }

    var kind: Kind
    var start: Int
    var end: Int
    var text: String
    var lower: String
    /// Whitespace between this token and the previous one.
    var spaceBefore: Bool
    /// A line break between this token and the previous one.
    var newlineBefore: Bool
    /// The word was followed by `'s` (consumed).
    var possessive = false
    /// For numbers: the value as written (`230,000` → 230000).
    var value: Double = 0
    /// For numbers: digits after the decimal point.
    var decimals = 0
    /// For numbers: trailing `,000` groups (a rounding, not stated precision).
    var zeroGroups = 0
    /// For numbers: written with thousands separators.
    var hasGrouping = false

    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters > 0
    }

    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
}
