import Testing

@testable import Extraction

/// The article's topic must not depend on the order a dictionary hands out its keys, which
/// changes from one process to the next: two extractor replicas must agree on every article.
@Suite struct TopicOrderTests {
    @Test(arguments: [
        ["Zenith Freight", "Acme", "Borealis"], ["Borealis", "Zenith Freight", "Acme"],
        ["Acme", "Borealis", "Zenith Freight"],
    ])
    func bodyNamesInTheTitleComeInTitleOrder(names: [String]) {
        let title = ["acme", "and", "zenith", "freight", "agree", "rail", "deal"]
        #expect(Extractor.bodyNames(inTitle: title, among: names) == ["Acme", "Zenith Freight"])
    }

    @Test func namesAtOnePlaceOfTheTitleGoByName() {
        let title = ["northwind", "traders", "results"]
        #expect(
            Extractor.bodyNames(inTitle: title, among: ["Northwind Traders", "Northwind"])
                == ["Northwind", "Northwind Traders"])
        #expect(
            Extractor.bodyNames(inTitle: title, among: ["Northwind", "Northwind Traders"])
                == ["Northwind", "Northwind Traders"])
    }

    @Test func aNameWhoseWordsAreSplitIsNotInTheTitle() {
        #expect(
            Extractor.bodyNames(inTitle: ["zenith", "and", "freight"], among: ["Zenith Freight"]).isEmpty)
    }
}

@Suite struct LeadingEntityTests {
    /// In a short article that names everything once, the name the title gives leads the
    /// article's entities (stories are joined on leading entities), not the first by spelling.
    @Test func theTitlesNameLeadsNamesGivenAsOften() {
        let a = analyze(
            "Borealis said on Tuesday that Acme would cut 500,000 bpd from January, according to Zenith Freight.",
            title: "Zenith Freight sees deeper cuts")
        #expect(a.features.entities.first?.name == "Zenith Freight")
        #expect(a.features.entities.first?.count == 2)
    }
}

@Suite struct TitleShortNameTests {
    /// A title naming a storm by its short name (`Nakri leaves ...`) stands for the body's
    /// longer name it ends (`Typhoon Nakri`), so the storm is the topic rather than the first of
    /// the names the body gives once; a short name never stands for a name with small words
    /// (`Luzon` for `Bank of Luzon`).
    @Test func aShortNameInTheTitleEndsTheBodysName() {
        func text(_ name: String) -> String {
            "Around 1.4 million households across Central Luzon had no power on Monday after \(name) "
                + "knocked out power lines. The Civil Aviation Authority said 146 flights had been cancelled. "
                + "The national death toll stands at 46."
        }
        let a = analyze(text("Typhoon Nakri"), title: "Nakri leaves 1.4 million households without power")
        #expect(a.mentions.first { $0.quantity.values.first?.amount == 46 }?.subject == "Typhoon Nakri")
        let b = analyze(
            text("Bank of Luzon"),
            title: "Luzon leaves 1.4 million households without power")
        #expect(b.mentions.first { $0.quantity.values.first?.amount == 46 }?.subject != "Bank of Luzon")
    }
}

@Suite struct TitleAgainstBodyNameTests {
    /// A name the title gives and the body uses beats a body name given only twice (a live
    /// blog naming the hospital twice is not about the hospital).
    @Test func aTitleNameBeatsABodyNameGivenTwice() {
        let a = analyze(
            "The Ministry of Transport has updated the death toll to 21. Nine are being treated at the Odda "
                + "Clinic. Sources at the Odda Clinic say 26 bodies were counted. Reports of a fire aboard a "
                + "Fjordline ferry came at midnight.",
            title: "Fjordline ferry fire: toll rises to 21")
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Fjordline"])
    }

    /// A name the article shows is a place (`near Kyebi`) is no short form of a longer name
    /// that starts with it (`Kyebi Government Hospital`).
    @Test func aPlaceShownByItsPrepositionIsNoShortForm() {
        let names: [(name: String, isPerson: Bool, acronym: String?)] = [
            ("Kyebi Government Hospital", false, nil), ("Kyebi", false, nil),
        ]
        #expect(AliasTable(names: names).resolve("Kyebi") == "Kyebi Government Hospital")
        #expect(AliasTable(names: names, places: ["Kyebi"]).resolve("Kyebi") == "Kyebi")
    }
}

@Suite struct RoundupUnnamedFirstItemTests {
    /// A roundup whose first item names nothing (`typhoon toll`) leads with the first name of
    /// the first sentence holding the item's words, not with the next item's name.
    @Test func anUnnamedFirstItemLeadsWithTheNameItsSentenceGives() {
        let a = analyze(
            "Good morning. Here is what's moving today.\nVESTLAND. The official death toll from Storm Ingrid "
                + "rose to 46.\nNORDBANK. Nordbank cut its benchmark rate by 25 basis points to 4.50%.",
            title: "Nordic Morning Brief: storm toll, Nordbank cuts rates, Fjordline's export surge")
        #expect(a.mentions.first { $0.quantity.values.first?.amount == 46 }?.subject == "Storm Ingrid")
    }
}
