import ClaimGraph
import ClaimModel
import Testing

@Suite struct ConflictTests {
    @Test func divergentFiguresForOneMeasureFamilyConflict() throws {
        var a = ArticleBuilder(outlet: "Wire", title: "Acme capex", day: "2025-01-22", entities: ["Acme"])
        a.add("Acme", "capital expenditure", [(20.64e9, "USD", 1e7)], bound: .atLeast, period: "2025")
        var b = ArticleBuilder(
            outlet: "Paper", title: "Acme AI spending", day: "2025-01-21", entities: ["Acme"])
        b.add("Acme", "AI infrastructure spending", [(12e9, "USD", 1e9)], bound: .atLeast, period: "2025")
        let export = graphExport(of: a, b)
        #expect(export.claims.count == 2)
        let conflict = try #require(export.conflicts.first)
        #expect(export.conflicts.count == 1)
        #expect(Set(conflict.claims) == Set(export.claims.map(\.id)))
        #expect(conflict.kind == .divergentFigures)
    }

    /// A valuation is a measure of its own, not a bare `value`: rival valuations of one
    /// company compete (`valued at €5.2bn`, `a €6bn valuation`).
    @Test func rivalValuationsCompete() throws {
        var a = ArticleBuilder(outlet: "Wire", title: "Acme raises", day: "2026-11-17", entities: ["Acme"])
        a.add("Acme", "valuation", [(5.2e9, "EUR", 1e8)], period: nil)
        var b = ArticleBuilder(outlet: "Paper", title: "Acme round", day: "2026-11-15", entities: ["Acme"])
        b.add("Acme", "valued", [(6e9, "EUR", 1e9)], period: nil)
        let export = graphExport(of: a, b)
        #expect(export.claims.count == 2)
        let conflict = try #require(export.conflicts.first)
        #expect(Set(conflict.claims) == Set(export.claims.map(\.id)))
    }

    @Test func runningCountsOnNearbyDaysCompete() {
        var a = ArticleBuilder(
            outlet: "Agency", title: "Flood toll", day: "2023-09-15", entities: ["Rivertown"])
        a.add("Rivertown", "death toll", [(11300, "count", 100)], period: "2023-09-14")
        a.add("Rivertown", "people missing", [(10100, "count", 100)], period: "2023-09-14")
        var b = ArticleBuilder(
            outlet: "Paper", title: "Toll revised", day: "2023-09-18", entities: ["Rivertown"])
        b.add("Rivertown", "deaths", [(3958, "count", 1)], period: "2023-09-17")
        let export = graphExport(of: a, b)
        #expect(export.claims.count == 3)
        #expect(export.conflicts.count == 1)
        let missing = export.claim(withValue: 10100, unit: "count")
        #expect(missing?.status == .singleSource)
    }

    @Test func figuresOneArticleGivesSideBySideDoNotCompete() {
        var a = ArticleBuilder(
            outlet: "Agency", title: "Appeal", day: "2023-09-15", entities: ["Relief Agency"])
        a.add("Relief Agency", "appeal", [(10e6, "USD", 1e6)], period: "2023-09-14")
        a.add("Relief Agency", "appeal", [(71.4e6, "USD", 1e5)], period: "2023-09-14")
        var graph = ClaimGraph()
        graph.insert(a.analyzed)
        #expect(graph.export().claims.count == 2)
        #expect(graph.export().conflicts.isEmpty)
    }

    @Test func bareAmountsNeverCompete() {
        var a = ArticleBuilder(outlet: "Wire", title: "Acme", day: "2025-01-22", entities: ["Acme"])
        a.add("Acme", "amount", [(5e9, "USD", 1e9)], period: "2025")
        var b = ArticleBuilder(outlet: "Paper", title: "Acme again", day: "2025-01-22", entities: ["Acme"])
        b.add("Acme", "amount", [(9e9, "USD", 1e9)], period: "2025")
        var graph = ClaimGraph()
        graph.insert(a.analyzed)
        graph.insert(b.analyzed)
        #expect(graph.export().conflicts.isEmpty)
    }

