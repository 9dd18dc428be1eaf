import Testing

@testable import Extraction

@Suite struct AliasTableTests {
    @Test func surnameJoinsTheFullName() {
        let table = AliasTable(names: [
            ("Harry Kane", false, nil), ("Kane", false, nil), ("Kane", false, nil),
            ("Herbert Hainer", true, nil),
        ])
        #expect(table.resolve("Kane") == "Harry Kane")
        #expect(table.isPerson("Harry Kane"))
    }

    /// A company named like a person (`Eli Lilly shares jumped`) keeps its surname form but is
    /// no person: its figures stay its own.
    /// A country is no short form of a party or company named after it (`Latvia`, `Latvia
    /// First`), while a company's short name still is (`Meta`, `Meta Platforms`).
    @Test func aCountryIsNoShortFormOfWhatIsNamedAfterIt() {
        let table = AliasTable(names: [
            ("Latvia First", false, nil), ("Latvia", false, nil), ("Meta Platforms", false, nil),
            ("Meta", false, nil),
        ])
        #expect(table.resolve("Latvia") == "Latvia")
        #expect(table.resolve("Meta") == "Meta Platforms")
    }

    @Test func companyNamedLikeAPersonIsNoPerson() {
        let names: [(name: String, isPerson: Bool, acronym: String?)] = [
            ("Eli Lilly", false, nil), ("Lilly", false, nil),
        ]
        #expect(AliasTable(names: names).isPerson("Eli Lilly"))
        let company = AliasTable(names: names, impersonal: ["Eli Lilly"])
        #expect(!company.isPerson("Eli Lilly"))
        #expect(!company.isPerson(company.resolve("Lilly")))
        #expect(company.resolve("Lilly") == "Eli Lilly")
    }

    /// A name with a connecting word or ending in a place is an organisation's: the place
    /// standing alone is the place, not its surname (`Canada` and the `Bank of Canada`).
    @Test func institutionsNamedAfterPlacesAreNoPeople() {
        for (name, short) in [
            ("Bank of Canada", "Canada"), ("Reserve Bank of India", "India"), ("Air India", "India"),
            ("Doctors without Borders", "Borders"),
        ] {
            let table = AliasTable(names: [(name, false, nil), (short, false, nil), (name, false, nil)])
            #expect(!table.isPerson(name), "\(name)")
            #expect(table.resolve(short) == short, "\(name)")
        }
        let person = AliasTable(names: [("Tiff Macklem", false, nil), ("Macklem", false, nil)])
        #expect(person.isPerson("Tiff Macklem"))
        #expect(person.resolve("Macklem") == "Tiff Macklem")
    }

    @Test func nearMissSpellingJoinsTheFrequentOne() {
        let table = AliasTable(names: [
            ("Quorbel", false, nil), ("Quorbel", false, nil), ("Qourbel", false, nil),
        ])
        #expect(table.resolve("Qourbel") == "Quorbel")
    }

    @Test func acronymJoinsItsExpansion() {
        let table = AliasTable(names: [("Northwind Shipping Authority", false, "NSA"), ("NSA", false, nil)])
        #expect(table.resolve("NSA") == "Northwind Shipping Authority")
        let initials = AliasTable(names: [("United Federation", false, nil), ("UF", false, nil)])
        #expect(initials.resolve("UF") == "United Federation")
    }

    @Test func caseVariantsMerge() {
        let table = AliasTable(names: [
            ("FjordLine", false, nil), ("Fjordline", false, nil), ("FjordLine", false, nil),
        ])
        #expect(table.resolve("Fjordline") == "FjordLine")
    }

    /// A business unit named after its parent is not the parent's longer form, whichever comes
    /// first; a company's full name still is.
    @Test func businessUnitsAreNotTheirParents() {
        let unit = AliasTable(names: [
            ("Fjordline", false, nil), ("Fjordline Web Services", false, nil), ("Fjordline", false, nil),
        ])
        #expect(unit.resolve("Fjordline") == "Fjordline")
        let cloud = AliasTable(names: [("Fjordline Cloud", false, nil), ("Fjordline", false, nil)])
        #expect(cloud.resolve("Fjordline") == "Fjordline")
        let company = AliasTable(names: [("Fjordline Holdings", false, nil), ("Fjordline", false, nil)])
        #expect(company.resolve("Fjordline") == "Fjordline Holdings")
    }

    @Test func productNamesAreNotLongerForms() {
        let table = AliasTable(names: [
            ("Varda", false, nil), ("Varda X20", false, nil), ("Varda AI", false, nil),
        ])
        #expect(table.resolve("Varda") == "Varda")
        // A name in full before its short form is the company's own (`Varda AI ... Varda`).
        let full = AliasTable(names: [("Varda AI", false, nil), ("Varda", false, nil), ("Varda", false, nil)])
        #expect(full.resolve("Varda") == "Varda AI")
    }

    @Test func firstWordIsTheFirstOfTheWords() {
        for key in ["northwind shipping", "  two  spaces ", "single", "", "   ", "café crème", "zürich"] {
            #expect(AliasTable.firstWord(of: key) == AliasTable.words(of: key).first)
        }
        #expect(AliasTable.firstWord(of: "  two  spaces ") == "two")
        #expect(AliasTable.firstWord(of: "café crème") == "café")
    }

    @Test func wordsOnBytesMatchTheSplitOfTheString() {
        for key in [
            "northwind shipping", "  two  spaces ", "single", "", "   ", "caf\u{00E9} cr\u{00E8}me",
            "a b c d",
        ] {
            #expect(AliasTable.words(of: key) == key.split(separator: " ").map(String.init), "\(key)")
            #expect(AliasTable.lastWord(of: key) == key.split(separator: " ").last.map(String.init), "\(key)")
        }
        #expect(AliasTable.lastWord(of: "laid off workers ") == "workers")
        #expect(AliasTable.lastWord(of: "   ") == nil)
    }

    /// `withinOneEdit` as first written, on `Character`s.
    static func plainWithinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a)
        let y = Array(b)
        if abs(x.count - y.count) > 1 { return false }
        if x.count == y.count {
            let diffs = x.indices.filter { x[$0] != y[$0] }
            if diffs.count == 1 { return true }
            return diffs.count == 2 && diffs[1] == diffs[0] + 1 && x[diffs[0]] == y[diffs[1]]
                && x[diffs[1]] == y[diffs[0]]
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        var i = 0
        var j = 0
        var skipped = false
        while i < short.count, j < long.count {
            if short[i] == long[j] {
                i += 1
                j += 1
            } else {
                if skipped { return false }
                skipped = true
                j += 1
            }
        }
        return true
    }

    @Test func withinOneEditOnBytesMatchesTheCharacterDefinition() {
        let words = [
            "doubao", "duobao", "doubau", "doubaox", "oubao", "dubao", "doubao", "bytedance", "bytedence",
            "ybtedance", "bytdeance", "abc", "acb", "bac", "ab", "a", "", "abcd", "abdc", "badc",
            "caf\u{00E9}", "cafe\u{0301}", "cafe", "caf", "z\u{00FC}rich", "zurich", "a\r\nb", "a\nb", "ab\r",
        ]
        for a in words {
            for b in words {
                #expect(AliasTable.withinOneEdit(a, b) == Self.plainWithinOneEdit(a, b), "\(a) \(b)")
            }
        }
        #expect(AliasTable.withinOneEdit("doubao", "duobao"))
        #expect(!AliasTable.withinOneEdit("doubao", "doubao"))
        #expect(!AliasTable.withinOneEdit("abcd", "badc"))
    }
}
