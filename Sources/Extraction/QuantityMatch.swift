import ClaimModel

/// A figure found in a sentence, with the tokens it spans.
struct QuantityMatch {
    enum Kind {
        case money
        case percent
        case count
        case duration
        case physical
    }

    /// Every token of the expression, from its bound words to its closing parenthesis.
    var range: Range<Int>
    /// The first number token.
    var anchor: Int
    var quantity: Quantity
    var kind: Kind
    /// What a count counts (`standalone AI applications`), lower-case; nil for other kinds.
    var noun: String?
}