    /// Changes compete only when they change the same thing: a rate cut is no rival of
    /// economic growth, job cuts are none of a headcount; two revenue growth rates are rivals.
    @Test func changesCompeteOnlyForWhatTheyChange() {
        func conflicts(_ x: (String, Double, String), _ y: (String, Double, String)) -> Int {
            var a = ArticleBuilder(
                outlet: "Wire", title: "Nordbank", day: "2026-03-04", entities: ["Nordbank"])
            a.add("Nordbank", x.0, [(x.1, x.2, 0.1)], period: "2026")
            var b = ArticleBuilder(
                outlet: "Paper", title: "Nordbank move", day: "2026-03-04", entities: ["Nordbank"])
            b.add("Nordbank", y.0, [(y.1, y.2, 0.1)], period: "2026")
            return graphExport(of: a, b).conflicts.count
        }
        #expect(conflicts(("interest rate decline", 0.25, "percent"), ("growth", 1.1, "percent")) == 0)
        #expect(conflicts(("job cuts", 24000, "count"), ("workforce", 75000, "count")) == 0)
        #expect(conflicts(("revenue growth", 5, "percent"), ("revenue growth", 8, "percent")) == 1)
        // A segment's revenue is no rival of the company's, nor of another segment's.
        #expect(conflicts(("data center revenue", 41.1, "USD"), ("revenue", 54, "USD")) == 0)
        #expect(conflicts(("cloud revenue", 12, "USD"), ("advertising revenue", 30, "USD")) == 0)
        #expect(conflicts(("revenue", 46.7, "USD"), ("revenue", 54, "USD")) == 1)
        // 1.1% and 1.2%, each stated to a tenth, meet at 1.15 and no further.
        #expect(conflicts(("growth", 1.1, "percent"), ("growth", 1.2, "percent")) == 1)
    }

    /// One article's two exact figures for one measure are two claims (`rose to $5 billion from
    /// $4 billion`), however close the truncation allowance puts them; a change's starting point
    /// never merges with, nor competes with, the figure it changed to.
    @Test func oneArticlesFiguresAndAChangesStartStayApart() {
        var a = ArticleBuilder(outlet: "Wire", title: "Acme results", day: "2025-02-01", entities: ["Acme"])
        a.add("Acme", "revenue", [(5e9, "USD", 1e9)], period: "2024")
        a.add("Acme", "revenue", [(4e9, "USD", 1e9)], period: "2024")
        #expect(graphExport(of: a).claims.count == 2)
        var b = ArticleBuilder(outlet: "Wire", title: "Acme results", day: "2025-02-01", entities: ["Acme"])
        b.add("Acme", "revenue", [(5e9, "USD", 1e9)], period: "2024")
        b.add("Acme", "previous shops", [(9, "count", 1)], period: nil)
        var c = ArticleBuilder(outlet: "Paper", title: "Acme results", day: "2025-02-01", entities: ["Acme"])
        c.add("Acme", "previous revenue", [(4e9, "USD", 1e9)], period: "2024")
        c.add("Acme", "shops", [(26, "count", 1)], period: nil)
        let export = graphExport(of: b, c)
        #expect(export.claims.count == 4)
        #expect(export.conflicts.isEmpty)
    }

