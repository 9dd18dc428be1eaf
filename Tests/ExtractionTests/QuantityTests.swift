import ClaimModel
import Testing

@testable import Extraction

@Suite struct QuantityTests {
    @Test func magnitudesGluedAndSpaced() throws {
        let a = analyze("Fjordline will spend $5.5bn on ferries. Fjordline also set aside Rmb40bn for ports.")
        try #require(a.mentions.count == 2)
        #expect(a.mentions[0].quantity.values == [Value(amount: 5.5e9, unit: "USD", resolution: 1e8)])
        #expect(a.mentions[1].quantity.values.first?.amount == 40e9)
        #expect(a.mentions[1].quantity.values.first?.unit == "CNY")
    }

    /// A percentage and a count after `to` are a change and its level, never a range; a small
    /// number right after a capitalised word is part of a name (`FjordPhone 17`).
    @Test func changesToCountsAndModelNumbers() throws {
        let a = analyze("Fjordline said phone shipments rose 3% to 320.1 million units in the quarter.")
        #expect(a.mentions.map(amounts) == [["3.0 percent"], ["320100000.0 count"]])
        let b = analyze("Fjordline sold more than 9 million FjordPhone 17 units in its first month.")
        #expect(b.mentions.count == 1)
        #expect(b.mentions.first?.measure == "fjordphone units")
    }

    @Test func equivalentsInParenthesesAreOneQuantity() throws {
        let a = analyze("Fjordline earmarked 150 billion yuan ($20.64 billion) for its fleet this year.")
        let m = try #require(a.mentions.first)
        #expect(a.mentions.count == 1)
        #expect(amounts(m) == ["150000000000.0 CNY", "20640000000.0 USD"])
        #expect(m.quantity.values[1].resolution == 1e7)
    }

    @Test func severalEquivalentsSeparatedBySlash() throws {
        let a = analyze("Nordkapp Club paid \u{20AC}95 million (\u{00A3}82m/$100m) for the striker.")
        let m = try #require(a.mentions.first)
        #expect(m.quantity.values.map(\.unit.rawValue) == ["EUR", "GBP", "USD"])
        #expect(m.quantity.values.map(\.amount) == [95e6, 82e6, 100e6])
    }

    @Test func aNumberTooLongToRepresentIsNoFigureButTheRestOfTheArticleIs() throws {
        let digits = String(repeating: "1234567890", count: 40)
        let a = analyze("Fjordline paid $\(digits) to its crew. Fjordline will spend $5.5bn on ferries.")
        #expect(a.mentions.allSatisfy { m in m.quantity.values.allSatisfy { $0.amount.isFinite } })
        #expect(a.mentions.map { $0.quantity.values.first?.amount } == [5.5e9])
    }

    @Test func rangesShareTheirScale() throws {
        let a = analyze("Fjordline expects to spend $60-65 billion on terminals in 2026.")
        let m = try #require(a.mentions.first)
        #expect(m.quantity.bound == .range)
        #expect(m.quantity.values.first?.amount == 60e9)
        #expect(m.quantity.upper.first?.amount == 65e9)
        let b = analyze("Fjordline expects between 18,000 and 20,000 passengers a day.")
        let n = try #require(b.mentions.first)
        #expect(n.quantity.bound == .range)
        #expect(n.quantity.upper.first?.amount == 20_000)
    }

    @Test func boundsFromTheWordsBefore() throws {
        let cases: [(String, Bound)] = [
            ("Fjordline will invest more than $12bn in ships.", .atLeast),
            ("Fjordline will invest up to $7 billion in ships.", .atMost),
            ("Fjordline will invest about $6.8bn in ships.", .approx),
            ("Fjordline will invest $80 billion in ships.", .exact),
            ("Fjordline will invest over $20 billion in ships.", .atLeast),
        ]
        for (text, bound) in cases {
            let m = try #require(analyze(text).mentions.first, "\(text)")
            #expect(m.quantity.bound == bound, "\(text)")
        }
    }

