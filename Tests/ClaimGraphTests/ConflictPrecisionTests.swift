import ClaimGraph
import ClaimModel
import Testing

/// Figures that differ without being rival accounts: forecasters' expectations, a stale lower
/// bound a withdrawn figure satisfies, price moves read at different moments.
@Suite struct ConflictPrecisionTests {
    /// Two outlets on a plan of $65 billion; a third states $50 billion in `sentence`.
    private func planAgainst(_ sentence: String) -> GraphExport {
        var a = ArticleBuilder(
            outlet: "Wire", title: "Acme capex plan", day: "2025-01-24", entities: ["Acme"])
        a.add("Acme", "capital expenditure", [(65e9, "USD", 1e9)], period: "2025")
        var b = ArticleBuilder(
            outlet: "Paper", title: "Acme capex plan", day: "2025-01-24", entities: ["Acme"])
        b.add("Acme", "capital expenditure", [(65e9, "USD", 1e9)], period: "2025")
        var c = ArticleBuilder(
            outlet: "Site", title: "Acme capex plan", day: "2025-01-24",
            text: "Acme capex plan. Acme will spend $65 billion on capital projects. \(sentence)",
            entities: ["Acme"])
        c.add(
            "Acme", "capital expenditure", [(65e9, "USD", 1e9)], period: "2025", sentence: "Acme will spend")
        c.add("Acme", "capital expenditure", [(50e9, "USD", 1e9)], period: "2025", sentence: sentence)
        var graph = ClaimGraph()
        for builder in [a, b, c] { graph.insert(builder.analyzed) }
        return graph.export()
    }

    @Test func forecastersExpectationIsNoRivalFigure() {
        let expected = planAgainst("That is well above the $50 billion that analysts had expected.")
        #expect(expected.claims.count == 2)
        #expect(expected.conflicts.isEmpty)
        let consensus = planAgainst("The consensus estimate was $50 billion.")
        #expect(consensus.conflicts.isEmpty)
        // Control: the same figure reported as the plan itself, or credited to a newspaper
        // whose name merely contains a forecasters' phrase, is a rival account.
        let rival = planAgainst("Another report put the plan at $50 billion.")
        #expect(rival.conflicts.count == 1)
        let newspaper = planAgainst("The Wall Street Journal put the plan at $50 billion.")
        #expect(newspaper.conflicts.count == 1)
    }

    private func missing(
        _ figure: Double, bound: Bound, period: String, day: String, sentence: String
    ) -> ArticleBuilder {
        var builder = ArticleBuilder(
            outlet: "Outlet \(day)", title: "Rivertown flood missing", day: day,
            text: "Rivertown flood missing. \(sentence)", entities: ["Rivertown"])
        builder.add(
            "Rivertown", "people missing", [(figure, "count", 1)], bound: bound, period: period,
            sentence: sentence)
        return builder
    }

    /// An article withdrawing a figure states the figure it replaced and the withdrawn one:
    /// the two compete although one article gives both, and a correction's small move (60.3%
    /// to 59.6%) does not make them one figure. Two figures side by side without a correction
    /// stay two measures.
    @Test func oneArticlesWithdrawnFigureCompetesWithItsReplacement() throws {
        func article(_ sentence: String) -> ArticleBuilder {
            var builder = ArticleBuilder(
                outlet: "Fjord Post", title: "Fjordland turnout", day: "2026-10-05",
                text: "Fjordland turnout. \(sentence)", entities: ["Fjordland"])
            builder.add("Fjordland", "turnout", [(59.6, "percent", 0.1)], period: nil, sentence: sentence)
            builder.add("Fjordland", "turnout", [(60.3, "percent", 0.1)], period: nil, sentence: sentence)
            return builder
        }
        var corrected = ClaimGraph()
        corrected.insert(article("Turnout fell to 59.6% from the 60.3% first published.").analyzed)
        #expect(corrected.export().claims.count == 2)
        let conflict = try #require(corrected.export().conflicts.first)
        #expect(conflict.kind == .correction)

        var sideBySide = ClaimGraph()
        sideBySide.insert(article("Turnout was 59.6% in the north and 60.3% in the south.").analyzed)
        #expect(sideBySide.export().conflicts.isEmpty)

        // A rough figure beside an exact one in a correcting sentence is another measure.
        var rough = ArticleBuilder(
            outlet: "Fjord Post", title: "Fjordland voters", day: "2026-10-05",
            text: "Fjordland voters. By the corrected count 906,516 of roughly 1.52 million voted.",
            entities: ["Fjordland"])
        let sentence = "By the corrected count 906,516 of roughly 1.52 million voted."
        rough.add("Fjordland", "voters", [(906516, "count", 1)], period: nil, sentence: sentence)
        rough.add(
            "Fjordland", "voters", [(1.52e6, "count", 1e4)], bound: .approx, period: nil, sentence: sentence)
        var roughGraph = ClaimGraph()
        roughGraph.insert(rough.analyzed)
        #expect(roughGraph.export().conflicts.isEmpty)
    }