    /// What analysts expected never merges with the reported figure nor competes with it, and
    /// two estimates do not compete either; estimates that agree merge.
    @Test func estimatesStandApartAndCompeteWithNothing() {
        var a = ArticleBuilder(outlet: "Wire", title: "Acme results", day: "2025-10-02", entities: ["Acme"])
        a.add("Acme", "revenue", [(11.7e9, "USD", 0.1e9)], period: "2025-Q3")
        a.add("Acme", "analysts' expected revenue", [(11.0e9, "USD", 0.01e9)], period: "2025-Q3")
        var b = ArticleBuilder(outlet: "Paper", title: "Acme results", day: "2025-10-02", entities: ["Acme"])
        b.add("Acme", "revenue", [(11.72e9, "USD", 0.01e9)], period: "2025-Q3")
        b.add("Acme", "analysts' expected revenue", [(12.5e9, "USD", 0.1e9)], period: "2025-Q3")
        var c = ArticleBuilder(outlet: "Post", title: "Acme results", day: "2025-10-02", entities: ["Acme"])
        c.add("Acme", "analysts' expected revenue", [(11.7e9, "USD", 0.1e9)], period: "2025-Q3")
        c.add("Acme", "analysts' expected revenue", [(11.0e9, "USD", 0.1e9)], period: "2025-Q3")
        let export = graphExport(of: a, b, c)
        // Reported 11.7 / 11.72 merge; the estimates 11.0 (twice) merge; 12.5 and 11.7 stand alone.
        #expect(export.claims.count == 4, "\(export.claims.map { ($0.measure, $0.values.map(\.amount)) })")
        #expect(export.conflicts.isEmpty)
        // Two prices of a traded stock are no rivals either, nor an offer's price per share.
        var e = ArticleBuilder(outlet: "Wire", title: "Acme debut", day: "2025-10-02", entities: ["Acme"])
        e.add("Acme", "stock price", [(40, "USD", 1)], period: nil)
        e.add("Acme", "price per share", [(40, "USD", 1)], period: nil)
        var f = ArticleBuilder(outlet: "Paper", title: "Acme debut", day: "2025-10-02", entities: ["Acme"])
        f.add("Acme", "stock price", [(52, "USD", 1)], period: nil)
        let prices = graphExport(of: e, f)
        #expect(prices.claims.count == 3)
        #expect(prices.conflicts.isEmpty)
        // Without the estimate scope the same figures compete.
        var d = ArticleBuilder(outlet: "Post", title: "Acme results", day: "2025-10-02", entities: ["Acme"])
        d.add("Acme", "revenue", [(11.0e9, "USD", 0.01e9)], period: "2025-Q3")
        #expect(graphExport(of: a, d).conflicts.count == 1)
    }

    /// Figures the same articles give side by side compete when credited to different sources
    /// (police against unions), not when credited to one; `about 1 million` is not `more than
    /// 500,000`.
    @Test func sideBySideFiguresOfRivalSourcesCompete() {
        func export(_ sources: (String, String)) -> GraphExport {
            var a = ArticleBuilder(outlet: "Wire", title: "Oslo march", day: "2025-09-19", entities: ["Oslo"])
            a.add("Oslo", "protesters", [(55_000, "count", 1000)], period: nil, attribution: sources.0)
            a.add("Oslo", "protesters", [(300_000, "count", 100_000)], period: nil, attribution: sources.1)
            var b = ArticleBuilder(
                outlet: "Paper", title: "Oslo march", day: "2025-09-19", entities: ["Oslo"])
            b.add("Oslo", "protesters", [(55_000, "count", 1000)], period: nil, attribution: sources.0)
            b.add("Oslo", "protesters", [(300_000, "count", 100_000)], period: nil, attribution: sources.1)
            return graphExport(of: a, b)
        }
        #expect(export(("police", "unions")).conflicts.count == 1)
        #expect(export(("police", "police")).conflicts.isEmpty)
        var c = ArticleBuilder(
            outlet: "Wire", title: "Norway marches", day: "2025-09-19", entities: ["Norway"])
        c.add("Norway", "protesters", [(1e6, "count", 1e6)], bound: .approx, period: nil)
        var d = ArticleBuilder(
            outlet: "Paper", title: "Norway marches", day: "2025-09-19", entities: ["Norway"])
        d.add("Norway", "protesters", [(500_000, "count", 100_000)], bound: .atLeast, period: nil)
        #expect(graphExport(of: c, d).claims.count == 2)
    }

