import ClaimModel
import Testing

@testable import Extraction

@Suite struct MeasureTests {
    func measures(_ text: String) -> [String] { analyze(text).mentions.map(\.measure) }

    @Test func theStatedNounNamesTheMeasure() {
        #expect(measures("Fjordline will pay a dividend of \u{20AC}1.20 a share.") == ["dividend"])
        #expect(measures("Fjordline opened the tunnel. Tolls will start at A$4.50 per trip.") == ["tolls"])
    }

    @Test func aPercentageAfterAVerbOfChangeIsAChange() {
        #expect(measures("Nordkapp Group dropped 4.52% on Friday.") == ["change"])
        #expect(measures("Nordkapp shares dropped 4.52% on Friday.") == ["share price move"])
        #expect(measures("Nordkapp carried more people, a rise of 7 per cent.") == ["change"])
        #expect(measures("Nordkapp said its sales grew 18% last year.") == ["sales growth"])
        #expect(measures("Nordkapp said its revenue fell by 3% last year.") == ["revenue decline"])
    }

    @Test func physicalUnitsNameTheirOwnMeasure() {
        #expect(
            measures("Fjordline will add 1 gigawatt of computing and hold 1.3 million GPUs.") == [
                "computing capacity", "GPUs",
            ])
        #expect(measures("Fjordline's depot covers 2,250 acres.") == ["area"])
    }

    @Test func aChangeNounAfterThePercentage() {
        #expect(measures("The plan implies a roughly 50% increase for Fjordline.") == ["growth"])
    }

    @Test func ratesAndVotes() {
        #expect(measures("The Nordbank lifted its policy rate to 0.5 per cent.") == ["interest rate"])
        #expect(measures("The Coast Party won the state election with 37.0 percent.") == ["vote share"])
    }
}

@Suite struct OpenerTests {
    @Test func commonWordsOpeningASentenceAreNoNames() {
        let a = analyze(
            "Nordlicht Energy grew. Net profit rose to \u{20AC}410 million. Traffic may reach 45,000 vehicles a day."
        )
        #expect(a.mentions.allSatisfy { $0.subject == "Nordlicht Energy" })
    }

    @Test func aDescriptorBeforeANameIsNoName() {
        let a = analyze(
            "Ferry operator Fjordline said it carried 2.1 million passengers. The company expects 30 million passengers in 2025."
        )
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Fjordline"])
    }

    @Test func ministriesQualifyRoles() {
        let a = analyze(
            "Fjordline opened the tunnel. Transport minister Dana Whitlock said it cost A$2.9 billion.")
        #expect(a.mentions.first?.subject == "Fjordline")
    }
}
