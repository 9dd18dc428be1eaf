import ClaimGraph
import ClaimModel
import Testing

@Suite struct ClaimMergeTests {
    @Test func roundedBoundedAndConvertedFiguresAreOneClaim() throws {
        var a = ArticleBuilder(
            outlet: "Wire A", title: "Acme earmarks capex", day: "2025-01-22", entities: ["Acme"])
        a.add(
            "Acme", "capital expenditure", [(150e9, "CNY", 1e9), (20.64e9, "USD", 1e7)], bound: .atLeast,
            period: "2025",
            attribution: "two people briefed on the matter")
        var b = ArticleBuilder(
            outlet: "Wire B", title: "Acme plans $20 billion capex", day: "2025-01-22", entities: ["Acme"])
        b.add("Acme", "capex", [(20e9, "USD", 1e9)], bound: .atLeast, period: "2025")
        var c = ArticleBuilder(
            outlet: "Wire C", title: "Acme sets aside yuan", day: "2025-01-23", entities: ["Acme"])
        c.add("Acme", "capital expenditures", [(150e9, "CNY", 1e9)], period: "2025")
        var graph = ClaimGraph()
        for builder in [a, b, c] { #expect(graph.insert(builder.analyzed) == .accepted) }
        let export = graph.export()
        #expect(export.claims.count == 1)
        let claim = try #require(export.claims.first)
        #expect(claim.sources.count == 3)
        #expect(claim.origins == 3)
        #expect(claim.status == .corroborated)
        #expect(Set(claim.values.map(\.unit.rawValue)) == ["CNY", "USD"])
        #expect(export.conflicts.isEmpty)
    }

    @Test func differentScopesAreTwoClaimsAndNoConflict() {
        var a = ArticleBuilder(outlet: "Paper", title: "Acme chips", day: "2025-01-21", entities: ["Acme"])
        a.add("Acme", "AI chip purchases in China", [(5.5e9, "USD", 1e8)], period: "2025")
        a.add("Acme", "AI investment overseas", [(6.8e9, "USD", 1e8)], bound: .approx, period: "2025")
        let export = graphExport(of: a)
        #expect(export.claims.count == 2)
        #expect(export.conflicts.isEmpty)
        #expect(export.claims.allSatisfy { $0.status == .singleSource })
    }

    @Test func differentPeriodsDoNotMergeOrConflict() {
        var a = ArticleBuilder(
            outlet: "Wire", title: "Bigsoft to spend", day: "2025-01-04", entities: ["Bigsoft"])
        a.add("Bigsoft", "capital expenditure", [(80e9, "USD", 1e9)], period: "FY2025")
        a.add("Bigsoft", "capital expenditure", [(55.7e9, "USD", 1e8)], period: "FY2024")
        let export = graphExport(of: a)
        #expect(export.claims.count == 2)
        #expect(export.conflicts.isEmpty)
    }

    @Test func precisionSeparatesCloseButDistinctFigures() {
        var a = ArticleBuilder(
            outlet: "Data One", title: "Chatbot users", day: "2025-01-22", entities: ["Chatbot"])
        a.add("Chatbot", "monthly active users", [(75e6, "users", 1e6)], bound: .approx, period: nil)
        var b = ArticleBuilder(
            outlet: "Data Two", title: "Chatbot users count", day: "2025-01-22", entities: ["Chatbot"])
        b.add("Chatbot", "monthly active users", [(71e6, "users", 1e6)], period: "2024-12")
        let export = graphExport(of: a, b)
        #expect(export.claims.count == 2)
        #expect(export.conflicts.count == 1)
        #expect(export.claims.allSatisfy { $0.status == .contested })
    }

    @Test func shortAndFullNamesOfOneSubjectAreOneClaim() throws {
        var a = ArticleBuilder(
            outlet: "Wire", title: "Acme Platforms capex", day: "2025-01-24", entities: ["Acme Platforms"])
        a.add("Acme Platforms", "capital expenditure", [(60e9, "USD", 1e9)], bound: .atLeast, period: "2025")
        var b = ArticleBuilder(outlet: "Site", title: "Acme capex", day: "2025-01-24", entities: ["Acme"])
        b.add("Acme", "capex", [(60e9, "USD", 1e9)], period: "2025")
        // A product of the company shares the first word but is not the company.
        b.add("Acme Assistant", "users", [(1e9, "users", 1e9)], bound: .atLeast, period: "2025")
        b.add("Acme", "users", [(3e9, "users", 1e9)], period: "2025")
        var c = ArticleBuilder(outlet: "Blog", title: "Acmeville", day: "2025-01-24", entities: ["Acmeville"])
        c.add("Acmeville", "capital expenditure", [(60e9, "USD", 1e9)], period: "2025")
        let export = graphExport(of: a, b, c)
        let capex = export.claims.filter { $0.values.contains { $0.amount == 60e9 } }
        #expect(capex.count == 2)
        let joined = try #require(capex.first { $0.sources.count == 2 })
        #expect(Set(joined.sources) == [a.analyzed.id, b.analyzed.id])
        #expect(export.claims.count == 4)
        #expect(export.conflicts.isEmpty)
    }

    @Test func bareMeasuresJoinOnlyTheSameFigure() {
        // `people` says nothing about what is counted: compatible under its bound with both the
        // missing and the dead, it must not chain them into one claim.
        var a = ArticleBuilder(
            outlet: "Agency", title: "Flood toll", day: "2023-09-15", entities: ["Rivertown"])
        a.add("Rivertown", "death toll", [(11300, "count", 100)], period: "2023-09-14")
        a.add("Rivertown", "people missing", [(10100, "count", 100)], period: "2023-09-14")
        var b = ArticleBuilder(
            outlet: "Paper", title: "Mayor fears worst", day: "2023-09-15", entities: ["Rivertown"])
        b.add("Rivertown", "people", [(20000, "count", 10000)], bound: .atMost, period: nil)
        b.add("Rivertown", "people", [(10100, "count", 100)], period: nil)
        let export = graphExport(of: a, b)
        #expect(export.claims.count == 3)
        #expect(export.claim(withValue: 11300, unit: "count")?.values.count == 1)
        #expect(export.claim(withValue: 10100, unit: "count")?.sources.count == 2)
    }

    @Test func coarseWordedFiguresBridgeNothing() {
        // "About half" is stated to the nearest 50 percent; a chips share of 30% (no measure
        // family) must not join it, nor through it the 60% of orders.
        var a = ArticleBuilder(outlet: "Wire", title: "Acme abroad", day: "2025-01-22", entities: ["Acme"])
        a.add("Acme", "spending", [(50, "percent", 50)], bound: .approx, period: nil)
        var b = ArticleBuilder(
            outlet: "Paper", title: "Acme suppliers", day: "2025-01-22", entities: ["Acme"])
        b.add("Acme", "orders", [(60, "percent", 1)], bound: .approx, period: nil)
        b.add("Acme", "chips", [(30, "percent", 1)], bound: .atLeast, period: nil)
        var graph = ClaimGraph()
        graph.insert(a.analyzed)
        graph.insert(b.analyzed)
        #expect(graph.export().claims.count == 3)
    }

    @Test func countsStatedToTheUnitAreNotTruncations() {
        var a = ArticleBuilder(
            outlet: "Wire", title: "Striker scores", day: "2023-10-09", entities: ["Striker"])
        a.add("Striker", "goals", [(8, "count", 1)], period: "2023-10-08")
        var b = ArticleBuilder(
            outlet: "Paper", title: "Striker scores", day: "2023-10-09", entities: ["Striker"])
        b.add("Striker", "goals", [(9, "count", 1)], period: "2023-10-08")
        var graph = ClaimGraph()
        graph.insert(a.analyzed)
        graph.insert(b.analyzed)
        #expect(graph.export().claims.count == 2)
    }

    @Test func boundsReachHalfAStepNotATimeline() {
        var a = ArticleBuilder(
            outlet: "Review", title: "A week of tolls", day: "2023-09-19", entities: ["Rivertown"])
        a.add("Rivertown", "death toll", [(2000, "count", 1000)], bound: .atLeast, period: "2023-09-11")
        a.add("Rivertown", "death toll", [(3000, "count", 1000)], bound: .atLeast, period: "2023-09-12")
        var b = ArticleBuilder(outlet: "Agency", title: "Toll", day: "2023-09-18", entities: ["Rivertown"])
        b.add("Rivertown", "deaths", [(3958, "count", 1)], period: "2023-09-17")
        var c = ArticleBuilder(outlet: "Wire", title: "Toll tops", day: "2023-09-18", entities: ["Rivertown"])
        c.add("Rivertown", "death toll", [(3900, "count", 100)], bound: .atLeast, period: "2023-09-17")
        let export = graphExport(of: a, b, c)
        // "More than 3,900" holds for 3,958; "more than 3,000" is another, earlier figure.
        #expect(export.claims.count == 3)
        #expect(export.claim(withValue: 3958, unit: "count")?.sources.count == 2)
        #expect(export.claim(withValue: 3000, unit: "count")?.sources == [a.analyzed.id])
    }

    @Test func aStatementDateCanBeAboutTheYearJustEnded() throws {
        // "...a big jump from the $38 billion it had guided for last year", said on Friday:
        // the extractor dates it by the Friday; another outlet states the year.
        var a = ArticleBuilder(outlet: "Wire", title: "Acme guidance", day: "2025-01-24", entities: ["Acme"])
        a.add("Acme", "capital expenditure", [(38e9, "USD", 1e9)], period: "2025-01-24")
        a.add("Acme", "capital expenditure", [(65e9, "USD", 1e9)], bound: .atMost, period: "2025")
        var b = ArticleBuilder(
            outlet: "Paper", title: "Acme last year", day: "2025-01-24", entities: ["Acme"])
        b.add("Acme", "capital expenditure", [(38.3e9, "USD", 1e8)], period: "2024")
        var c = ArticleBuilder(outlet: "Old", title: "Acme in 2023", day: "2025-01-24", entities: ["Acme"])
        c.add("Acme", "capital expenditure", [(38e9, "USD", 1e9)], period: "2023")
        let export = graphExport(of: a, b, c)
        let lastYear = try #require(export.claim(withValue: 38.3e9, unit: "USD"))
        #expect(Set(lastYear.sources) == [a.analyzed.id, b.analyzed.id])
        #expect(export.claims.count == 3)
        // 2025's figure does not compete with last year's through the statement date.
        #expect(export.conflicts.allSatisfy { !$0.claims.contains(lastYear.id) })
    }

    @Test func onePreciseFigureUnderDifferentSubjectsIsOneClaim() throws {
        var a = ArticleBuilder(
            outlet: "Agency", title: "Toll cut", day: "2023-09-18", entities: ["Rivertown"])
        a.add("Rivertown", "death toll", [(3958, "count", 1)], period: "2023-09-17")
        a.add("Rivertown", "death toll", [(2000, "count", 1000)], period: "2023-09-17")
        // The second article credits the region but names the town too.
        var b = ArticleBuilder(
            outlet: "Paper", title: "Toll cut", day: "2023-09-19", entities: ["Eastland", "Rivertown"])
        b.add("Eastland", "deaths", [(3958, "count", 1)], period: "2023-09-17")
        b.add("Eastland", "deaths", [(2000, "count", 1000)], period: "2023-09-17")
        // The same precise figure weeks later, or for another measure, is not the same fact.
        var c = ArticleBuilder(outlet: "Later", title: "Review", day: "2023-10-30", entities: ["Hilltown"])
        c.add("Hilltown", "deaths", [(3958, "count", 1)], period: nil)
        var d = ArticleBuilder(outlet: "Other", title: "Homes", day: "2023-09-18", entities: ["Southtown"])
        d.add("Southtown", "homes destroyed", [(3958, "count", 1)], period: "2023-09-17")
        // Nor is it, in the same days, for a subject neither article names.
        var e = ArticleBuilder(outlet: "Abroad", title: "Quake", day: "2023-09-18", entities: ["Farland"])
        e.add("Farland", "deaths", [(3958, "count", 1)], period: "2023-09-17")
        let export = graphExport(of: a, b, c, d, e)
        let joined = try #require(export.claims.first { $0.sources.count == 2 })
        #expect(Set(joined.sources) == [a.analyzed.id, b.analyzed.id])
        #expect(joined.values.map(\.amount) == [3958])
        // Round figures stay with their own subjects.
        #expect(export.claims.filter { $0.values.contains { $0.amount == 2000 } }.count == 2)
        #expect(export.claims.count == 6)
    }

    @Test func aMonthBesideTheYearAndUsersAsCountsStillMerge() throws {
        // "More than 1.3 million GPUs by December" (dated to the month before the year) and
        // "1.3 million GPUs by the end of 2025"; "1 billion users" and "1 billion people".
        var a = ArticleBuilder(outlet: "Wire", title: "Acme GPUs", day: "2025-01-24", entities: ["Acme"])
        a.add("Acme", "GPUs", [(1.3e6, "count", 1e5)], bound: .atLeast, period: "2025")
        a.add("Acme", "assistant users", [(1e9, "users", 1e9)], bound: .atLeast, period: "2025")
        var b = ArticleBuilder(outlet: "Paper", title: "Acme GPUs", day: "2025-01-24", entities: ["Acme"])
        b.add("Acme", "GPUs", [(1.3e6, "count", 1e5)], bound: .atLeast, period: "2024-12")
        b.add("Acme", "assistant users", [(1e9, "count", 1e9)], bound: .atLeast, period: "2025")
        let export = graphExport(of: a, b)
        #expect(export.claims.count == 2)
        #expect(export.claims.allSatisfy { $0.sources.count == 2 })
        let users = try #require(export.claim(withValue: 1e9, unit: "users"))
        #expect(Set(users.values.map(\.unit.rawValue)) == ["count", "users"])
    }

    @Test func resendIsADuplicateAndChangesNothing() {
        var a = ArticleBuilder(outlet: "Wire", title: "Acme", day: "2025-01-22", entities: ["Acme"])
        a.add("Acme", "revenue", [(1e9, "USD", 1e8)], period: "2024")
        var graph = ClaimGraph()
        #expect(graph.insert(a.analyzed) == .accepted)
        let before = graph.export()
        #expect(graph.insert(a.analyzed) == .duplicate)
        #expect(graph.export() == before)
        #expect(graph.stats().articles == 1)
    }

    @Test func syndicatedCopyIsNotAnIndependentOrigin() throws {
        let text = String(
            repeating: "Acme said quarterly revenue reached one billion dollars in the period. ", count: 8)
        var a = ArticleBuilder(
            outlet: "Wire", title: "Acme revenue", day: "2025-01-22", text: text, entities: ["Acme"])
        a.add("Acme", "revenue", [(1e9, "USD", 1e8)], period: "2024")
        var b = ArticleBuilder(
            outlet: "Portal (Wire)", title: "Acme revenue", day: "2025-01-23", text: text, entities: ["Acme"])
        b.add("Acme", "revenue", [(1e9, "USD", 1e8)], period: "2024")
        let export = graphExport(of: b, a)
        let claim = try #require(export.claims.first)
        #expect(claim.sources.count == 2)
        #expect(claim.origins == 1)
        #expect(claim.status == .singleSource)
        let copy = try #require(export.articles.first { $0.outlet == "Portal (Wire)" })
        let original = try #require(export.articles.first { $0.outlet == "Wire" })
        #expect(copy.duplicateOf == original.id)
        #expect(original.duplicateOf == nil)
        #expect(copy.story == original.story)
    }
}