    /// Revenue for one quarter and the next quarter's guidance are different figures, however
    /// close; a figure dated by the day it was said still meets its quarter.
    @Test func adjacentQuartersAreDifferentPeriods() {
        var a = ArticleBuilder(outlet: "Wire", title: "Acme results", day: "2025-07-25", entities: ["Acme"])
        a.add("Acme", "revenue", [(12.9e9, "USD", 1e8)], period: "2025-Q2")
        var b = ArticleBuilder(outlet: "Paper", title: "Acme outlook", day: "2025-07-25", entities: ["Acme"])
        b.add("Acme", "revenue", [(12.9e9, "USD", 1e8)], period: "2025-Q3")
        #expect(graphExport(of: a, b).claims.count == 2)
        var c = ArticleBuilder(outlet: "Daily", title: "Acme results", day: "2025-07-25", entities: ["Acme"])
        c.add("Acme", "revenue", [(12.9e9, "USD", 1e8)], period: "2025-07-24")
        #expect(graphExport(of: a, c).claims.count == 1)
    }

    /// A quarter's figure and its year's are a part and the whole: they never compete; two
    /// figures for one quarter do.
    @Test func aQuarterAndItsYearDoNotCompete() {
        var a = ArticleBuilder(outlet: "Wire", title: "Acme outlook", day: "2025-01-22", entities: ["Acme"])
        a.add("Acme", "revenue", [(43e9, "USD", 1e9)], period: "2025")
        var b = ArticleBuilder(outlet: "Paper", title: "Acme outlook", day: "2025-01-22", entities: ["Acme"])
        b.add("Acme", "revenue", [(10.4e9, "USD", 1e8)], period: "2025-Q1")
        #expect(graphExport(of: a, b).conflicts.isEmpty)
        var c = ArticleBuilder(outlet: "Daily", title: "Acme outlook", day: "2025-01-22", entities: ["Acme"])
        c.add("Acme", "revenue", [(11.9e9, "USD", 1e8)], period: "2025-Q1")
        #expect(graphExport(of: b, c).conflicts.count == 1)
    }

    @Test func withdrawnFigureIsACorrection() throws {
        let text =
            "Acme will bring about 1GW of compute online this year. "
            + "Update: An earlier version of this story said the site would deliver 2GW this year."
        var a = ArticleBuilder(
            outlet: "Site", title: "Acme compute", day: "2025-01-24", text: text, entities: ["Acme"])
        a.add(
            "Acme", "computing capacity", [(1, "GW", 1)], bound: .approx, period: "2025",
            sentence: "Acme will bring about 1GW of compute online this year.")
        a.add(
            "Acme", "computing capacity", [(2, "GW", 1)], period: "2025",
            sentence: "An earlier version of this story said the site would deliver 2GW this year.")
        var b = ArticleBuilder(outlet: "Wire", title: "Acme capacity", day: "2025-01-24", entities: ["Acme"])
        b.add("Acme", "computing capacity", [(1, "GW", 1)], bound: .approx, period: "2025")
        let export = graphExport(of: a, b)
        #expect(export.claims.count == 2)
        let conflict = try #require(export.conflicts.first)
        #expect(export.conflicts.count == 1)
        #expect(conflict.kind == .correction)
    }

    @Test func undatedFigureIsAboutItsPublicationTime() {
        var a = ArticleBuilder(outlet: "Wire", title: "Acme capex", day: "2025-01-24", entities: ["Acme"])
        a.add("Acme", "capital expenditure", [(65e9, "USD", 1e9)], bound: .atLeast, period: nil)
        var b = ArticleBuilder(
            outlet: "Paper", title: "Acme last year", day: "2025-01-24", entities: ["Acme"])
        b.add("Acme", "capital expenditure", [(40e9, "USD", 1e9)], period: "2024")
        b.add("Acme", "capital expenditure", [(60e9, "USD", 1e9)], bound: .approx, period: "2025")
        let export = graphExport(of: a, b)
        // Over $65bn (printed in 2025) competes with 2025's $60bn, never with 2024's $40bn.
        #expect(export.conflicts.count == 1)
        let pair = Set(export.conflicts.first?.claims ?? [])
        #expect(pair.count == 2)
        #expect(!pair.contains(export.claim(withValue: 40e9, unit: "USD")?.id ?? ""))
    }