    /// A party's `vote` as a percentage is its share of the vote: the withdrawn `vote` competes
    /// with the `vote share` another outlet reports.
    @Test func aVoteIsAShareOfTheVote() throws {
        var first = ArticleBuilder(
            outlet: "Fjord Post", title: "Nordkapp vote corrected", day: "2026-10-05", entities: ["Nordkapp"])
        first.add("Nordkapp", "vote", [(11.2, "percent", 0.1)], period: nil)
        var second = ArticleBuilder(
            outlet: "Nord Wire", title: "Nordkapp vote share", day: "2026-10-05", entities: ["Nordkapp"])
        second.add("Nordkapp", "vote share", [(10.6, "percent", 0.1)], period: nil)
        var graph = ClaimGraph()
        graph.insert(first.analyzed)
        graph.insert(second.analyzed)
        #expect(graph.export().conflicts.count == 1)
    }

    @Test func boundStatedBeforeAWithdrawnFigureStillHoldsWithIt() throws {
        let early = missing(
            5000, bound: .atLeast, period: "2023-09-12", day: "2023-09-12",
            sentence: "Over 5,000 people were missing.")
        let withdrawn = missing(
            10100, bound: .exact, period: "2023-09-14", day: "2023-09-14",
            sentence: "The agency withdrew its figure of 10,100 missing.")
        let later = missing(
            9000, bound: .atLeast, period: "2023-09-15", day: "2023-09-15",
            sentence: "More than 9,000 people are still missing.")

        var before = ClaimGraph()
        before.insert(early.analyzed)
        before.insert(withdrawn.analyzed)
        #expect(before.export().claims.count == 2)
        #expect(before.export().conflicts.isEmpty)

        // A bound stated after the withdrawal replaces the withdrawn figure.
        var after = ClaimGraph()
        after.insert(withdrawn.analyzed)
        after.insert(later.analyzed)
        let conflict = try #require(after.export().conflicts.first)
        #expect(after.export().conflicts.count == 1)
        #expect(conflict.kind == .correction)
    }

    private func shareMove(_ percent: Double, resolution: Double, period: String?, outlet: String)
        -> ArticleBuilder
    {
        var builder = ArticleBuilder(
            outlet: outlet, title: "Acme shares move", day: "2025-01-24", entities: ["Acme"])
        builder.add("Acme", "share price move", [(percent, "percent", resolution)], period: period)
        return builder
    }

    @Test func priceMovesCompeteOnlyWhenStatedForOneDay() {
        var moments = ClaimGraph()
        moments.insert(shareMove(1, resolution: 1, period: nil, outlet: "Wire").analyzed)
        moments.insert(shareMove(1.8, resolution: 0.1, period: "2025-01-24", outlet: "Paper").analyzed)
        #expect(moments.export().claims.count == 2)
        #expect(moments.export().conflicts.isEmpty)

        var sameDay = ClaimGraph()
        sameDay.insert(shareMove(1, resolution: 1, period: "2025-01-24", outlet: "Wire").analyzed)
        sameDay.insert(shareMove(1.8, resolution: 0.1, period: "2025-01-24", outlet: "Paper").analyzed)
        #expect(sameDay.export().conflicts.count == 1)
    }

    private func spend(_ amount: Double, period: String, outlet: String) -> ArticleBuilder {
        var builder = ArticleBuilder(
            outlet: outlet, title: "Acme capital spending", day: "2025-01-24", entities: ["Acme"])
        builder.add("Acme", "capital expenditure", [(amount, "USD", 1e9)], period: period)
        return builder
    }

    @Test func aFiscalQuarterIsNotItsFiscalYear() {
        var partAndWhole = ClaimGraph()
        partAndWhole.insert(spend(20e9, period: "FY2025-Q1", outlet: "Wire").analyzed)
        partAndWhole.insert(spend(80e9, period: "FY2025", outlet: "Paper").analyzed)
        #expect(partAndWhole.export().claims.count == 2)
        #expect(partAndWhole.export().conflicts.isEmpty)

        var oneQuarter = ClaimGraph()
        oneQuarter.insert(spend(20e9, period: "FY2025-Q1", outlet: "Wire").analyzed)
        oneQuarter.insert(spend(25e9, period: "FY2025-Q1", outlet: "Paper").analyzed)
        #expect(oneQuarter.export().conflicts.count == 1)
    }

    private func area(_ amount: Double, outlet: String) -> ArticleBuilder {
        var builder = ArticleBuilder(
            outlet: outlet, title: "Acme data center size", day: "2025-01-24", entities: ["Acme"])
        builder.add("Acme", "area", [(amount, "sqft", 1e6)], period: "2025")
        return builder
    }

    @Test func figuresOrdersOfMagnitudeApartAreDifferentThingsUnlessAScaleSlip() {
        // One site's floor area and a whole footprint.
        var partAndWhole = ClaimGraph()
        partAndWhole.insert(area(4e6, outlet: "Wire").analyzed)
        partAndWhole.insert(area(120e6, outlet: "Paper").analyzed)
        #expect(partAndWhole.export().claims.count == 2)
        #expect(partAndWhole.export().conflicts.isEmpty)

        // 1.3 million printed as 1.3 billion.
        var slip = ClaimGraph()
        slip.insert(area(1.3e6, outlet: "Wire").analyzed)
        slip.insert(area(1.3e9, outlet: "Paper").analyzed)
        #expect(slip.export().conflicts.count == 1)

        // Within a tenfold margin, rival accounts.
        var rival = ClaimGraph()
        rival.insert(area(4e6, outlet: "Wire").analyzed)
        rival.insert(area(9e6, outlet: "Paper").analyzed)
        #expect(rival.export().conflicts.count == 1)
    }
}
