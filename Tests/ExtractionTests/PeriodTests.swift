import ClaimModel
import Testing

@testable import Extraction

@Suite struct PeriodResolutionTests {
    func period(_ text: String, published: String = "2025-01-22") -> String? {
        analyze(text, published: published).mentions.first?.period?.rawValue
    }

    @Test func relativeYears() {
        #expect(period("Fjordline will spend $3 billion this year.") == "2025")
        #expect(period("Fjordline spent $3 billion last year.") == "2024")
        #expect(period("Fjordline will spend $3 billion by 2026.") == "2026")
    }

    /// A quarter of a year named with it is that year's (`the first quarter of 2024`, `of next
    /// year`, `first quarter 2026`), not the last such quarter before the article.
    @Test func aQuarterOfANamedYear() {
        let written = "2023-12-01"
        #expect(
            period(
                "Fjordline will cut output by 20,000 bpd in the first quarter of 2024.", published: written)
                == "2024-Q1"
        )
        #expect(
            period(
                "Fjordline will cut output by 20,000 bpd in the first quarter of next year.",
                published: written)
                == "2024-Q1")
        #expect(
            period("Fjordline sold 2 million tickets in the second quarter of last year.", published: written)
                == "2022-Q2")
        #expect(
            period("Fjordline expects revenue of $6 billion in first quarter 2026.", published: written)
                == "2026-Q1")
        #expect(
            period("Fjordline expects revenue of $6 billion in the first quarter.", published: written)
                == "2023-Q1")
    }

    /// `the January-March quarter` is the quarter, not January.
    @Test func aQuarterNamedByItsMonths() {
        #expect(
            period(
                "Fjordline's orders fell 8% to 20.3 billion euros in the January-March quarter.",
                published: "2025-05-16")
                == "2025-Q1")
        #expect(
            period("Fjordline's orders fell 8% in the October-December quarter.", published: "2025-05-16")
                == "2024-Q4")
    }

    /// `by the end of the year` is the year's last month, not the whole year.
    /// `Q4`, `Q1 2025` and `the final three months of 2024` are quarters; `the three months to
    /// June` is the quarter ending then.
    @Test func quartersByCodeAndByThreeMonths() {
        #expect(period("Fjordline carried 1.2 million passengers in Q4.") == "2024-Q4")
        #expect(period("Fjordline expects Q1 2025 revenue of $1.2 billion.") == "2025-Q1")
        #expect(
            period("Fjordline carried 1.2 million passengers in the final three months of 2024.") == "2024-Q4"
        )
        #expect(
            period("Fjordline carried 1.2 million passengers in the first three months of 2024.") == "2024-Q1"
        )
        #expect(period("Fjordline's sales rose 3% in the three months to September.") == "2024-Q3")
    }

    /// `the quarter` is the quarter the article named last; `the same quarter a year earlier` is
    /// that quarter of the year before, and does not become the quarter named.
    @Test func theQuarterIsTheOneNamedBefore() {
        let a = analyze(
            """
            Fjordline reported results for the fourth quarter. It carried 1.2 million passengers in the \
            quarter, up from 1.1 million passengers in the same quarter a year earlier. Its profit in \
            the quarter was $20 million.
            """, published: "2025-01-22")
        #expect(a.mentions.map { $0.period?.rawValue } == ["2024-Q4", "2023-Q4", "2024-Q4"])
        #expect(period("Fjordline's profit in the quarter was $20 million.") == nil)
    }

    @Test func theEndOfTheYearIsItsLastMonth() {
        #expect(period("Fjordline will spend $2 billion by the end of the year.") == "2025-12")
    }

    /// A day in the coming month is this year's; a day further ahead of the article is last
    /// year's (`on December 3`, written in January).
    @Test func aDayJustAheadIsThisYears() {
        #expect(
            period(
                "Fjordline will record a $2 billion charge in the quarter ending April 27.",
                published: "2025-04-15")
                == "2025-04-27")
        #expect(period("Fjordline paid $2 billion on December 3.", published: "2025-01-22") == "2024-12-03")
    }

    /// `founded in 2019` dates the founding, no figure; a period right after a figure is its
    /// own, before one the same distance before it.
    @Test func foundingDatesNoFigureAndAPeriodAfterItsFigureWinsATie() {
        #expect(period("Fjordline, founded in 2019 by engineers, employs about 350 people.") == nil)
        #expect(period("Fjordline, launched in July 2023, adds about 1 million users a day.") == nil)
        let a = analyze(
            "Fjordline had 96,400 employees at the end of June, down from 99,500 at the end of March.",
            published: "2025-07-25")
        #expect(a.mentions.map { $0.period?.rawValue ?? "-" } == ["2025-06", "2025-03"])
    }

    /// A period after a comparison word dates the figure compared with, not one before the
    /// word: `fell to $727 million from $1.05 billion a year earlier`.
    @Test func aComparisonsPeriodDatesOnlyWhatItComparesWith() {
        let a = analyze(
            "Fjordline's net income fell 31% to $727 million from $1.05 billion a year earlier.",
            published: "2025-10-03")
        #expect(a.mentions.map { $0.period?.rawValue ?? "-" } == ["-", "-", "2024"])
    }

    /// `a year earlier` (or `ago`) after a named quarter is that quarter a year before, also when
    /// the article named the quarter in an earlier sentence.
    @Test func aYearEarlierThanANamedQuarterIsThatQuarterAYearBefore() {
        let a = analyze(
            "Fjordline said third-quarter sales rose to $3.84 billion, up from $3.69 billion a year earlier.",
            published: "2025-12-03")
        #expect(a.mentions.map { $0.period?.rawValue ?? "-" } == ["2025-Q3", "2024-Q3"])
        let b = analyze(
            """
            Fjordline reported results for the third quarter. Its net income rose to $142 million from \
            $118 million a year ago.
            """, published: "2025-12-03")
        #expect(b.mentions.map { $0.period?.rawValue ?? "-" } == ["-", "2024-Q3"])
    }

    /// `full-year` figures written from April on are the year of writing; earlier in the year a
    /// full year is as often the one just reported.
    @Test func fullYearIsTheYearOfWriting() {
        let sentence = "Fjordline now expects full-year revenue of $5.4 billion."
        #expect(period(sentence, published: "2025-12-03") == "2025")
        #expect(period(sentence, published: "2025-02-10") == nil)
    }

    @Test func fiscalYears() {
        #expect(period("Fjordline will spend $3 billion in fiscal 2025.") == "FY2025")
        #expect(period("Fjordline will spend $3 billion in FY2026.") == "FY2026")
    }

    @Test func fiscalQuartersAreNotTheFiscalYear() {
        #expect(
            period("In the first quarter of fiscal 2025 alone, Fjordline spent $2 billion.") == "FY2025-Q1")
        #expect(period("Fjordline spent $2 billion in its fiscal first quarter.") == "FY2025-Q1")
        #expect(period("Fjordline will spend $3 billion in fiscal 2025.") == "FY2025")
    }

    @Test func monthsAndWeekdaysResolveBackwards() {
        #expect(period("Fjordline had 71mn monthly active users as of December.") == "2024-12")
        #expect(period("On Monday, Fjordline said it had sold 40,000 tickets.") == "2025-01-20")
        #expect(
            period("Fjordline sold 40,000 tickets on September 11.", published: "2023-09-19") == "2023-09-11")
    }

    @Test func theDayOfAStatementDatesNoSum() {
        #expect(period("Fjordline said on Monday it would spend $3 billion on ferries.") == nil)
        #expect(period("Fjordline said on Monday it would spend $3 billion this year.") == "2025")
        #expect(period("Fjordline told the Harbour Post on Monday it would spend $3 billion.") == nil)
        // A count is as of the day it is given.
        #expect(period("The agency said on Monday that 3,283 deaths had been registered.") == "2025-01-20")
        #expect(period("Fjordline shares rose 2% on Monday.") == "2025-01-20")
        // Also when the event it counts is dated by a day nearer to it.
        #expect(
            period(
                "A strong earthquake struck Rivertown on Saturday, killing at least 61 people, the "
                    + "civil defense institute said on Sunday.") == "2025-01-19")
        // A weekday dates the telling of a sum, not the sum.
        #expect(period("Lund told a talk show on Monday that the club paid \u{20AC}95 million.") == nil)
    }

    @Test func theBaseOfAComparisonIsNotThePeriod() {
        #expect(period("Fjordline plans a roughly 50% increase over 2024.") == nil)
        #expect(period("Fjordline will spend $3 billion, compared with 2023.") == nil)
        #expect(period("Fjordline will spend more in 2025 than in 2024, about $3 billion.") == "2025")
    }

    /// A date still to come (`payable on March 3`) is the next such day, not the last.
    @Test func aDateToComeIsAhead() {
        #expect(
            period("Fjordline approved a dividend of 45 cents a share, payable on March 3.") == "2025-03-03")
        #expect(period("Fjordline paid a dividend of 45 cents a share on March 3.") == "2024-03-03")
    }

    /// The base a change is compared with takes the period named after it.
    @Test func theBaseOfAChangeTakesItsOwnPeriod() {
        let a = analyze(
            "Nordland's inflation eased to 3.1% in March from 3.6% in February.", published: "2025-04-10")
        #expect(a.mentions.map { $0.period?.rawValue } == ["2025-03", "2025-02"])
    }

    @Test func sinceIsNotThePeriod() {
        #expect(period("Fjordline has sold 40,000 tickets since 2019.") == nil)
        // When what is counted began, named after `since` with a noun between.
        #expect(period("Fjordline has sold 40,000 tickets since its launch in February 2022.") == nil)
        #expect(period("Fjordline has sold 40,000 tickets since the route opened in March.") == nil)
    }
}