    @Test func claimsOfDifferentStoriesDoNotCompete() {
        var early = ArticleBuilder(
            outlet: "Wire", title: "Acme orders accelerators", day: "2024-09-20", entities: ["Acme"])
        early.add("Acme", "chips ordered", [(200_000, "count", 1000)], bound: .atLeast, period: "2024")
        var late = ArticleBuilder(
            outlet: "Paper", title: "Acme capex review", day: "2025-01-22", entities: ["Acme"])
        late.add("Acme", "chips ordered", [(230_000, "count", 10000)], bound: .approx, period: "2024")
        let export = graphExport(of: early, late)
        #expect(export.stories.count == 2)
        #expect(export.claims.count == 2)
        #expect(export.conflicts.isEmpty)
    }

    @Test func aBoundAnotherFigureSatisfiesIsNoConflict() {
        var a = ArticleBuilder(
            outlet: "Site", title: "Chatbot users", day: "2025-01-22", entities: ["Chatbot"])
        a.add("Chatbot", "monthly active users", [(60e6, "users", 1e6)], bound: .atLeast, period: nil)
        var b = ArticleBuilder(
            outlet: "Paper", title: "Chatbot users", day: "2025-01-22", entities: ["Chatbot"])
        b.add("Chatbot", "monthly active users", [(71e6, "users", 1e6)], period: "2024-12")
        var c = ArticleBuilder(
            outlet: "Wire", title: "Chatbot users", day: "2025-01-22", entities: ["Chatbot"])
        c.add("Chatbot", "monthly active users", [(50e6, "users", 1e6)], bound: .atMost, period: nil)
        let export = graphExport(of: a, b, c)
        #expect(export.claims.count == 3)
        // "Over 60 million" holds with 71 million; "up to 50 million" does not, with either.
        let conflict = export.conflicts.first
        #expect(export.conflicts.count == 1)
        #expect(conflict?.claims.count == 3)
        let over = export.claim(withValue: 60e6, unit: "users")
        #expect(over?.status == .contested)
    }

    @Test func conflictsSpanSubjectsJoinedByAPreciseFigure() {
        // One claim stated as Rivertown's and as Eastland's competes with the figures of both.
        var a = ArticleBuilder(
            outlet: "Agency", title: "Toll", day: "2023-09-18", entities: ["Rivertown", "Eastland"])
        a.add("Rivertown", "death toll", [(3958, "count", 1)], period: "2023-09-17")
        a.add("Rivertown", "death toll", [(11300, "count", 100)], period: "2023-09-16")
        var b = ArticleBuilder(
            outlet: "Paper", title: "Toll", day: "2023-09-18", entities: ["Rivertown", "Eastland"])
        b.add("Eastland", "deaths", [(3958, "count", 1)], period: "2023-09-17")
        b.add("Eastland", "deaths", [(3283, "count", 1)], period: "2023-09-18")
        let export = graphExport(of: a, b)
        #expect(export.claims.count == 3)
        #expect(export.conflicts.count == 1)
        #expect(export.conflicts.first?.claims.count == 3)
    }

    @Test func correctionWordsInsideOtherWordsAreNoCorrection() throws {
        let text = "Acme's uncorrected tally stood at 5 plants. Rivals count 9 plants."
        var a = ArticleBuilder(
            outlet: "Site", title: "Acme plants", day: "2025-01-24", text: text, entities: ["Acme"])
        a.add(
            "Acme", "plants", [(5, "count", 1)], period: "2025",
            sentence: "Acme's uncorrected tally stood at 5 plants.")
        var b = ArticleBuilder(outlet: "Wire", title: "Acme plants", day: "2025-01-24", entities: ["Acme"])
        b.add("Acme", "plants", [(9, "count", 1)], period: "2025")
        var graph = ClaimGraph()
        graph.insert(a.analyzed)
        graph.insert(b.analyzed)
        let conflict = try #require(graph.export().conflicts.first)
        #expect(conflict.kind == .divergentFigures)
    }

    @Test func differentSubjectsOrUnitsNeverConflict() {
        var a = ArticleBuilder(
            outlet: "Wire", title: "Chips", day: "2025-01-22", entities: ["Acme", "Globex"])
        a.add("Acme", "revenue", [(5e9, "USD", 1e9)], period: "2024")
        a.add("Globex", "revenue", [(9e9, "USD", 1e9)], period: "2024")
        a.add("Acme", "revenue growth", [(12, "percent", 1)], period: "2024")
        var graph = ClaimGraph()
        graph.insert(a.analyzed)
        #expect(graph.export().conflicts.isEmpty)
    }
}

