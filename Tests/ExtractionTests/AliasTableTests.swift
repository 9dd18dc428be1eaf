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
}
