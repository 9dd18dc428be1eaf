import ClaimGraph
import ClaimModel
import Foundation
import Testing

/// A claim stated under differently named subjects is attached to its story by the subject of
/// its canonical first mention, whatever order the articles arrived in.
@Suite struct ClaimSubjectOrderTests {
    /// One story naming "Acme Corp": its figure is first stated as Acme Corp's, then repeated
    /// as "Acme" in a passage off the story's topic (so that name does not count as one the
    /// story uses) and as "Acme Holdings", a name only its own article uses; a later article
    /// states a competing figure. The claim's first mention names the story's subject, its
    /// "Acme Holdings" mention does not.
    static func articles() -> [AnalyzedArticle] {
        let subjects = ["Acme Corp", "Acme", "Acme Holdings", "Acme Corp"]
        let amounts = [10e9, 10e9, 10e9, 20e9]
        let outlets = ["Wire", "Paper", "Site", "Daily"]
        var out: [AnalyzedArticle] = []
        for (i, subject) in subjects.enumerated() {
            let main = "Acme Corp plans to spend heavily on new factories, \(outlets[i]) said. "
            let aside = "In other news, a budget figure was repeated."
            var b = ArticleBuilder(
                outlet: outlets[i], title: "Acme Corp spending plan \(i)", day: "2025-03-0\(i + 1)",
                text: main + String(repeating: "Acme Corp factories output grows. ", count: 2) + aside,
                entities: ["Acme Corp", "Regulator"])
            let asideStart = b.text.utf8.count - aside.utf8.count
            b.passages = [
                Passage(span: TextSpan(start: 0, end: asideStart), isMain: true, entities: b.entities),
                Passage(span: TextSpan(start: asideStart, end: b.text.utf8.count), isMain: false),
            ]
            b.add(
                subject, "capital expenditure", [(amounts[i], "USD", 1e9)], period: "2025",
                passage: subject == "Acme" ? 1 : 0)
            out.append(b.analyzed)
        }
        return out
    }

    @Test func fixtureMergesNamesAndConflicts() throws {
        var graph = ClaimGraph()
        for article in Self.articles() { graph.insert(article) }
        let export = graph.export()
        let merged = try #require(export.claim(withValue: 10e9, unit: "USD"))
        #expect(merged.sources.count == 3)
        #expect(merged.story != nil)
        #expect(export.stories.count == 1)
        #expect(export.conflicts.count == 1)
    }

    /// Every order of `items`.
    static func permutations<T>(_ items: [T]) -> [[T]] {
        guard let first = items.first else { return [[]] }
        var out: [[T]] = []
        for rest in permutations(Array(items.dropFirst())) {
            for i in 0...rest.count {
                var order = rest
                order.insert(first, at: i)
                out.append(order)
            }
        }
        return out
    }

    @Test func everyInsertOrderAttachesTheSameWay() throws {
        let articles = Self.articles()
        var reference = ClaimGraph()
        for article in articles { reference.insert(article) }
        let export = reference.export()
        let expected = try canonicalBytes(export)
        let storyID = try #require(export.stories.first?.id)
        let filter = ClaimFilter(entity: "Acme Corp")
        let orders = Self.permutations(Array(articles.indices))
        #expect(orders.count == 24)
        for order in orders {
            var graph = ClaimGraph()
            for i in order { graph.insert(articles[i]) }
            #expect(try canonicalBytes(graph.export()) == expected, "order \(order)")
            #expect(graph.story(id: storyID) == reference.story(id: storyID), "order \(order)")
            #expect(graph.claims(filter) == reference.claims(filter), "order \(order)")
        }
    }
}
