import Testing

@testable import Extraction

@Suite struct GivenNamesTests {
    @Test func censusNamesBeyondTheCuratedTableAreGivenNames() {
        for name in ["dolores", "wilbur", "marguerite", "clifford", "rosalind"] {
            #expect(GivenNames.all.contains(name), "\(name)")
        }
    }

    @Test func namesThatAreAlsoEnglishWordsComeOnlyFromTheCuratedTable() {
        // `Young`, `Meta`, `Sun` and `Joy` are census given names, but they start organisations
        // and sentences as often: the generator leaves them out.
        for word in ["young", "meta", "sun", "joy", "summer", "era"] {
            #expect(!GivenNames.census.contains(word), "\(word)")
            #expect(!GivenNames.all.contains(word), "\(word)")
        }
        // Common short forms that are also words are kept by hand.
        for name in ["mark", "frank", "bill"] {
            #expect(!GivenNames.census.contains(name))
            #expect(GivenNames.all.contains(name), "\(name)")
        }
    }

    @Test func tablesAreLowerCaseSingleNames() {
        for name in GivenNames.all {
            #expect(name == name.lowercased() && !name.contains(" ") && !name.isEmpty, "\(name)")
        }
    }

    @Test func firstPartOnBytesMatchesThePlainDefinition() {
        func plain(_ lower: String) -> Bool {
            guard let given = lower.split(separator: "-").first else { return false }
            return GivenNames.all.contains(String(given))
        }
        let words = [
            "", "-", "--", "jean-pierre", "-jean", "--mark-", "meta-bill", "frank", "young", "marguerite",
            "marguerite-rosalind-clifford", "anna\u{0301}", "jos\u{00E9}-maria", "a-very-long-unknown-name",
            "averyveryverylongunknownname", "bill\r\n",
        ]
        for word in words {
            #expect(GivenNames.startsWithGivenName(word) == plain(word), "\(word)")
        }
        #expect(GivenNames.startsWithGivenName("jean-pierre") == GivenNames.all.contains("jean"))
        #expect(GivenNames.startsWithGivenName("--mark-"))
        #expect(!GivenNames.startsWithGivenName("young"))
    }
}
