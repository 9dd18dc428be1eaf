import ClaimModel
import Testing

@testable import Extraction

@Suite struct UnitTests {
    func units(_ text: String) -> [String] {
        analyze(text).mentions.flatMap { amounts($0) }
    }

    @Test func areasAndVolumes() {
        #expect(
            units("Fjordline's depot covers about 4.3 square miles, or roughly 120 million square feet.")
                == ["4.3 sq mi", "120000000.0 sqft"])
        #expect(
            units("Fjordline is building a 4 million-square-foot depot on a 2,250-acre site.") == [
                "4000000.0 sqft", "2250.0 acres",
            ])
        #expect(units("Fjordline's reservoir holds 22.5 million cubic metres.") == ["22500000.0 m3"])
    }

    /// Speeds, rates of flow and depths, with what they measure and whose they are: rain falls
    /// on the place named after it (not the one that published the data), winds are the storm's.
    @Test func speedsFlowsAndDepths() {
        let a = analyze(
            "Storm Brekka reached the coast with sustained winds of 120 miles per hour (195 kph). "
                + "Data from the agency in Oslo showed 16 inches (41cm) of rain fell on Bergen. "
                + "Fjordline will cut output by 2.2 million barrels per day and exports by 500,000 bpd.")
        #expect(
            a.mentions.flatMap { amounts($0) } == [
                "120.0 mph", "195.0 km/h", "16.0 in", "41.0 cm", "2200000.0 bpd", "500000.0 bpd",
            ])
        #expect(
            a.mentions.map(\.measure) == [
                "wind speed", "wind speed", "rainfall", "rainfall", "output cut", "export cut",
            ])
        #expect(
            a.mentions.map(\.subject) == [
                "Storm Brekka", "Storm Brekka", "Bergen", "Bergen", "Fjordline", "Fjordline",
            ])
    }

    /// A label's number counts nothing (`type 2 diabetes`, `a phase 3 trial`); pounds lost or
    /// weighed are a weight, not sterling.
    @Test func labelsAndWeights() {
        #expect(
            units("Fjordline began a phase 3 trial of 559 patients with type 2 diabetes at level 4.")
                == ["559.0 count"])
        let storm = analyze("Storm Brekka hit Bergen as a Category 3 storm with winds of 120 mph.")
        #expect(!storm.features.entities.map(\.name).contains("Category"))
        let a = analyze("Patients lost 16 pounds on average. Fjordline paid 16 million pounds for the ferry.")
        #expect(a.mentions.flatMap { amounts($0) } == ["16.0 lb", "16000000.0 GBP"])
        #expect(a.mentions.first?.measure == "weight loss")
        // A weight in pounds converting a metric one (`26 kilograms, or 57 pounds`).
        let b = analyze("Fjordline said patients on the top dose dropped about 26 kilograms, or 57 pounds.")
        #expect(b.mentions.flatMap { amounts($0) }.contains("57.0 lb"))
    }

    /// Sizes of data; a pay rise, and the staff it is for counted as staff, not as a payment.
    @Test func dataSizesAndPayRises() {
        let a = analyze(
            "The stolen data is 1.3 terabytes in size. Verdi is demanding a 12.5% pay rise for around 25,000 "
                + "ground staff.")
        #expect(a.mentions.flatMap { amounts($0) } == ["1.3 TB", "12.5 percent", "25000.0 count"])
        #expect(a.mentions.map(\.measure) == ["data size", "pay rise", "ground staff"])
    }

    @Test func aPairIsTwo() {
        #expect(units("Fjordline will put a pair of ferries into service by 2026.") == ["2.0 count"])
    }

    @Test func indexPointsAreStatedToTheHundredth() {
        #expect(units("The Nordic index ended Friday up 23.12 points, Fjordline said.") == ["23.12 points"])
    }

    @Test func processNodesAndAgesAreNoFigures() {
        #expect(units("Fjordline will make the chip on a 5nm process.").isEmpty)
        #expect(units("Fjordline signed a 30-year-old striker and a coach, 61 years old.").isEmpty)
    }

    @Test func sharedCurrencyFollowsTheCountrysAdjective() {
        #expect(
            units("The Libyan government of Fjordland earmarked 2 billion dinars for the fund.") == [
                "2000000000.0 LYD"
            ])
    }

    @Test func populationAndCollapsedStructuresBelongToThePlace() {
        let a = analyze(
            "Floods hit homes in Brekkvik. The torrent wiped out a town that was home to some 90,000 people. "
                + "The Relief Society said two dams had collapsed.")
        #expect(a.mentions.map(\.subject) == ["Brekkvik", "Brekkvik"])
    }
}

@Suite struct PlaceMeasureTests {
    @Test func aPlaceLabelledSectionOwnsItsTurnout() {
        let text = """
            Good morning.
            Norway: The Coast Party won with 37.0 percent. Turnout was 73.3 percent.
            Football: Nordkapp FK won 2-1.
            """
        let a = analyze(text, title: "Morning Briefing: Norway votes, Nordkapp FK wins")
        let turnout = a.mentions.first { $0.quantity.values.first?.amount == 73.3 }
        #expect(turnout?.subject == "Norway")
    }
}
