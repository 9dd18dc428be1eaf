import ClaimModel
import Testing

@testable import ClaimGraph

/// Articles are found by their whole id, also when ids share the 16 characters the index
/// files them under; stories and claims by the id prefix their ids carry.
@Suite struct ArticleIDIndexTests {
    /// Two articles months apart (two stories) whose ids share their first 16 characters, and
    /// one of its own.
    static func articles() -> [AnalyzedArticle] {
        var out: [AnalyzedArticle] = []
        for (n, day) in ["2025-01-10", "2025-06-10", "2025-09-10"].enumerated() {
            var b = ArticleBuilder(
                outlet: "Wire", title: "Acme report \(n)", day: day, entities: ["Acme"])
            b.add("Acme", "revenue", [(Double(10 + n) * 1e9, "USD", 1e7)], period: "2025")
            var analyzed = b.analyzed
            let tail = String(repeating: "\(n + 1)", count: 16)
            analyzed.id = ArticleID(n < 2 ? "abcdef0123456789" + tail : "f00d" + tail + "beefbeefbeef")
            out.append(analyzed)
        }
        return out
    }

    @Test func articlesStoriesAndClaimsAreFoundByTheirIDs() throws {
        var graph = ClaimGraph()
        for article in Self.articles() { #expect(graph.insert(article) == .accepted) }
        for article in Self.articles() {
            #expect(graph.insert(article) == .duplicate)
            #expect(graph.contains(article.id))
            #expect(graph.article(id: article.id)?.title == article.article.title)
        }
        #expect(!graph.contains(ArticleID("abcdef0123456789" + String(repeating: "3", count: 16))))
        #expect(!graph.contains(ArticleID("abcdef")))
        // Ids differing in their first 12 characters give stories and claims ids of their own.
        let export = graph.export()
        let own = try #require(export.stories.first { $0.articles == [Self.articles()[2].id] })
        #expect(try #require(graph.story(id: own.id)).stories.map(\.id) == [own.id])
        let claim = try #require(export.claims.first { $0.story == own.id })
        #expect(graph.claimDetail(id: claim.id)?.claim == claim)
        #expect(graph.story(id: String(own.id.dropLast())) == nil)
        #expect(graph.claimDetail(id: claim.id + "7") == nil)
    }
}
