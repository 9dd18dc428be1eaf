import ClaimModel

/// Checks an article before any work is spent on it. A failing article is rejected alone,
/// with a reason the client shows; the rest of its batch goes on.
public enum ArticleValidation {
    /// Why `article` cannot be analysed, or nil when it can.
    public static func problem(with article: Article) -> String? {
        if article.ref.allSatisfy(\.isWhitespace) { return "missing ref" }
        if article.text.allSatisfy(\.isWhitespace) { return "empty text" }
        if !article.text.contains(where: \.isLetter) { return "text has no words" }
        return nil
    }
}