@Suite struct DenialTests {
    @Test func denialNamingAReportAttachesToItsClaims() throws {
        var a = ArticleBuilder(
            outlet: "Daily Ledger", title: "Acme to spend on AI", day: "2025-01-21", entities: ["Acme"])
        a.add(
            "Acme", "AI infrastructure spending", [(12e9, "USD", 1e9)], bound: .atLeast, period: "2025",
            attribution: "two people familiar with the plans")
        var b = ArticleBuilder(
            outlet: "Wire", title: "Acme AI budget disputed", day: "2025-01-22", entities: ["Acme"])
        b.add(
            "Acme", "AI infrastructure spending", [(12e9, "USD", 1e9)], bound: .atLeast, period: "2025",
            attribution: "Daily Ledger")
        b.add("Acme", "revenue", [(90e9, "USD", 1e9)], period: "2024", attribution: "company filings")
        b.denials = [
            Denial(
                party: "Acme", target: "Daily Ledger", subject: "Acme", topics: [],
                evidence: TextSpan(start: 0, end: 10))
        ]
        let export = graphExport(of: a, b)
        let denial = try #require(export.denials.first)
        let spending = try #require(export.claim(withValue: 12e9, unit: "USD"))
        let revenue = try #require(export.claim(withValue: 90e9, unit: "USD"))
        #expect(denial.by == "Acme")
        #expect(denial.claims == [spending.id])
        #expect(denial.sources == [b.analyzed.id])
        #expect(spending.status == .denied)
        #expect(revenue.status == .singleSource)
    }

    @Test func denialWithoutTargetAttachesToUnnamedSourceClaimsOfItsArticle() throws {
        var a = ArticleBuilder(
            outlet: "Wire", title: "Acme capex plan", day: "2025-01-22", entities: ["Acme"])
        a.add(
            "Acme", "capital expenditure", [(20e9, "USD", 1e9)], period: "2025",
            attribution: "people briefed on the matter")
        a.add("Acme", "standalone apps", [(15, "count", 1)], period: nil, attribution: "Acme")
        a.denials = [
            Denial(party: "Acme", subject: "Acme", topics: [], evidence: TextSpan(start: 0, end: 10))
        ]
        let export = graphExport(of: a)
        let capex = try #require(export.claim(withValue: 20e9, unit: "USD"))
        let apps = try #require(export.claim(withValue: 15, unit: "count"))
        #expect(export.denials.map(\.claims) == [[capex.id]])
        #expect(capex.status == .denied)
        #expect(apps.status == .singleSource)
    }

    /// `Acme denied a report that it would cut 3,000 jobs`: the unnamed figure the denial's
    /// own sentence states is the disputed one, not every unnamed figure of the article; a
    /// named figure in that sentence (the one that replaced it) is not.
    @Test func denialSentenceStatingAnUnnamedFigureDisputesIt() throws {
        let text =
            "Acme denied a report that it would cut 3,000 jobs, citing the 75,000 staff the company "
            + "counted. Acme had 40,000 contractors, people familiar said."
        var a = ArticleBuilder(
            outlet: "Wire", title: "Acme denies cuts", day: "2025-07-25", text: text, entities: ["Acme"])
        let denied =
            "Acme denied a report that it would cut 3,000 jobs, citing the 75,000 staff the company counted."
        a.add("Acme", "job cuts", [(3000, "count", 1000)], period: nil, hedged: true, sentence: denied)
        a.add(
            "Acme", "staff", [(75000, "count", 1000)], period: nil, attribution: "the company",
            sentence: denied)
        a.add(
            "Acme", "contractors", [(40000, "count", 1000)], period: nil, attribution: "people familiar",
            sentence: "Acme had 40,000 contractors, people familiar said.")
        let start = 0
        a.denials = [
            Denial(
                party: "Acme", subject: "Acme", topics: [],
                evidence: TextSpan(start: start, end: denied.utf8.count))
        ]
        let export = graphExport(of: a)
        let cuts = try #require(export.claim(withValue: 3000, unit: "count"))
        #expect(export.denials.map(\.claims) == [[cuts.id]])
    }

