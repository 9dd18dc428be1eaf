import ClaimModel
import Testing

@Suite struct DayTests {
    @Test func ordinalRoundTripsAcrossCenturies() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            let day = Day(ordinal: ordinal)
            #expect(day.ordinal == ordinal)
        }
    }

    @Test func weekdayOfKnownDates() throws {
        #expect(try #require(Day(iso: "2025-01-22")).weekday == 3)  // Wednesday
        #expect(try #require(Day(iso: "2023-10-09")).weekday == 1)  // Monday
        #expect(try #require(Day(iso: "1970-01-01")).weekday == 4)  // Thursday
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2024-13-01") == nil)
        #expect(Day(iso: "24-01-01") == nil)
    }
}

@Suite struct PeriodTests {
    @Test func acceptsOnlyCanonicalSpellings() {
        for good in ["2025", "FY2024", "2024-12", "2024-12-05", "2024-Q4", "FY2025-Q1", "2025-H1"] {
            #expect(Period(good) != nil, "\(good)")
        }
        for bad in ["25", "FY", "2024-13x", "2024-Q5", "2024/12", "2024-1", ""] {
            #expect(Period(bad) == nil, "\(bad)")
        }
    }

    @Test func yearOfFiscalAndCalendarPeriods() {
        #expect(Period("FY2025-Q1")?.year?.year == 2025)
        #expect(Period("FY2025-Q1")?.year?.fiscal == true)
        #expect(Period.month(2024, 3).rawValue == "2024-03")
    }
}
