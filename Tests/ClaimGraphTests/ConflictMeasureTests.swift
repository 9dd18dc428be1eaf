import ClaimGraph
import ClaimModel
import Testing

/// Which figures compete by what they measure: a harvest by any name, a per-share figure and a
/// buyback apart from shares of something, a tally of the injured however it is worded, and a
/// running toll that grows from day to day.
@Suite struct ConflictMeasureTests {
    private func report(
        _ subject: String, _ measure: String, _ value: Double, _ unit: String, resolution: Double = 1,
        period: String?, outlet: String, day: String = "2025-08-12"
    ) -> ArticleBuilder {
        var builder = ArticleBuilder(
            outlet: outlet, title: "\(subject) figures", day: day, entities: [subject])
        builder.add(subject, measure, [(value, unit, resolution)], period: period)
        return builder
    }

    private func conflicts(_ builders: [ArticleBuilder]) -> Int {
        var graph = ClaimGraph()
        for builder in builders { graph.insert(builder.analyzed) }
        return graph.export().conflicts.count
    }

    @Test func aCropAndAHarvestAreOneMeasure() {
        #expect(
            conflicts([
                report(
                    "Ruritania", "wheat harvest", 78e6, "tonnes", resolution: 1e6, period: "2025",
                    outlet: "Wire"),
                report(
                    "Ruritania", "crop", 72.5e6, "tonnes", resolution: 1e5, period: "2025", outlet: "Paper"),
            ]) == 1)
    }

    @Test func aPerShareFigureAndABuybackAreNoShareOfAnything() {
        let share = report("Acme", "share", 1.5, "percent", resolution: 0.1, period: nil, outlet: "Wire")
        #expect(
            conflicts([
                share,
                report(
                    "Acme", "earnings per share", 2, "percent", resolution: 0.1, period: nil, outlet: "Paper"),
            ]) == 0)
        #expect(
            conflicts([share, report("Acme", "share buyback", 7, "percent", period: nil, outlet: "Paper")])
                == 0)
        // Control: two shares of one thing compete.
        #expect(conflicts([share, report("Acme", "stake", 7, "percent", period: nil, outlet: "Paper")]) == 1)
    }

    @Test func theInjuredCompeteHoweverTheyAreWorded() {
        #expect(
            conflicts([
                report("Rivertown", "people injured", 400, "count", period: "2025-08-12", outlet: "Wire"),
                report("Rivertown", "injuries", 520, "count", period: "2025-08-12", outlet: "Paper"),
            ]) == 1)
    }

    @Test func aTollThatGrowsFromDayToDayIsNoRivalCount() {
        let first = report(
            "Rivertown", "death toll", 14, "count", period: "2025-08-10", outlet: "Wire", day: "2025-08-10")
        let higherLater = report(
            "Rivertown", "death toll", 61, "count", period: "2025-08-11", outlet: "Paper", day: "2025-08-11")
        #expect(conflicts([first, higherLater]) == 0)
        // The injured, too, counted on a later publication day.
        #expect(
            conflicts([
                report(
                    "Rivertown", "people injured", 400, "count", period: "2025-08-10", outlet: "Wire",
                    day: "2025-08-10"),
                report(
                    "Rivertown", "people injured", 1240, "count", period: nil, outlet: "Paper",
                    day: "2025-08-12"),
            ]) == 0)
        // Controls: a lower count later, and two counts of one day, are rival accounts.
        let lowerLater = report(
            "Rivertown", "death toll", 9, "count", period: "2025-08-11", outlet: "Paper", day: "2025-08-11")
        #expect(conflicts([first, lowerLater]) == 1)
        let sameDay = report(
            "Rivertown", "death toll", 61, "count", period: "2025-08-10", outlet: "Paper", day: "2025-08-10")
        #expect(conflicts([first, sameDay]) == 1)
    }

    @Test func aReleaseClauseIsARivalAccountOfTheFee() {
        #expect(
            conflicts([
                report("Fjordline FC", "fee", 75e6, "EUR", resolution: 1e6, period: nil, outlet: "Wire"),
                report(
                    "Fjordline FC", "release clause", 90e6, "EUR", resolution: 1e6, period: nil,
                    outlet: "Paper"),
            ]) == 1)
    }

    @Test func aBareSumMeetsTheOneMoneyMeasureOfItsSubject() {
        let fee = report("Fjordline", "fee", 75e6, "EUR", resolution: 1e6, period: nil, outlet: "Wire")
        let bare = report("Fjordline", "amount", 90e6, "EUR", resolution: 1e6, period: nil, outlet: "Paper")
        #expect(conflicts([fee, bare]) == 1)
        // Its spending under other names is one measure too.
        let cost = report("Fjordline", "cost", 76e6, "EUR", resolution: 1e6, period: nil, outlet: "Daily")
        #expect(conflicts([fee, cost, bare]) == 1)
        // Control: a subject with revenue as well leaves a bare sum unplaced.
        let revenue = report(
            "Fjordline", "revenue", 80e6, "EUR", resolution: 1e6, period: nil, outlet: "Daily")
        #expect(conflicts([fee, bare, revenue]) == 0)
        // Control: two bare sums alone name nothing to compete over.
        let otherBare = report(
            "Fjordline", "amount", 60e6, "EUR", resolution: 1e6, period: nil, outlet: "Daily")
        #expect(conflicts([bare, otherBare]) == 0)
    }
}