    /// `... estimate the toll at 1,450. The health department rejected the estimate.`: a denial
    /// of `the estimate` stating no figure disputes the figures of the sentence right before
    /// it, a named source's too, and not an estimate stated earlier.
    @Test func denialOfTheEstimateDisputesTheSentenceBefore() throws {
        let estimate = "Researchers at Acme University estimate the toll at 1,450."
        let rejected = "The health department rejected the estimate."
        let earlier = "Acme counted 68 deaths."
        let text = [earlier, estimate, rejected].joined(separator: " ")
        var a = ArticleBuilder(
            outlet: "Wire", title: "Heatwave toll disputed", day: "2025-07-25", text: text,
            entities: ["Karachi"])
        a.add(
            "Karachi", "death toll", [(68, "count", 1)], period: nil, attribution: "Acme", sentence: earlier)
        a.add(
            "Karachi", "death toll", [(1450, "count", 1)], period: nil, attribution: "Researchers",
            sentence: estimate)
        let start = text.utf8.count - rejected.utf8.count
        a.denials = [
            Denial(
                party: "health department", subject: "health department", topics: ["estimate", "health"],
                evidence: TextSpan(start: start, end: text.utf8.count))
        ]
        let export = graphExport(of: a)
        let toll = try #require(export.claim(withValue: 1450, unit: "count"))
        #expect(export.denials.map(\.claims) == [[toll.id]])
        // The sentence right before is the one disputed, not an earlier estimate.
        var b = a
        b.text = [estimate, earlier, rejected].joined(separator: " ")
        b.mentions = []
        b.add(
            "Karachi", "death toll", [(1450, "count", 1)], period: nil, attribution: "Researchers",
            sentence: estimate)
        b.add(
            "Karachi", "death toll", [(68, "count", 1)], period: nil, attribution: "Acme", sentence: earlier)
        let other = graphExport(of: b)
        let counted = try #require(other.claim(withValue: 68, unit: "count"))
        #expect(other.denials.map(\.claims) == [[counted.id]])
    }

    /// A figure credited to a claim (`the hackers' claim that 560 million accounts were
    /// affected`) is from an unnamed source: the denial stating it disputes it, not the party's
    /// own figure beside it.
    @Test func denialSentenceStatingAClaimsFigureDisputesIt() throws {
        let denied =
            "Acme disputed the hackers' claim that 560 million accounts were affected, saying the breach "
            + "involved fewer than 40 million customers."
        var a = ArticleBuilder(
            outlet: "Wire", title: "Acme says breach smaller", day: "2025-07-25", text: denied,
            entities: ["Acme"])
        a.add(
            "Acme", "accounts", [(560e6, "count", 1e6)], period: nil, attribution: "a claim", sentence: denied
        )
        a.add(
            "Acme", "customers", [(40e6, "count", 1e6)], period: nil, attribution: "Acme", sentence: denied)
        a.denials = [
            Denial(
                party: "Acme", subject: "Acme", topics: [],
                evidence: TextSpan(start: 0, end: denied.utf8.count))
        ]
        let export = graphExport(of: a)
        let claimed = try #require(export.claim(withValue: 560e6, unit: "count"))
        #expect(export.denials.map(\.claims) == [[claimed.id]])
    }

