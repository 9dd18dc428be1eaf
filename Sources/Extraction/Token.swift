/// A word, number or symbol of an article, with its UTF-8 byte range in the text as sent.
struct Token {
    enum Kind {
        case word
        case number
        case symbol
    }

    var kind: Kind
    /// For a symbol of one ASCII byte: that byte (`isSymbol` compares it instead of `text`);
    /// 0 otherwise.
    var symbolByte: UInt8 = 0
    /// A dotted abbreviation (`U.S.`): the only words that end with `.` (set by the tokenizer).
    var isDotted = false
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

    /// The word starts with an upper-case letter (set by the tokenizer).
    var isCapitalized = false
    /// Every letter of the word is upper-case (set by the tokenizer).
    var isAllCaps = false
    /// The gazetteer tables `lower` belongs to (set by the tokenizer).
    var classes: WordClass = []

    /// `lower` is in the table of class `c` (one class at a time).
    func has(_ c: WordClass) -> Bool { classes.rawValue & c.rawValue != 0 }

    static func capitalization(of text: String) -> (capitalized: Bool, allCaps: Bool) {
        var first = true
        var capitalized = false
        var allCaps = true
        var letters = 0
        for scalar in text.unicodeScalars {
            let upper: Bool
            let letter: Bool
            if scalar.value < 128 {
                upper = scalar.value >= 65 && scalar.value <= 90
                letter = upper || (scalar.value >= 97 && scalar.value <= 122)
            } else {
                letter = scalar.properties.isAlphabetic
                upper = letter && scalar.properties.isUppercase
            }
            if first {
                capitalized = upper
                first = false
            }
            if letter {
                letters += 1
                if !upper { allCaps = false }
            }
        }
        return (capitalized, allCaps && letters > 0)
    }

    /// `text.count` (set by the tokenizer, which knows an ASCII token's count without grapheme
    /// breaking).
    var characterCount = 0

    /// `text.count`; for ASCII text without a carriage return (every character one byte) without
    /// grapheme breaking.
    static func characterCount(of text: String) -> Int {
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0D { return text.count }
        return text.utf8.count
    }

    /// The token is the symbol `s`. An ASCII symbol against an ASCII `s` compares bytes (a one-
    /// byte string equals only itself); other pairs compare `text`, whose equality also joins
    /// canonically equivalent spellings.
    @inline(__always) func isSymbol(_ s: Unicode.Scalar) -> Bool {
        guard kind == .symbol else { return false }
        if symbolByte != 0, s.isASCII { return UInt32(symbolByte) == s.value }
        return text == String(s)
    }
}
