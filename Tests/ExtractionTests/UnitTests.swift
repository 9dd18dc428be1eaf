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
