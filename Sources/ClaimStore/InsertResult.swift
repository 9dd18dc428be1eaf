import ClaimModel

/// What the store did with one article of a batch.
public struct InsertResult: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Committed now.
        case accepted
        /// An article with this id was already committed (a resend); nothing written.
        case duplicate
        /// Not written: the article does not hold together.
        case rejected(ArticleRejection)
    }

    public var id: ArticleID
    public var outcome: Outcome
    /// The article's arrival number in the store (`seq`) when `accepted`: replays run in this
    /// order, and a graph snapshot records the highest one it holds.
    public var sequence: Int64?

    public init(id: ArticleID, outcome: Outcome, sequence: Int64? = nil) {
        self.id = id
        self.outcome = outcome
        self.sequence = sequence
    }
}

/// Why an article was refused before it reached the database. Checked so that every stored row
/// decodes again at rebuild and every evidence span can be cut from the stored text.
public enum ArticleRejection: Error, Hashable, Sendable, CustomStringConvertible {
    case emptyID
    case evidenceOutsideText(mention: Int, span: TextSpan, textBytes: Int)
    case denialEvidenceOutsideText(denial: Int, span: TextSpan, textBytes: Int)
    case passageOutsideText(passage: Int, span: TextSpan, textBytes: Int)
    case passageIndexOutOfRange(item: String, index: Int, passage: Int, passages: Int)
    case quantityWithoutValues(mention: Int)
    case valueNotFinite(mention: Int, amount: Double)

    public var description: String {
        switch self {
        case .emptyID:
            return "article id is empty"
        case .evidenceOutsideText(let mention, let span, let textBytes):
            return
                "mention \(mention) evidence \(span.start)..<\(span.end) outside text of \(textBytes) bytes"
        case .denialEvidenceOutsideText(let denial, let span, let textBytes):
            return "denial \(denial) evidence \(span.start)..<\(span.end) outside text of \(textBytes) bytes"
        case .passageOutsideText(let passage, let span, let textBytes):
            return "passage \(passage) span \(span.start)..<\(span.end) outside text of \(textBytes) bytes"
        case .passageIndexOutOfRange(let item, let index, let passage, let passages):
            return "\(item) \(index) names passage \(passage) of \(passages)"
        case .quantityWithoutValues(let mention):
            return "mention \(mention) has a quantity without values"
        case .valueNotFinite(let mention, let amount):
            return "mention \(mention) has a non-finite value \(amount)"
        }
    }

    /// The first reason `article` cannot be stored, or nil when it can.
    static func check(_ article: AnalyzedArticle) -> ArticleRejection? {
        if article.id.rawValue.isEmpty { return .emptyID }
        let textBytes = article.article.text.utf8.count
        let passages = article.features.passages.count
        func passageOK(_ index: Int) -> Bool {
            passages == 0 ? index == 0 : (0..<passages).contains(index)
        }
        for (index, passage) in article.features.passages.enumerated()
        where !passage.span.isValid(inTextOf: textBytes) {
            return .passageOutsideText(passage: index, span: passage.span, textBytes: textBytes)
        }
        for (index, mention) in article.mentions.enumerated() {
            if !mention.evidence.isValid(inTextOf: textBytes) {
                return .evidenceOutsideText(mention: index, span: mention.evidence, textBytes: textBytes)
            }
            if !passageOK(mention.passage) {
                return .passageIndexOutOfRange(
                    item: "mention", index: index, passage: mention.passage, passages: passages)
            }
            if mention.quantity.values.isEmpty { return .quantityWithoutValues(mention: index) }
            for value in mention.quantity.values + mention.quantity.upper
            where !value.amount.isFinite || !value.resolution.isFinite {
                return .valueNotFinite(mention: index, amount: value.amount)
            }
        }
        for (index, denial) in article.denials.enumerated() {
            if !denial.evidence.isValid(inTextOf: textBytes) {
                return .denialEvidenceOutsideText(denial: index, span: denial.evidence, textBytes: textBytes)
            }
            if !passageOK(denial.passage) {
                return .passageIndexOutOfRange(
                    item: "denial", index: index, passage: denial.passage, passages: passages)
            }
        }
        return nil
    }
}
