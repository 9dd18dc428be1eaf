/// Writes a synthetic article's text: a byline, sentences of varied words, the sentences that
/// state its figures (each mention's evidence is the span of its sentence), and an off-topic
/// passage at the end. Built as UTF-8 bytes; offsets are byte offsets into the text.
struct SyntheticText {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(4_500) }

    var count: Int { bytes.count }

    mutating func append(_ string: String) { bytes.append(contentsOf: string.utf8) }

    /// Appends one sentence and a separator; returns the sentence's span (without the separator).
    mutating func sentence(_ words: String, paragraphEnds: Bool = false) -> TextSpanBounds {
        let start = bytes.count
        append(words)
        let end = bytes.count
        append(paragraphEnds ? "\n\n" : " ")
        return TextSpanBounds(start: start, end: end)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Words every sentence draws on besides the corpus vocabulary: the joins of plain prose.
    static let functionWords = [
        "the", "of", "and", "in", "to", "a", "for", "with", "on", "its", "as", "by", "that", "from",
        "at", "which", "while", "after", "over", "than", "this", "their", "more", "into",
    ]

    /// Verbs of prose that states no figure.
    static let verbs = [
        "said", "plans", "expanded", "reviewed", "announced", "described", "built", "opened", "moved",
        "signed", "weighed", "cut", "added", "shifted", "reported", "outlined",
    ]

    /// A sentence of 8 to 17 words: function words, the corpus vocabulary, the story's terms and
    /// now and then its company, drawn from `rng`.
    static func prose(_ rng: inout SplitMix, subject: String, terms: [String]) -> String {
        let length = 8 + Int(rng.next() % 10)
        var words: [String] = []
        words.reserveCapacity(length)
        for i in 0..<length {
            let pick = rng.next()
            switch pick % 12 {
            case 0..<4: words.append(functionWords[Int(pick >> 8) % functionWords.count])
            case 4..<8:
                words.append(SyntheticCorpus.vocabulary[Int(pick >> 8) % SyntheticCorpus.vocabulary.count])
            case 8, 9: words.append(terms[Int(pick >> 8) % terms.count])
            case 10: words.append(verbs[Int(pick >> 8) % verbs.count])
            default: words.append(i == 0 ? subject : (pick >> 8) % 2 == 0 ? subject : "the company")
            }
        }
        var sentence = words.joined(separator: " ")
        if let first = sentence.first, first.isLowercase {
            sentence = first.uppercased() + sentence.dropFirst()
        }
        return sentence + "."
    }

    /// A figure as an article writes it: `$8.1 billion`, `€2.35 million`, `58.3 billion yuan`,
    /// `81 million users`, `8,100`, `45.3%`.
    static func written(_ amount: Double, unit: String) -> String {
        let magnitude = abs(amount)
        let (scaled, word): (Double, String) =
            magnitude >= 1e12
            ? (amount / 1e12, " trillion")
            : magnitude >= 1e9
                ? (amount / 1e9, " billion") : magnitude >= 1e6 ? (amount / 1e6, " million") : (amount, "")
        let number = word.isEmpty && unit != "percent" ? grouped(Int(scaled.rounded())) : decimal(scaled)
        switch unit {
        case "USD": return "$" + number + word
        case "EUR": return "€" + number + word
        case "CNY": return number + word + " yuan"
        case "users": return number + word + " users"
        case "percent": return number + "%"
        default: return number + word
        }
    }

    /// At most two decimals, trailing zeros dropped.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        if fraction == 0 { return grouped(whole) }
        if fraction % 10 == 0 { return "\(grouped(whole)).\(fraction / 10)" }
        return "\(grouped(whole)).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// An integer with thousands separators.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = value < 0 ? "-" : ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}

/// A byte range of a synthetic text.
struct TextSpanBounds {
    var start: Int
    var end: Int

    /// Shifted by `offset` bytes (the byline before the body).
    func shifted(by offset: Int) -> TextSpanBounds {
        TextSpanBounds(start: start + offset, end: end + offset)
    }
}
