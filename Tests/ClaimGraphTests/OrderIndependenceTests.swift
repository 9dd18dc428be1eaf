import ClaimGraph
import ClaimModel
import Foundation
import Testing

@Suite struct OrderIndependenceTests {
    /// A varied little corpus: several subjects, outlets, days, copies and denials.
    static func corpus() -> [AnalyzedArticle] {
        let subjects = ["Acme", "Globex", "Initech", "Umbrella"]
        let outlets = ["Wire", "Paper", "Site", "Daily"]
        var out: [AnalyzedArticle] = []
        for (s, subject) in subjects.enumerated() {
            for (o, outlet) in outlets.enumerated() {
                let day = "2025-01-\(10 + s * 5 + o % 2)"
                var b = ArticleBuilder(
                    outlet: outlet, title: "\(subject) spending plan \(o)", day: day,
                    text:
                        "\(subject) plans to spend heavily on new factories, \(outlet) said in report \(o). "
                        + [
                            "Workers will be hired in three shifts.",
                            "The regulator must still approve permits.",
                            "Rivals have announced similar plans this month.",
                            "Shares closed higher on the news.",
                        ][o]
                        + " " + String(repeating: "\(subject) factories output grows. ", count: 2),
                    entities: [subject, "Regulator"])
                b.add(
                    subject, "capital expenditure", [(Double(10 + s) * 1e9, "USD", 1e9)], period: "2025",
                    attribution: o % 2 == 0 ? "people familiar with the matter" : outlet)
                b.add(
                    subject, "capex", [(Double(14 + s + o % 2 * 3) * 1e9, "USD", 1e9)], bound: .atLeast,
                    period: "2025")
                b.add(subject, "headcount", [(Double(1000 * (o + 1)), "count", 1)], period: nil)
                if o == 3 {
                    b.denials = [
                        Denial(party: subject, subject: subject, evidence: TextSpan(start: 0, end: 5))
                    ]
                }
                out.append(b.analyzed)
                if o == 0 {
                    var copy = b
                    copy.outlet = "\(outlet) Syndicated"
                    out.append(copy.analyzed)
                }
            }
        }
        return out
    }

    @Test(arguments: [1, 2, 3, 42, 1234] as [UInt64])
    func shuffledInsertionGivesByteIdenticalExports(seed: UInt64) throws {
        let articles = Self.corpus()
        var reference = ClaimGraph()
        for article in articles { reference.insert(article) }
        var generator = SeededGenerator(state: seed)
        var graph = ClaimGraph()
        for article in articles.shuffled(using: &generator) { graph.insert(article) }
        let expected = try canonicalBytes(reference.export())
        #expect(try canonicalBytes(graph.export()) == expected)
        #expect(reference.stats() == graph.stats())
        #expect(reference.stories(limit: 10) == graph.stories(limit: 10))
    }

    @Test func corpusExercisesEveryRule() {
        var graph = ClaimGraph()
        for article in Self.corpus() { graph.insert(article) }
        let stats = graph.stats()
        #expect(stats.duplicates == 4)
        #expect(stats.conflicts >= 1)
        #expect(stats.denials >= 1)
        #expect(stats.stories >= 4)
    }

    @Test func queriesAgreeWithTheExport() throws {
        var graph = ClaimGraph()
        for article in Self.corpus() { graph.insert(article) }
        let export = graph.export()
        for claim in export.claims {
            #expect(graph.claim(id: claim.id) == claim)
            #expect(graph.evidence(for: claim.id) == claim.evidence)
        }
        for story in export.stories {
            let page = try #require(graph.story(id: story.id))
            #expect(page.stories == [story])
            #expect(Set(page.claims) == Set(export.claims.filter { $0.story == story.id }))
        }
        let byEntity = graph.claims(ClaimFilter(entity: "acme"))
        #expect(!byEntity.isEmpty)
        #expect(byEntity.allSatisfy { $0.subject == "Acme" })
        #expect(graph.claim(id: "c-nothing") == nil)
        #expect(graph.story(id: "s000000000000") == nil)
    }
}
