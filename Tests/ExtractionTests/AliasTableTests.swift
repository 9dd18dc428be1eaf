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

    @Test func productNamesAreNotLongerForms() {
        let table = AliasTable(names: [
            ("Varda", false, nil), ("Varda X20", false, nil), ("Varda AI", false, nil),
        ])
        #expect(table.resolve("Varda") == "Varda")
    }

    @Test func firstWordIsTheFirstOfTheWords() {
        for key in ["northwind shipping", "  two  spaces ", "single", "", "   ", "café crème", "zürich"] {
            #expect(AliasTable.firstWord(of: key) == AliasTable.words(of: key).first)
        }
        #expect(AliasTable.firstWord(of: "  two  spaces ") == "two")
        #expect(AliasTable.firstWord(of: "café crème") == "café")
    }
}
