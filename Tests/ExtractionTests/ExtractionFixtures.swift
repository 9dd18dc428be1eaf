import ClaimModel
import Extraction

/// Runs the extractor on one article of our own words.
func analyze(
    _ text: String, title: String = "Test article", outlet: String? = "Test Wire",
    published: String = "2025-03-05"
)
    -> AnalyzedArticle
{
    let article = Article(
        ref: "test#1", outlet: outlet, title: title, published: Day(iso: published), text: text)
    return Extractor().analyze(article)
}

func amounts(_ m: Mention) -> [String] {
    m.quantity.values.map { "\($0.amount) \($0.unit.rawValue)" }
}
