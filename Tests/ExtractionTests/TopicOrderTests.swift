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
