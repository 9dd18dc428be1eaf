import ClaimModel
import Testing

@testable import Reports

@Suite struct ValueFormatTests {
    @Test(arguments: [
        (Value(amount: 20.64e9, unit: "USD", resolution: 1e7), "$20.64bn"),
        (Value(amount: 150e9, unit: "CNY", resolution: 1e9), "150bn CNY"),
        (Value(amount: 75e6, unit: "users"), "75m users"),
        (Value(amount: 60, unit: "percent"), "60%"),
        (Value(amount: 4.5, unit: "percent", resolution: 0.1), "4.5%"),
        (Value(amount: 38_000, unit: "count", resolution: 1000), "38,000"),
        (Value(amount: 1.8e6, unit: "count", resolution: 1e5), "1.8m"),
        (Value(amount: 2.9e9, unit: "AUD", resolution: 1e8), "A$2.9bn"),
        (Value(amount: 4.8, unit: "AUD", resolution: 0.01), "A$4.80"),
        (Value(amount: 1.2e12, unit: "JPY"), "1.2tn JPY"),
        (Value(amount: 30, unit: "GW"), "30 GW"),
        (Value(amount: 1, unit: "days"), "1 day"),
        (Value(amount: 25, unit: "years"), "25 years"),
        (Value(amount: -5e9, unit: "USD"), "-$5bn"),
        (Value(amount: 20e9, unit: "USD", resolution: 1e9), "$20bn"),
    ])
    func spellsOneValue(value: Value, expected: String) {
        #expect(ValueFormat.value(value) == expected)
    }

    @Test func precisionFollowsTheStatedResolution() {
        #expect(ValueFormat.value(Value(amount: 20.6e9, unit: "USD", resolution: 1e7)) == "$20.60bn")
        #expect(ValueFormat.value(Value(amount: 20.6e9, unit: "USD")) == "$20.6bn")
        #expect(ValueFormat.value(Value(amount: 20.645e9, unit: "USD")) == "$20.65bn")
    }

    @Test func quantityCarriesBoundAndEquivalents() {
        let values = [Value(amount: 150e9, unit: "CNY"), Value(amount: 20.64e9, unit: "USD")]
        #expect(ValueFormat.quantity(values: values, bound: .atLeast) == "over 150bn CNY ($20.64bn)")
        #expect(
            ValueFormat.quantity(values: [Value(amount: 7e9, unit: "USD")], bound: .atMost) == "up to $7bn")
        #expect(
            ValueFormat.quantity(values: [Value(amount: 6e4, unit: "count")], bound: .approx)
                == "about 60,000")
        let range = ValueFormat.quantity(
            values: [Value(amount: 3.4e9, unit: "EUR")], bound: .range,
            upper: [Value(amount: 3.6e9, unit: "EUR")])
        #expect(range == "€3.4bn–€3.6bn")
        #expect(ValueFormat.quantity(values: [], bound: .exact) == "no figure")
    }

    @Test func daysReadLikeADateline() throws {
        let a = try #require(Day(year: 2025, month: 3, day: 11))
        let b = try #require(Day(year: 2025, month: 3, day: 27))
        let c = try #require(Day(year: 2025, month: 4, day: 2))
        #expect(ValueFormat.day(a) == "11 Mar 2025")
        #expect(ValueFormat.days(from: a, to: a) == "11 Mar 2025")
        #expect(ValueFormat.days(from: a, to: b) == "11–27 Mar 2025")
        #expect(ValueFormat.days(from: a, to: c) == "11 Mar 2025 – 2 Apr 2025")
        #expect(ValueFormat.days(from: nil, to: nil) == "")
    }
}
