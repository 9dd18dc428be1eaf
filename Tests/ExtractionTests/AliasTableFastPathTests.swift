import Testing

@testable import Extraction

/// The interned `AliasTable` (integer ids for spellings, keys and words) must build what the
/// plain `String`-keyed definition builds, for every rule it applies.
@Suite struct AliasTableFastPathTests {
    typealias Name = (name: String, isPerson: Bool, acronym: String?)

    /// Lists that reach each rule: people, acronyms, initials, near misses, short forms,
    /// products, places, reporters, case variants, non-ASCII and canonically equivalent spellings.
    static let lists: [[Name]] = [
        [
            ("Harry Kane", false, nil), ("Kane", false, nil), ("Kane", false, nil),
            ("Herbert Hainer", true, nil),
        ],
        [("Quorbel", false, nil), ("Quorbel", false, nil), ("Qourbel", false, nil), ("Qorubel", false, nil)],
        [
            ("Northwind Shipping Authority", false, "NSA"), ("NSA", false, nil),
            ("Northwind Shipping Authority", false, "NWS"), ("nsa", false, nil),
        ],
        [("United Federation", false, nil), ("UF", false, nil), ("Union of the Free", false, nil)],
        [
            ("FjordLine", false, nil), ("Fjordline", false, nil), ("FJORDLINE", false, nil),
            ("FjordLine", false, nil),
        ],
        [
            ("Varda", false, nil), ("Varda X20", false, nil), ("Varda AI", false, nil),
            ("Varda Systems", false, nil),
        ],
        [("Meta", false, nil), ("Meta Platforms", false, nil), ("Meta Platforms Inc", false, nil)],
        [("Varda AI", false, nil), ("Varda", false, nil), ("Varda X20", false, nil), ("Varda", false, nil)],
        [
            ("Hong Kong", false, nil), ("Kong", false, nil), ("Reuters", false, nil),
            ("Reuters Kong", false, nil),
        ],
        [
            ("Caf\u{00E9} Nord", false, nil), ("Cafe\u{0301} Nord", false, nil), ("Nord", false, nil),
            ("Z\u{00FC}rich Re", false, nil), ("Z\u{00DC}RICH RE", false, nil), ("ZR", false, nil),
        ],
        [
            ("", false, nil), ("   ", false, nil), ("A", true, "A"), ("Ann Lee", true, nil),
            ("Lee", false, nil),
        ],
        [
            ("Lars Ulrich", true, nil), ("Ulrich", false, nil), ("Ulrich Group", false, nil),
            ("Maria Ulrich", false, nil), ("Maria", false, nil),
        ],
    ]

    static let vocabulary = [
        "Kane", "Harry Kane", "Northwind", "Northwind Shipping", "NS", "Varda", "Varda AI", "Quorbel",
        "Qourbel", "Meta", "Meta Platforms", "China", "Reuters", "Lee", "Ann Lee", "Bank of the North",
        "BN", "BOTN", "Caf\u{00E9}", "Cafe\u{0301}", "Ulrich", "Lars Ulrich", "Ulrich Holdings", "ULRICH",
    ]

    static func check(_ names: [Name], impersonal: Set<String> = []) {
        let fast = AliasTable(names: names, impersonal: impersonal)
        let plain = PlainAliasTable(names: names, impersonal: impersonal)
        #expect(fast.canonical == plain.canonical, "\(names.map(\.name))")
        #expect(fast.counts == plain.counts, "\(names.map(\.name))")
        #expect(fast.persons == plain.persons, "\(names.map(\.name))")
        for name in names.map(\.name) + vocabulary + ["unseen", "KANE", "harry kane"] {
            #expect(fast.resolve(name) == plain.resolve(name), "\(name) in \(names.map(\.name))")
        }
    }

    @Test func everyRuleMatchesThePlainDefinition() {
        for names in Self.lists { Self.check(names) }
    }

    @Test func mixedListsMatchThePlainDefinition() {
        // Deterministic mixes of the vocabulary, with persons and acronyms sprinkled in.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            var names: [Name] = []
            for _ in 0..<(1 + next(14)) {
                let name = Self.vocabulary[next(Self.vocabulary.count)]
                let acronym = next(6) == 0 ? Self.vocabulary[next(Self.vocabulary.count)] : nil
                names.append((name, next(4) == 0, acronym))
            }
            Self.check(names)
            // Some of the list's names marked as companies' (`Eli Lilly shares`).
            Self.check(names, impersonal: Set(names.map(\.name).filter { _ in next(3) == 0 }))
        }
    }
}