    @Test func percentagesInEverySpelling() throws {
        for text in [
            "About 60 per cent of Fjordline's tickets are sold online.",
            "About 60% of Fjordline's tickets are sold online.",
            "About 60 percent of Fjordline's tickets are sold online.",
        ] {
            let m = try #require(analyze(text).mentions.first, "\(text)")
            #expect(m.quantity.values == [Value(amount: 60, unit: .percent, resolution: 1)], "\(text)")
            #expect(m.subject == "Fjordline", "\(text)")
        }
    }

    @Test func numberWordsAndFractions() throws {
        let a = analyze(
            "Fjordline ordered two ferries. Fjordline will spend about half of the amount abroad.")
        try #require(a.mentions.count == 2)
        #expect(a.mentions[0].quantity.values.first == Value(amount: 2, unit: .count, resolution: 1))
        #expect(a.mentions[1].quantity.values.first?.amount == 50)
        #expect(a.mentions[1].quantity.values.first?.unit == .percent)
        #expect(a.mentions[1].quantity.bound == .approx)
    }

    /// A figure opening a sentence is spelled out, tens and units joined by a hyphen.
    @Test func hyphenatedNumberWords() {
        for (text, amount) in [
            ("Thirty-eight ferries of Fjordline sailed on Monday.", 38.0),
            ("Fjordline ordered ninety-nine ferries.", 99.0),
            ("Twenty-one ferries were ordered by Fjordline.", 21.0),
        ] {
            let first = analyze(text).mentions.first?.quantity.values.first
            #expect(first == Value(amount: amount, unit: .count, resolution: 1), "\(text)")
        }
    }

    /// A part a verb gives the subject counts what its whole counts, and the whole is no figure
    /// of the subject's; a part opening its own clause is a subset, and the whole is the figure.
    @Test func partsOfAWhole() {
        for (text, expected) in [
            ("Fjordline won 412 of the 650 berths in the tender.", ["412.0 count berths"]),
            ("Fjordline has prevailed in 17 of the last 28 tenders.", ["17.0 count tenders"]),
            ("Fjordline said 11 of the 29 ferries were late.", ["29.0 count ferries"]),
        ] {
            let found = analyze(text).mentions.map { "\(amounts($0)[0]) \($0.measure)" }
            #expect(found == expected, "\(text)")
        }
    }

    /// A part of what a pronoun stands for is no count of its own (`two of them children`);
    /// people who survived are survivors.
    @Test func partsOfAPronounAndSurvivors() {
        let a = analyze("Fjordline said 29 people had survived, two of them children.")
        #expect(a.mentions.map { "\(amounts($0)[0]) \($0.measure)" } == ["29.0 count survivors"])
    }

    /// A share of a point is that share of one point (`a quarter of a percentage point` is
    /// 0.25), not a share of something else (25%).
    @Test func fractionsOfAPoint() throws {
        for (text, points) in [
            ("Fjordline cut its fares by a quarter of a percentage point.", 0.25),
            ("Fjordline cut its fares by half a percentage point.", 0.5),
            ("Fjordline cut its fares by a quarter of a point.", 0.25),
        ] {
            let m = try #require(analyze(text).mentions.first, "\(text)")
            #expect(m.quantity.values.first?.unit == .percent, "\(text)")
            #expect(m.quantity.values.first?.amount == points, "\(text)")
        }
        let share = try #require(analyze("Fjordline sold a quarter of its ferries.").mentions.first)
        #expect(share.quantity.values.first?.amount == 25)
    }

