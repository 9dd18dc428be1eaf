import ClaimGraph
import ClaimModel
import Testing

@Suite struct StoryClusteringTests {
    static func capexArticle(outlet: String, day: String, figure: Double) -> ArticleBuilder {
        var b = ArticleBuilder(
            outlet: outlet, title: "Acme raises data centre capital expenditure plan", day: day,
            text:
                "Acme will raise its data centre capital expenditure to \(figure) billion dollars this year, "
                + "\(outlet) reported on \(day), as the chipmaker races rivals on artificial intelligence servers.",
            entities: ["Acme", "Nvidia"])
        b.add("Acme", "capital expenditure", [(figure * 1e9, "USD", 1e9)], period: String(day.prefix(4)))
        return b
    }

    @Test func oneStoryAcrossOutletsAndDays() {
        var graph = ClaimGraph()
        graph.insert(Self.capexArticle(outlet: "Wire", day: "2025-01-22", figure: 60).analyzed)
        graph.insert(Self.capexArticle(outlet: "Paper", day: "2025-01-23", figure: 60).analyzed)
        graph.insert(Self.capexArticle(outlet: "Site", day: "2025-01-24", figure: 65).analyzed)
        let export = graph.export()
        #expect(export.stories.count == 1)
        #expect(Set(export.articles.compactMap(\.story)).count == 1)
    }

    @Test func shortAndFullNamesOfOneEntityAreOneStory() {
        var full = ArticleBuilder(
            outlet: "Wire", title: "Rovers pay record fee for striker", day: "2023-10-09",
            text: "Rovers United paid a record fee for the striker, the club president said on Sunday.",
            entities: ["Rovers United", "Club President", "Striker"])
        full.add("Rovers United", "fee", [(95e6, "EUR", 1e6)], period: "2023-08")
        var short = ArticleBuilder(
            outlet: "Fan Site", title: "What did Rovers actually pay for the striker?", day: "2023-10-09",
            text:
                "Rovers paid less than the figure reported in the summer, pounds not euros, for the striker.",
            entities: ["Rovers", "Striker", "Club President"])
        short.add("Rovers", "fee", [(100e6, "GBP", 1e6)], period: "2023-08")
        let export = graphExport(of: full, short)
        #expect(export.stories.count == 1)
        #expect(export.claims.allSatisfy { $0.story == export.stories.first?.id })
    }

    @Test func sameCompanyInDifferentWeeksStaysApartButIsRelated() throws {
        var graph = ClaimGraph()
        graph.insert(Self.capexArticle(outlet: "Wire", day: "2025-01-02", figure: 60).analyzed)
        graph.insert(Self.capexArticle(outlet: "Paper", day: "2025-01-03", figure: 60).analyzed)
        graph.insert(Self.capexArticle(outlet: "Wire", day: "2025-01-20", figure: 60).analyzed)
        let export = graph.export()
        #expect(export.stories.count == 2)
        let early = try #require(export.stories.first { $0.articles.count == 2 })
        let late = try #require(export.stories.first { $0.articles.count == 1 })
        #expect(early.related == [late.id])
        #expect(late.related == [early.id])
    }

    /// Outlets word one story with other inflections (`tolls`, `toll`; `rescuers`, `rescuer`):
    /// key terms are compared by stem, so two reports that agree on the place but name
    /// different agencies are one story; the same reports on unrelated words stay apart.
    @Test func keyTermsAreComparedByStem() {
        func report(_ outlet: String, _ title: String, _ entities: [String]) -> ArticleBuilder {
            ArticleBuilder(
                outlet: outlet, title: title, day: "2025-01-22", text: title + ".", entities: entities)
        }
        let first = report(
            "Wire", "Rivertown flood tolls climb as rescuers search villages", ["Rivertown", "Alpha"])
        let others = ["Beta Office", "Gamma Group", "Delta Fund", "Epsilon", "Rivertown"]
        let second = report("Paper", "Flood toll climbs while rescuer searches a village", others)
        #expect(graphExport(of: first, second).stories.count == 1)
        let unrelated = report("Paper", "Flood payouts stall while insurers dispute a claim", others)
        #expect(graphExport(of: first, unrelated).stories.count == 2)
    }

    @Test func unrelatedStoriesOnOneDayStayApart() {
        var graph = ClaimGraph()
        graph.insert(Self.capexArticle(outlet: "Wire", day: "2025-01-22", figure: 60).analyzed)
        var other = ArticleBuilder(
            outlet: "Wire", title: "Storm floods coastal town", day: "2025-01-22",
            text: "Heavy rain flooded the coastal town of Rivertown, where rescuers searched for residents.",
            entities: ["Rivertown"])
        other.add("Rivertown", "people missing", [(120, "count", 1)], period: "2025-01-21")
        graph.insert(other.analyzed)
        #expect(graph.export().stories.count == 2)
    }

    @Test func offTopicPassageMentionsAreNotAttachedToTheStory() throws {
        var roundup = ArticleBuilder(
            outlet: "Briefing", title: "Acme raises data centre capital expenditure plan", day: "2025-01-22",
            text: "Acme will raise data centre capital expenditure. Elsewhere, Globex posted record sales.",
            entities: ["Acme"])
        roundup.passages = [
            Passage(span: TextSpan(start: 0, end: 49), isMain: true, entities: ["Acme"]),
            Passage(span: TextSpan(start: 50, end: 87), isMain: false, entities: ["Globex"]),
        ]
        roundup.add("Acme", "capital expenditure", [(60e9, "USD", 1e9)], period: "2025")
        roundup.add("Globex", "sales", [(3e9, "USD", 1e9)], period: "2024", passage: 1)
        var graph = ClaimGraph()
        graph.insert(roundup.analyzed)
        graph.insert(Self.capexArticle(outlet: "Wire", day: "2025-01-22", figure: 60).analyzed)
        let export = graph.export()
        #expect(export.stories.count == 1)
        let story = try #require(export.stories.first)
        let sales = try #require(export.claim(withValue: 3e9, unit: "USD"))
        #expect(sales.story != story.id)
        let capex = try #require(export.claim(withValue: 60e9, unit: "USD"))
        #expect(capex.story == story.id)
        #expect(graph.story(id: story.id)?.claims.map(\.id) == [capex.id])
    }
}
