/// Splits text into tokens on Unicode scalars, keeping UTF-8 byte offsets.
///
/// Letters and digits form separate tokens (`Rmb40bn` → `Rmb` `40` `bn`) except short upper-case
/// codes glued to digits (`H20`, `Q4`, `FY2025`), which stay one word. `'s` after a word is
/// folded into the word's `possessive` flag. Dotted abbreviations (`U.S.`, `a.m.`) are one word.
enum Tokenizer {
    /// Lower-cases ASCII by bytes; other text through the standard library.
    static func lowercase(_ text: String) -> String {
        // One scan over the contiguous UTF-8 (no copy for a native string) instead of the
        // UTF8View iterator: this runs for every name the resolver tests.
        var text = text
        let folded: String?? = text.withUTF8 { utf8 in
            var hasUpper = false
            for b in utf8 {
                if b >= 128 { return nil }
                if b >= 65 && b <= 90 { hasUpper = true }
            }
            if !hasUpper { return .some(nil) }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for i in 0..<utf8.count {
                    let b = utf8[i]
                    buffer[i] = b >= 65 && b <= 90 ? b + 32 : b
                }
                return utf8.count
            }
        }
        switch folded {
        case .none: return text.lowercased()
        case .some(.none): return text
        case .some(.some(let lower)): return lower
        }
    }

    /// A token of ASCII bytes: case, shape and classes in one pass over the bytes, the lower-case
    /// form made only when a byte is upper-case. Nil for other text.
    @inline(__always) private static func asciiToken(
        _ kind: Token.Kind, _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, space: Bool,
        newline: Bool, classes index: PackedWordIndex<WordClass>
    ) -> Token? {
        var upper = 0
        var letters = 0
        var carriageReturn = false
        var low: UInt64 = 0
        var high: UInt64 = 0
        for i in 0..<bytes.count {
            var byte = bytes[i]
            if byte >= 0x80 { return nil }
            if byte == 0x0D { carriageReturn = true }
            if byte >= 65 && byte <= 90 {
                upper += 1
                letters += 1
                if kind == .word { byte += 32 }
            } else if byte >= 97 && byte <= 122 {
                letters += 1
            }
            if i < 8 {
                low |= UInt64(byte) << UInt64(8 * i)
            } else if i < PackedWord.capacity {
                high |= UInt64(byte) << UInt64(8 * (i - 8))
            }
        }
        // A word of the class tables lends its `String` (the lower-case form, and the text when
        // the token has no upper-case letter), a one-byte symbol its interned one: most tokens
        // make no `String`.
        let known =
            bytes.count <= PackedWord.capacity
            ? index.valueAndSpelling(PackedWord(low: low, high: high, count: bytes.count)) : nil
        let text: String
        if let known, kind != .word || upper == 0 {
            text = known.spelling
        } else if kind == .symbol, bytes.count == 1 {
            text = symbolSpellings[Int(bytes[0])]
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        var lower = text
        if kind == .word, upper > 0 {
            if let known {
                lower = known.spelling
            } else {
                lower = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                    for i in 0..<bytes.count {
                        let b = bytes[i]
                        buffer[i] = b >= 65 && b <= 90 ? b + 32 : b
                    }
                    return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
                }
            }
        }
        let isWord = kind == .word && !bytes.isEmpty
        return Token(
            kind: kind, start: start, end: end, text: text, lower: lower, spaceBefore: space,
            newlineBefore: newline, isCapitalized: isWord && bytes[0] >= 65 && bytes[0] <= 90,
            isAllCaps: isWord && letters > 0 && upper == letters,
            classes: bytes.count <= PackedWord.capacity ? known?.value ?? [] : WordClass.of(lower),
            characterCount: carriageReturn ? text.count : bytes.count)
    }

    /// Each ASCII byte as a one-byte `String`, made once (index: the byte).
    static let symbolSpellings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// A token of any text, through the standard library's Unicode tables.
    private static func otherToken(
        _ kind: Token.Kind, _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, space: Bool,
        newline: Bool
    ) -> Token {
        let text = String(decoding: bytes, as: UTF8.self)
        var token = Token(
            kind: kind, start: start, end: end, text: text, lower: kind == .word ? lowercase(text) : text,
            spaceBefore: space, newlineBefore: newline)
        if kind == .word {
            let shape = Token.capitalization(of: text)
            token.isCapitalized = shape.capitalized
            token.isAllCaps = shape.allCaps
        }
        token.classes = WordClass.of(token.lower)
        token.characterCount = Token.characterCount(of: text)
        return token
    }

    /// The token of scalars `from..<to`: the ASCII path when its bytes are ASCII.
    @inline(__always) private static func token(
        _ kind: Token.Kind, _ from: Int, _ to: Int, utf8: UnsafeBufferPointer<UInt8>,
        offsets: UnsafeBufferPointer<Int>, space: Bool, newline: Bool, classes: PackedWordIndex<WordClass>
    ) -> Token {
        let start = offsets[from]
        let end = offsets[to]
        let bytes = UnsafeBufferPointer(rebasing: utf8[start..<end])
        return asciiToken(
            kind, bytes, start: start, end: end, space: space, newline: newline, classes: classes)
            ?? otherToken(kind, bytes, start: start, end: end, space: space, newline: newline)
    }

    static func tokenize(_ text: String) -> [Token] {
        let utf8 = Array(text.utf8)
        // Scalars and their UTF-8 offsets in one pass (no separate count of the scalars).
        var offsets = [Int](repeating: 0, count: utf8.count + 1)
        // Decoded from the bytes (a `String`'s UTF-8 is valid), without the scalar iterator.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
            offsets.withUnsafeMutableBufferPointer { offsets in
                utf8.withUnsafeBufferPointer { bytes in
                    var p = 0
                    var i = 0
                    while p < bytes.count {
                        let b0 = UInt32(bytes[p])
                        var value = b0
                        var width = 1
                        if b0 >= 0xF0, p + 3 < bytes.count {
                            value =
                                (b0 & 0x07) << 18 | UInt32(bytes[p + 1] & 0x3F) << 12
                                | UInt32(bytes[p + 2] & 0x3F) << 6 | UInt32(bytes[p + 3] & 0x3F)
                            width = 4
                        } else if b0 >= 0xE0, p + 2 < bytes.count {
                            value =
                                (b0 & 0x0F) << 12 | UInt32(bytes[p + 1] & 0x3F) << 6
                                | UInt32(bytes[p + 2] & 0x3F)
                            width = 3
                        } else if b0 >= 0x80, p + 1 < bytes.count {
                            value = (b0 & 0x1F) << 6 | UInt32(bytes[p + 1] & 0x3F)
                            width = 2
                        }
                        buffer[i] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        offsets[i] = p
                        p += width
                        i += 1
                    }
                    offsets[i] = p
                    count = i
                }
            }
        }
        offsets.removeLast(offsets.count - scalars.count - 1)
        // Tokens are made whole and appended once; the helpers capture nothing mutable (a
        // captured `var` is boxed and checked for exclusive access at every use).
        return utf8.withUnsafeBufferPointer { utf8 in
            offsets.withUnsafeBufferPointer { offsets in
                scan(scalars, utf8: utf8, offsets: offsets)
            }
        }
    }

    /// Where the capital letter after the digits starting at `j` stands (`4C` in `Care4Calais`),
    /// or nil when no digit starts there or no capital follows the digits.
    /// 10 to the power `n` (`n` ≥ 0), exact up to 10^22.
    static func powersOfTen(_ n: Int) -> Double {
        var power = 1.0
        for _ in 0..<n { power *= 10 }
        return power
    }

    private static func capitalAfterDigits(_ scalars: [Unicode.Scalar], from j: Int) -> Int? {
        var d = j
        while d < scalars.count, isDigit(scalars[d]) { d += 1 }
        guard d > j, d < scalars.count, scalars[d].properties.isUppercase else { return nil }
        return d
    }

    /// A space that may group thousands: a plain space, a no-break or a thin one.
    @inline(__always) private static func isGroupSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{00A0}" || s == "\u{202F}" || s == "\u{2009}"
    }

    /// Exactly three digits after the separator at `j`, and no digit after them.
    private static func isDigitGroup(_ scalars: [Unicode.Scalar], after j: Int) -> Bool {
        j + 3 < scalars.count && isDigit(scalars[j + 1]) && isDigit(scalars[j + 2]) && isDigit(scalars[j + 3])
            && (j + 4 >= scalars.count || !isDigit(scalars[j + 4]))
    }

    /// Whether pairs of digits, each after a comma, then three digits after one follow the comma
    /// at `j`, and no digit after them (`,41,200`, `,00,00,000`).
    private static func isLakhGroups(_ scalars: [Unicode.Scalar], after j: Int) -> Bool {
        var k = j
        var pairs = 0
        while k + 3 < scalars.count, scalars[k] == ",", isDigit(scalars[k + 1]), isDigit(scalars[k + 2]),
            scalars[k + 3] == ","
        {
            pairs += 1
            k += 3
        }
        return pairs > 0 && scalars[k] == "," && isDigitGroup(scalars, after: k)
    }

    /// Whether the digits at `j` read as a sum of money rather than a model's number: a decimal
    /// part, a magnitude glued to them or after a space (`68.4bn`, `5m`, `4 billion`) or a
    /// grouped thousand (`1 500`, `1,500`).
    private static func isMoneyAfterR(_ scalars: [Unicode.Scalar], from j: Int) -> Bool {
        guard j < scalars.count, isDigit(scalars[j]) else { return false }
        var k = j
        while k < scalars.count, isDigit(scalars[k]) { k += 1 }
        guard k < scalars.count else { return false }
        if scalars[k] == ".", k + 1 < scalars.count, isDigit(scalars[k + 1]) { return true }
        if scalars[k] == "," || isGroupSpace(scalars[k]), k - j <= 3, isDigitGroup(scalars, after: k) {
            return true
        }
        // (`R4 billion`: a magnitude word after a space.)
        var start = k
        if scalars[k] == " " { start += 1 }
        var end = start
        while end < scalars.count, isLetter(scalars[end]) { end += 1 }
        if start > k {
            let word = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
            return ["million", "billion", "trillion", "bn", "mn"].contains(word)
        }
        let suffix = String(String.UnicodeScalarView(scalars[k..<end])).lowercased()
        return ["bn", "m", "mn", "million", "billion", "trillion"].contains(suffix)
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 {
            return (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
        }
        return s.properties.isAlphabetic
    }
    @inline(__always) private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 48 && s.value <= 57
    }
    @inline(__always) private static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }

    private static func scan(
        _ scalars: [Unicode.Scalar], utf8: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int>
    ) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let classIndex = WordClass.asciiIndex
        var i = 0
        var space = false
        var newline = false

        while i < scalars.count {
            let s = scalars[i]
            if s == "\n" || s == "\r" {
                newline = true
                space = true
                i += 1
                continue
            }
            if s == " " || s == "\t" || (s.value >= 128 && (s.properties.isWhitespace || s == "\u{FEFF}")) {
                space = true
                i += 1
                continue
            }
            if isDigit(s) {
                var j = i
                var value: Double = 0
                var decimals = 0
                var groups = 0
                var zeroGroups = 0
                var seenPoint = false
                while j < scalars.count {
                    let c = scalars[j]
                    if isDigit(c) {
                        let d = Double(c.value - 48)
                        // Every digit into one whole number, divided once at the end: `0.3` is
                        // then the double nearest 0.3, not 3 × 0.1 (0.30000000000000004).
                        value = value * 10 + d
                        if seenPoint { decimals += 1 }
                        j += 1
                    } else if c == ",", !seenPoint, j + 3 < scalars.count,
                        isDigit(scalars[j + 1]), isDigit(scalars[j + 2]), isDigit(scalars[j + 3]),
                        j + 4 >= scalars.count || !isDigit(scalars[j + 4])
                    {
                        groups += 1
                        let isZero = (1...3).allSatisfy { scalars[j + $0] == "0" }
                        zeroGroups = isZero ? zeroGroups + 1 : 0
                        j += 1
                    } else if c == ",", !seenPoint, groups > 0 || j - i <= 2, isLakhGroups(scalars, after: j)
                    {
                        // `3,41,200`: India's grouping, lakhs and crores in pairs of digits.
                        groups += 1
                        zeroGroups = 0
                        j += 1
                    } else if c == ".", !seenPoint, j + 1 < scalars.count, isDigit(scalars[j + 1]) {
                        seenPoint = true
                        j += 1
                    } else if !seenPoint, isGroupSpace(c), groups > 0 || j - i <= 3,
                        isDigitGroup(scalars, after: j)
                    {
                        // `310 000`, `R1 500`: thousands grouped by a space, as South Africa and
                        // much of Europe write them (a year is never a first group: `2025 100`).
                        groups += 1
                        let isZero = (1...3).allSatisfy { scalars[j + $0] == "0" }
                        zeroGroups = isZero ? zeroGroups + 1 : 0
                        j += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    token(
                        .number, i, j, utf8: utf8, offsets: offsets, space: space, newline: newline,
                        classes: classIndex))
                let index = tokens.count - 1
                tokens[index].value = decimals == 0 ? value : value / Self.powersOfTen(decimals)
                tokens[index].decimals = decimals
                tokens[index].zeroGroups = decimals == 0 ? zeroGroups : 0
                tokens[index].hasGrouping = groups > 0
                space = false
                newline = false
                i = j
                continue
            }
            if isLetter(s) {
                var j = i
                var dotted = false
                while j < scalars.count, isLetter(scalars[j]) { j += 1 }
                // Dotted abbreviations: U.S., U.K., a.m., e.g.
                if j - i == 1, j + 2 < scalars.count, scalars[j] == ".", isLetter(scalars[j + 1]),
                    scalars[j + 2] == "."
                {
                    var k = j
                    while k + 2 < scalars.count, scalars[k] == ".", isLetter(scalars[k + 1]),
                        scalars[k + 2] == "."
                    {
                        k += 2
                    }
                    j = k + 1
                    dotted = true
                } else if j - i == 1, scalars[i] == "R", isMoneyAfterR(scalars, from: j) {
                    // `R68.4bn`, `R1 500`: the South African rand's sign, apart from its amount.
                } else if j - i <= 3, j < scalars.count, isDigit(scalars[j]), i == 0 || scalars[i - 1] != "$",
                    scalars[i..<j].allSatisfy({ $0.properties.isUppercase }),
                    // (`DKK540,000`, `EUR84.12`: a currency code glued to its amount stays apart.)
                    j - i < 3 || Currencies.codes[String(String.UnicodeScalarView(scalars[i..<j]))] == nil
                {
                    // H20, Q4, G7, FY2025: one word.
                    while j < scalars.count, isDigit(scalars[j]) || isLetter(scalars[j]) { j += 1 }
                } else if scalars[i].properties.isUppercase,
                    let capital = capitalAfterDigits(scalars, from: j)
                {
                    // `Care4Calais`: a name with digits inside is one word.
                    j = capital
                    while j < scalars.count, isLetter(scalars[j]) { j += 1 }
                } else {
                    // Internal apostrophes (don't), not a possessive 's.
                    while j + 1 < scalars.count, isApostrophe(scalars[j]), isLetter(scalars[j + 1]) {
                        let isPossessive =
                            (scalars[j + 1] == "s" || scalars[j + 1] == "S")
                            && (j + 2 >= scalars.count || !isLetter(scalars[j + 2]))
                        if isPossessive { break }
                        j += 1
                        while j < scalars.count, isLetter(scalars[j]) { j += 1 }
                    }
                }
                tokens.append(
                    token(
                        .word, i, j, utf8: utf8, offsets: offsets, space: space, newline: newline,
                        classes: classIndex))
                let index = tokens.count - 1
                space = false
                newline = false
                if dotted { tokens[index].isDotted = true }
                if j + 1 < scalars.count, isApostrophe(scalars[j]),
                    scalars[j + 1] == "s" || scalars[j + 1] == "S",
                    j + 2 >= scalars.count || !isLetter(scalars[j + 2])
                {
                    tokens[index].possessive = true
                    j += 2
                } else if j < scalars.count, isApostrophe(scalars[j]), scalars[j - 1] == "s",
                    j + 1 >= scalars.count || !isLetter(scalars[j + 1])
                {
                    // Plural possessive (Spurs'): keep the word, drop the apostrophe.
                    tokens[index].possessive = true
                    j += 1
                }
                i = j
                continue
            }
            tokens.append(
                token(
                    .symbol, i, i + 1, utf8: utf8, offsets: offsets, space: space, newline: newline,
                    classes: classIndex))
            if s.isASCII { tokens[tokens.count - 1].symbolByte = UInt8(s.value) }
            space = false
            newline = false
            i += 1
        }
        return tokens
    }
}