    /// A party disowns a figure credited to it only by denying it gave it (`never issued`) or by
    /// naming what it measures; denying that the fire reached a town disowns none of the
    /// fire's figures.
    @Test func aPartyDisownsItsFiguresOnlyWhenItSaysSo() {
        func export(topics: [String]) -> GraphExport {
            let stated = "The fire has burned 360,000 acres, Nordfire said."
            let denied = "Nordfire denied a report."
            let text = stated + " " + denied
            var a = ArticleBuilder(
                outlet: "Wire", title: "Brekkvik Fire grows", day: "2025-07-25", text: text,
                entities: ["Brekkvik Fire"])
            a.add(
                "Brekkvik Fire", "area", [(360_000, "acres", 1000)], period: nil, attribution: "Nordfire",
                sentence: stated)
            let start = text.utf8.count - denied.utf8.count
            a.denials = [
                Denial(
                    party: "Nordfire", target: "a report", topics: topics,
                    evidence: TextSpan(start: start, end: text.utf8.count))
            ]
            return graphExport(of: a)
        }
        #expect(export(topics: ["fire", "reached", "town"]).denials.isEmpty)
        #expect(export(topics: ["issued"]).denials.count == 1)
        #expect(export(topics: ["area"]).denials.count == 1)
    }

    /// What analysts expected is nobody's report to deny: a denial of an unrelated report
    /// attaches to no estimate, though it is hedged and credited to no one.
    @Test func estimatesAreNeverDisputed() throws {
        let denied = "Acme denied a report that the pill had caused liver problems."
        let text = "Analysts had expected weight loss of about 8%. " + denied
        var a = ArticleBuilder(
            outlet: "Wire", title: "Acme stock jumps", day: "2025-07-25", text: text, entities: ["Acme"])
        a.add(
            "Acme", "analysts' expected loss decline", [(8, "percent", 1)], period: nil, hedged: true,
            sentence: "Analysts had expected weight loss of about 8%.")
        let start = text.utf8.count - denied.utf8.count
        a.denials = [
            Denial(
                party: "Acme", subject: "Acme", topics: ["pill", "liver"],
                evidence: TextSpan(start: start, end: text.utf8.count))
        ]
        #expect(graphExport(of: a).denials.isEmpty)
    }

    @Test func partyDenyingWithoutNamingAReportDisputesTheFiguresItsLatestAccountReplaces() throws {
        var summer = ArticleBuilder(
            outlet: "Back Pages", title: "Rovers sign striker for 100m", day: "2023-10-08",
            entities: ["Rovers United"])
        summer.add("Rovers United", "transfer fee", [(100e6, "GBP", 1e6)], period: "2023-08")
        summer.add(
            "Rovers United", "transfer fee", [(120e6, "GBP", 1e6)], bound: .atMost, period: nil,
            hedged: true)
        var autumn = ArticleBuilder(
            outlet: "Wire", title: "Rovers say they paid 95m", day: "2023-10-09", entities: ["Rovers United"])
        autumn.add(
            "Rovers United", "transfer fee", [(95e6, "EUR", 1e6), (82e6, "GBP", 1e6)], period: "2023-10-08",
            attribution: "the club's honorary president")
        autumn.add(
            "Rovers United", "add-ons", [(20e6, "EUR", 1e6)], bound: .atMost, period: nil, hedged: true)
        autumn.denials = [
            Denial(
                party: "Rovers United", subject: "Rovers United", topics: [],
                evidence: TextSpan(start: 0, end: 10))
        ]
        let export = graphExport(of: summer, autumn)
        let denial = try #require(export.denials.first)
        let reported = try #require(export.claim(withValue: 100e6, unit: "GBP"))
        let own = try #require(export.claim(withValue: 95e6, unit: "EUR"))
        #expect(denial.claims == [reported.id])
        #expect(own.status == .contested)
    }

    @Test func denialInAnOffTopicPassageAttachesNothing() {
        var a = ArticleBuilder(
            outlet: "Briefing", title: "Morning roundup", day: "2025-01-22", entities: ["Acme"])
        a.passages = [
            Passage(span: TextSpan(start: 0, end: 10), isMain: true),
            Passage(span: TextSpan(start: 10, end: 20), isMain: false),
        ]
        a.add("Acme", "capital expenditure", [(20e9, "USD", 1e9)], period: "2025", attribution: "sources")
        a.denials = [Denial(party: "Initech", evidence: TextSpan(start: 12, end: 18), passage: 1)]
        var graph = ClaimGraph()
        graph.insert(a.analyzed)
        #expect(graph.export().denials.isEmpty)
    }
}