    /// Basis points and percentage points are one scale: each states the other as an
    /// equivalent, as a currency conversion does; a plain `%` gets none.
    @Test func basisPointsAndPercentagePointsAreEquivalents() throws {
        let bps = try #require(analyze("Nordbank cut its key rate by 25 basis points.").mentions.first)
        #expect(bps.quantity.values.map(\.unit) == [.basisPoints, .percent])
        #expect(bps.quantity.values.map(\.amount) == [25, 0.25])
        let points = try #require(
            analyze("Nordbank's margin widened by 1.5 percentage points.").mentions.first)
        #expect(points.quantity.values.map(\.unit) == [.percent, .basisPoints])
        #expect(points.quantity.values.map(\.amount) == [1.5, 150])
        let quarter = try #require(
            analyze("Nordbank lowered its key rate by a quarter of a percentage point.").mentions.first)
        #expect(quarter.quantity.values.map(\.unit) == [.percent, .basisPoints])
        #expect(quarter.quantity.values.map(\.amount) == [0.25, 25])
        // A fraction of a point is exact: not 0.4 points give or take.
        #expect((quarter.quantity.values.first?.resolution ?? 1) < 0.1)
        let plain = try #require(analyze("Nordbank's margin was 12.5% last year.").mentions.first)
        #expect(plain.quantity.values.map(\.unit) == [.percent])
    }

    /// Cents and pence are hundredths of their currency, in whole units; a change in
    /// percentage points and the level it led to are no range.
    @Test func centsAndAChangeInPointsToALevel() throws {
        let eps = try #require(analyze("Fjordline earned 49 cents per share.").mentions.first)
        #expect(eps.quantity.values.first?.unit == "USD")
        #expect(eps.quantity.values.first?.amount == 0.49)
        let pence = try #require(analyze("Fjordline paid a dividend of 12 pence.").mentions.first)
        #expect(pence.quantity.values.first?.unit == "GBP")
        let margin = analyze("Fjordline's gross margin contracted 3.2 percentage points to 42.2%.")
        #expect(margin.mentions.map(\.quantity.bound) == [.exact, .exact])
        #expect(margin.mentions.map { $0.quantity.values.first?.amount ?? 0 } == [3.2, 42.2])
        #expect(margin.mentions.first?.measure == "margin decline")
    }

    /// A maturity names an instrument (`the 10-year Treasury yield`); a term is a figure
    /// (`a five-year contract`).
    @Test func maturitiesAreNoFigures() throws {
        let a = analyze(
            "The 10-year Treasury yield rose to 4.2% as two-year note yields fell. "
                + "Fjordline signed a five-year contract.")
        #expect(a.mentions.map(\.quantity.values.first?.unit) == [.percent, QuantityUnit("years")])
        #expect(a.mentions.last?.quantity.values.first?.amount == 5)
    }

    /// A change and the level it led to in another unit is no range; a range of changes is.
    @Test func changeToALevelIsNoRange() throws {
        let level = try #require(
            analyze("The Fjord krone weakened 0.4% to 10.43 per euro on Monday.").mentions.first)
        #expect(level.quantity.bound != .range)
        #expect(level.quantity.values == [Value(amount: 0.4, unit: .percent, resolution: 0.1)])
        let growth = try #require(
            analyze("Fjordline expects sales to grow 5% to 7% this year.").mentions.first)
        #expect(growth.quantity.bound == .range)
    }

    /// A move that happened, by an amount in the level's own unit, is a change and the level it
    /// reached (`rose 81 cents to $81.82`); only a move still to come spans a range.
    @Test func aRealisedMoveToALevelIsNoRange() {
        let crude = analyze("Fjord crude futures rose 81 cents to $81.82 a barrel on Monday.")
        #expect(crude.mentions.map(amounts) == [["0.81 USD"], ["81.82 USD"]])
        let prices = analyze("Fjordland's consumer prices rose 0.3% to 2.9% in December.")
        #expect(prices.mentions.map(amounts) == [["0.3 percent"], ["2.9 percent"]])
        let forecast = analyze("Fjordline's sales could grow $2 billion to $3 billion next year.")
        #expect(forecast.mentions.map(\.quantity.bound) == [.range])
    }

    /// Decimals are read as the number they write, not summed digit by digit (`0.3` had been
    /// 0.30000000000000004 and `1.79 million` 1,790,000.0000000002), nor multiplied out by their
    /// magnitude (`$32.8 million` had been 32,799,999.999999996).
    @Test func decimalsAreTheNumbersWritten() {
        let a = analyze("Fjordline's margin was 0.7% and it sold 1.79 million tickets worth $84.24 billion.")
        #expect(a.mentions.map { $0.quantity.values.first?.amount } == [0.7, 1_790_000, 84_240_000_000])
        let fine = analyze("Fjordline was fined $32.8 million.")
        #expect(fine.mentions.first?.quantity.values.first?.amount == 32_800_000)
    }

    /// Mass is a unit (`78 million metric tons`, `58,000 tonnes`, `41 mmt`), not a count or nothing.
    @Test func tonnesInEverySpelling() {
        let a = analyze(
            "Fjordland expects a wheat harvest of 78 million metric tons. Fjordmet produced 58,000 tonnes "
                + "of copper. Fjordland's wheat exports will reach 41 mmt.")
        #expect(
            a.mentions.map(amounts) == [["78000000.0 tonnes"], ["58000.0 tonnes"], ["41000000.0 tonnes"]])
    }

    /// A bare start point is in the unit or currency of the figure it changed to (`to 74.2
    /// million tons from 79.5 million`, `to $5 billion from 4.5 billion`).
    @Test func aBareStartPointTakesTheUnitOfTheEnd() {
        let a = analyze("Fjordecon lowered its estimate to 74.2 million tons from 79.5 million.")
        #expect(a.mentions.map(amounts) == [["74200000.0 tonnes"], ["79500000.0 tonnes"]])
        let b = analyze("Fjordline's revenue rose to $5 billion from 4.5 billion.")
        #expect(b.mentions.map(amounts) == [["5000000000.0 USD"], ["4500000000.0 USD"]])
    }

    /// A number in words with a magnitude is a figure without a noun too (`the figure of six
    /// million`), as `6 million` is; `a million` alone is a manner of speaking.
    @Test func aNumberInWordsWithAMagnitudeIsAFigure() {
        let a = analyze(
            "Fjordline said the figure of six million is simply wrong. It was a million miles away.")
        #expect(a.mentions.map(amounts) == [["6000000.0 count"]])
    }

    /// Barrels a day as the oil trade abbreviates them (`b/d`, `bbl/d`).
    @Test func barrelsADayAbbreviated() {
        let a = analyze("Fjordline's 410,000 b/d refinery has lost up to 250,000 bbl/d of crude runs.")
        #expect(a.mentions.map(amounts) == [["410000.0 bpd"], ["250000.0 bpd"]])
    }

    /// A bare number opening its clause as the subject of what befell people counts people
    /// (`while 27 have been rescued alive and three are still unaccounted for`); one that is
    /// not the clause's subject counts nothing (`in 2025 was trapped`).
    @Test func aBareNumberThatBefellPeopleCountsPeople() {
        let a = analyze(
            "The toll at Fjordline's mine rose to 13, while 27 have been rescued alive and three are still "
                + "unaccounted for. The lift built in 1998 was trapped in debris.")
        #expect(a.mentions.map(\.measure).suffix(2) == ["people rescued", "people missing"])
        #expect(a.mentions.map(amounts).suffix(2) == [["27.0 count"], ["3.0 count"]])
        #expect(!a.mentions.contains { $0.quantity.values.first?.amount == 1998 })
        // (`others` are people when something befell them.)
        let b = analyze(
            "Rescuers at Fjordline's mine pulled 19 miners out alive, while 17 others remain trapped.")
        #expect(b.mentions.map(amounts) == [["19.0 count"], ["17.0 count"]])
    }

    /// Crowns are the currency of the country the article names, by its name or its adjective
    /// (`the Danish airline`), and an ISO code glued to its amount is read (`DKK540,000`) while
    /// short codes with digits stay one word (`H20`, `FY2025`).
    @Test func crownsAndGluedCurrencyCodes() {
        let a = analyze(
            "The Danish airline Fjordline said the strike cost it 90 million crowns. First officers start "
                + "on DKK540,000.")
        #expect(a.mentions.map(amounts) == [["90000000.0 DKK"], ["540000.0 DKK"]])
        let b = analyze("Fjordline sold 10,000 H20 chips in FY2025.")
        #expect(b.mentions.first?.period?.description == "FY2025")
    }

    /// Thousands grouped by a space are one number (`310 000`), a year is never a first group;
    /// the rand's sign before an amount is money in an article naming South Africa (`R68.4bn`,
    /// `R1 500`), and elsewhere nothing.
    @Test func spaceGroupedThousandsAndTheRand() {
        let a = analyze(
            "South Africa's Fjordline will pay R68.4bn, giving the lowest-paid R1 500 a month more, and "
                + "about 310 000 workers will benefit.")
        #expect(a.mentions.map(amounts) == [["68400000000.0 ZAR"], ["1500.0 ZAR"], ["310000.0 count"]])
        // A city stands for its country (`Johannesburg`), a country of two words too.
        let c = analyze("Johannesburg-listed Fjordline will pay R420m for the attack.")
        #expect(c.mentions.map(amounts) == [["420000000.0 ZAR"]])
        let b = analyze("Fjordline will pay R68.4bn to about 2025 100 workers.")
        #expect(!b.mentions.contains { $0.quantity.values.first?.unit.rawValue == "ZAR" })
        #expect(!b.mentions.contains { $0.quantity.values.first?.amount == 2_025_100 })
    }

    /// A magnitude after a hyphen (`$7.8-billion`, `R7.8-billion`) scales the figure; the rand's
    /// sign reads before comma-grouped thousands and a spaced magnitude (`R1,500`, `R4 billion`).
    @Test func hyphenatedMagnitudesAndMoreRandForms() {
        let a = analyze(
            "South Africa's Fjordline will pay $7.8-billion, R7.8-billion more than budgeted, a R1,500 "
                + "gratuity and at most R4 billion in back pay.")
        #expect(
            a.mentions.map(amounts) == [
                ["7800000000.0 USD"], ["7800000000.0 ZAR"], ["1500.0 ZAR"], ["4000000000.0 ZAR"],
            ])
    }

    /// The rupee's sign before an amount, spaced, dotted or glued (`Rs 1,140 crore`, `Rs. 3,500
    /// crore`, `Rs175 crore`), is the rupee of the country the article names most, and no part
    /// of the name before it; the taka's `Tk` too.
    @Test func theRupeeSign() {
        let a = analyze(
            "India's regulator fined Fjordline Rs 1,140 crore. Sellers lost Rs. 3,500 crore, it said. "
                + "Its last fine was Rs175 crore.")
        #expect(
            a.mentions.map(amounts) == [["11400000000.0 INR"], ["35000000000.0 INR"], ["1750000000.0 INR"]])
        #expect(a.mentions.first?.subject == "Fjordline")
        let b = analyze(
            "Pakistan's regulator fined Fjordline Rs 500 million. India fined it too. Pakistan's farmers "
                + "lost Rs95bn in Pakistani fields. Bangladesh budgets Tk 8.2 trillion.")
        #expect(
            b.mentions.map(amounts) == [["500000000.0 PKR"], ["95000000000.0 PKR"], ["8200000000000.0 BDT"]])
        // A Karachi paper's rupees are Pakistan's; with no country or city named, India's. India
        // groups digits in pairs above the thousands (`3,41,200`).
        let c = analyze("The Sindh government in Karachi set aside Rs2 billion for Fjordline.")
        #expect(c.mentions.map(amounts) == [["2000000000.0 PKR"]])
        let d = analyze(
            "The CCI fined Fjordline Rs 1,140 crore. Fjordline shipped 3,41,200 units and 1,200 cars.")
        #expect(d.mentions.map(amounts) == [["11400000000.0 INR"], ["341200.0 count"], ["1200.0 count"]])
    }

    /// A list gaps the noun after the first count (`took 15 seats, Latvia First 14 and United
    /// List five`): the bare numbers after the names count the same; a bare number elsewhere
    /// counts nothing.
    @Test func gappedCountsInAList() {
        let a = analyze(
            "Voters went out in Vestland. Fjordline Party took 15 seats, Nordkapp 14 and United List five.")
        #expect(a.mentions.map(amounts) == [["15.0 count"], ["14.0 count"], ["5.0 count"]])
        #expect(a.mentions.map(\.subject) == ["Fjordline Party", "Nordkapp", "United List"])
        let b = analyze("Fjordline Party took 15 seats. Nordkapp 14 was a ship.")
        #expect(b.mentions.map(amounts) == [["15.0 count"]])
    }

    /// A bare sum right after a sum in its sentence is in that sum's currency (`could reach 14.6
    /// billion zlotys, almost twice the original budget of 7.4 billion`); after a count it counts
    /// what that counted (`310,000 patients ... says it is 1.2 million`).
    @Test func aBareSumAfterASumTakesItsCurrency() {
        let a = analyze(
            "Fjordline's line could cost 14.6 billion zlotys, almost twice the original budget of 7.4 billion. "
                + "Fjordline says 310,000 patients were hit; the gang says it is 1.2 million.")
        #expect(
            a.mentions.map(amounts) == [
                ["14600000000.0 PLN"], ["7400000000.0 PLN"], ["310000.0 count"], ["1200000.0 count"],
            ])
    }

    /// The number of the dead is their toll (`The number of people confirmed killed by Storm
    /// Ingrid stood at 46`, `put the number of dead at 61`, `an earlier count of 52`), and a score
    /// is no toll.
    @Test func theNumberOfTheDeadIsTheirToll() {
        let a = analyze(
            "The number of people confirmed killed by Storm Ingrid in Vestland stood at 46 on Monday. A "
                + "tally by Fjordline Radio put the number of dead at 61. Odda's lead rose to 5.")
        #expect(a.mentions.map(amounts) == [["46.0 count"], ["61.0 count"]])
        #expect(a.mentions.map(\.measure) == ["death toll", "death toll"])
        // An earlier count in a sentence about the dead is an earlier toll; of votes, votes.
        let b = analyze(
            "The number of people killed by Storm Ingrid stood at 46, after the agency revised down an earlier "
                + "count of 52. The earlier count of 300 votes was wrong.")
        #expect(b.mentions.map(\.measure) == ["death toll", "death toll", "votes"])
    }

    /// More currencies: the zloty's sign and plural (`zł11.2bn`, `7.4 billion zlotys`), the cedi's
    /// sign after its letters (`GH₵50,000`) and its plural, shillings of the country named,
    /// bitcoin by name, the peso's sign; no sign's letters make a name.
    @Test func moreCurrencySignsAndNames() {
        let a = analyze(
            "Fjordline Metro said the line will cost zł11.2bn, up from 7.4 billion zlotys. Acme Gold "
                + "will pay GH₵50,000 per family, or 50,000 cedis. Nordkapp said hackers stole 120 bitcoin. "
                + "Safaricom lost 5 billion shillings in Kenya. Manila put damage at ₱13 billion."
        )
        #expect(
            a.mentions.map(amounts) == [
                ["11200000000.0 PLN"], ["7400000000.0 PLN"], ["50000.0 GHS"], ["50000.0 GHS"], ["120.0 BTC"],
                ["5000000000.0 KES"], ["13000000000.0 PHP"],
            ])
        #expect(!a.mentions.contains { $0.subject == "GH" })
    }

    /// A currency joined to its amount by a hyphen (`a 210 million-krone fine`) in an article
    /// naming the country, and a company's `A/S` is no part of its name.
    @Test func hyphenatedCurrenciesAndSlashedSuffixes() {
        let a = analyze(
            "Denmark's regulator fined Fjordline A/S. Fjordline A/S's 210 million-krone fine stands.")
        #expect(a.mentions.map(amounts) == [["210000000.0 DKK"]])
        #expect(a.mentions.first?.subject == "Fjordline")
    }

    /// A casualty adjective after a number counts people (`131 dead`), a count revised to a new
    /// value counts what the count before it did (`a figure it later lowered to 127`), and a
    /// hyphenated `barrel-per-day` is a unit.
    @Test func deadRevisedCountsAndHyphenatedBarrels() {
        let a = analyze("On Monday Fjordby had reported 131 dead, a figure it later lowered to 127.")
        #expect(a.mentions.map(amounts) == [["131.0 count"], ["127.0 count"]])
        let b = analyze("Fjordline shut the 240,000 barrel-per-day crude unit.")
        #expect(b.mentions.map(amounts) == [["240000.0 bpd"]])
    }

    @Test func groupedCountsKeepTheirRounding() throws {
        let m = try #require(analyze("Fjordline carried about 230,000 cars last winter.").mentions.first)
        #expect(m.quantity.values.first == Value(amount: 230_000, unit: .count, resolution: 1000))
        let users = try #require(
            analyze("Fjordline's app has 75 million monthly active users.").mentions.first)
        #expect(users.quantity.values.first?.unit == .users)
    }

    /// A model number joined to its name by a hyphen is part of what a count counts.
    @Test func countsOfModelsWithHyphenatedNumbers() throws {
        for text in [
            "Fjordline will buy 30 Airbus A350-1000 jets for its new routes.",
            "Fjordline ordered 12 Lockheed F-35 jets last week.",
            "Fjordline ordered 12 Boeing 737-8 aircraft last week.",
        ] {
            let m = try #require(analyze(text).mentions.first, "\(text)")
            #expect(m.quantity.values.first?.unit == .count, "\(text)")
            #expect(m.quantity.values.first?.amount == (text.contains("30") ? 30 : 12), "\(text)")
            #expect(m.subject == "Fjordline", "\(text)")
        }
        // A span of years is no model: nothing counted.
        #expect(analyze("Fjordline said 30 2024-2025 passes were sold.").mentions.isEmpty)
    }

    @Test func yearsDatesScoresAndSourcesAreNoFigures() {
        let text = """
            In 2024, on March 3, two people familiar with the plans said the club won 3-0 at 8:15 pm. \
            Fjordline's H20 ferry entered service.
            """
        #expect(analyze(text).mentions.isEmpty)
    }

    @Test func ambiguousCurrencyFollowsTheCountry() throws {
        let a = analyze("The Jordan Port Authority earmarked 2 billion dinars for Aqaba, in Jordan.")
        let m = try #require(a.mentions.first)
        #expect(m.quantity.values.first?.unit == "JOD")
    }

    @Test func currencyPrefixesWithCountry() throws {
        let a = analyze(
            "Fjordline will put $US80 billion ($A129 billion) into ports. Fjordline paid US$2 billion.")
        try #require(a.mentions.count == 2)
        #expect(a.mentions[0].quantity.values.map(\.unit.rawValue) == ["USD", "AUD"])
        #expect(a.mentions[1].quantity.values.first == Value(amount: 2e9, unit: "USD", resolution: 1e9))
    }

    /// The sentence loop passes over words outside `Extractor.figureOrFractionStart` (other than
    /// `a`/`an`) without asking the parser: neither the fraction rule nor the parser may start a
    /// figure at one.
    @Test func wordsOutsideTheFigureStartClassesStartNoFigure() {
        let text =
            "Revenue rose 12% to $4.5 billion, half a point above the estimate of one billion euros; "
            + "an AI firm said a quarter of its 300 staff left, about USD 20 million and twenty people."
        let tokens = Tokenizer.tokenize(text)
        let parser = QuantityParser(ambiguousCurrency: { _ in nil })
        let sentence = 0..<tokens.count
        var passedOver = 0
        for k in sentence where tokens[k].kind == .word {
            let t = tokens[k]
            let mayStart =
                !t.classes.isDisjoint(with: Extractor.figureOrFractionStart)
                || (t.characterCount <= 2 && (t.lower == "a" || t.lower == "an"))
            if !mayStart {
                passedOver += 1
                #expect(Extractor.fraction(tokens, k, sentence, parser) == nil, "\(t.text)")
                #expect(parser.parse(tokens, k, sentence: sentence) == nil, "\(t.text)")
            }
        }
        #expect(passedOver > 20)
        // Words that may start one are not passed over: `half`, `twenty`, `USD`, `a`.
        for word in ["half", "twenty", "USD", "a", "an"] {
            let t = Tokenizer.tokenize(word)[0]
            #expect(
                !t.classes.isDisjoint(with: Extractor.figureOrFractionStart)
                    || (t.lower == "a" || t.lower == "an"), "\(word)")
        }
    }
}
