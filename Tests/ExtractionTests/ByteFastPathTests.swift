import Testing

@testable import Extraction

/// Byte-level paths of extraction must give what their plain `String` definitions give.
@Suite struct ByteFastPathTests {
    static let texts = [
        "", " ", "  Leading and trailing  ", "Tabs\tand\r\nlines\u{000B}\u{000C}here",
        "NBSP\u{00A0}thin\u{2009}zero\u{200B}width\u{FEFF}bom\u{3000}ideographic",
        "\u{201C}Quoted\u{201D} \u{2018}single\u{2019} \u{2014} dash \u{2026} ellipsis \u{00AB}guillemets\u{00BB}",
        "\u{0130}stanbul \u{1E9E} K\u{212A}elvin \u{023A} Caf\u{00C9} na\u{00EF}ve \u{00DF}",
        "\u{4E1C}\u{4EAC} Tokyo \u{1F600} emoji WORDS", String(repeating: "Alpha BETA gamma ", count: 200),
    ]

    @Test func normalizedBytesMatchThePlainDefinition() {
        for text in Self.texts {
            #expect(
                TextNormalization.normalizedBytes(text) == TextNormalization.plainNormalizedBytes(text),
                "\(text.prefix(30))")
        }
    }

    @Test func tallyOfBytesMatchesTallyOfStrings() {
        let words = [
            "Nvidia", "nvidia", "NVIDIA", "Caf\u{00E9}", "SuperLongCompanyNameWithoutBreaks", "a", "Nvidia",
            "ByteDance", "\u{0130}stanbul",
        ]
        var asStrings = WordTally()
        var asBytes = WordTally()
        var lowerStrings = WordSet()
        var lowerBytes = WordSet()
        for word in words {
            asStrings.add(word)
            lowerStrings.insert(Tokenizer.lowercase(word))
            var copy = word
            copy.withUTF8 { utf8 in
                asBytes.add(utf8: utf8) { word }
                lowerBytes.insert(utf8: utf8, lowering: true) { Tokenizer.lowercase(word) }
            }
        }
        for word in words + ["missing", "caf\u{00E9}", "istanbul"] {
            #expect(asBytes.count(word) == asStrings.count(word), "\(word)")
            let lower = Tokenizer.lowercase(word)
            #expect(lowerBytes.contains(lower) == lowerStrings.contains(lower), "\(word)")
        }
        #expect(asBytes.count("Nvidia") == 2)
        #expect(lowerBytes.contains("nvidia"))
        #expect(!lowerBytes.contains("Nvidia"))
    }

    /// `EntityLexicon.isReporterName` as it reads in plain `String` terms.
    static func plainIsReporterName(_ lower: String) -> Bool {
        var name = Substring(lower)
        if name.hasPrefix("the ") { name = name.dropFirst(4) }
        let reporters = EntityLexicon.reporters
        if reporters.contains(String(name)) || reporters.contains("the " + name) { return true }
        for suffix in [" news", " newswire", " newswires"] where name.hasSuffix(suffix) {
            return reporters.contains(String(name.dropLast(suffix.count)))
        }
        return false
    }

    @Test func reporterNamesOnBytesMatchThePlainDefinition() {
        let names = [
            "", "the", "the ", "reuters", "the reuters", "bloomberg news", "the bloomberg news",
            "dow jones newswires", "bloomberg newswire", "bloomberg newswires", "the information",
            "information", "the the information", "guardian", "the guardian", "the economist news",
            "wall street journal", "the wall street journal", "wall street journal news", "business insider",
            "business insiders", "news", " news", "fox news", "fox", "fox news news", "s&p global",
            "moody's", "nvidia", "the nvidia", "reuters\r\n news", "caf\u{00E9} news", "reuters\u{0301}",
            "the\u{0301} reuters", "bbc news", "cnn newswire", "newswires", "a very long company name news",
        ]
        for name in names {
            #expect(EntityLexicon.isReporterName(name) == Self.plainIsReporterName(name), "\(name)")
        }
        #expect(EntityLexicon.isReporterName("bloomberg news"))
        #expect(EntityLexicon.isReporterName("information"))
        #expect(!EntityLexicon.isReporterName("nvidia"))
    }

    @Test func placesByWordClassMatchTheLexicon() {
        let resolver = SubjectResolver(aliases: AliasTable(names: []))
        let names = [
            "China", "CHINA", "china", "United States", "South-East Asia", "United Arab Emirates",
            "UNITED ARAB EMIRATES", "Nvidia", "Caf\u{00E9}", "", "U.S.", "Hong Kong", "Hong  Kong",
            "Chi\u{0301}na", "Silicon Valley Bank",
        ]
        for name in names {
            #expect(
                resolver.isPlace(name) == EntityLexicon.places.contains(Tokenizer.lowercase(name)), "\(name)")
        }
        #expect(resolver.isPlace("UNITED ARAB EMIRATES"))
        #expect(resolver.isPlace("Hong Kong"))
        #expect(!resolver.isPlace("Nvidia"))
    }

    @Test func upperCaseOnBytesMatchesThePlainDefinition() {
        let names = [
            "", "IBM", "Ibm", "U.S.", "AT&T", "BYD 2", "\u{00C9}DF", "\u{00E9}DF", "STRA\u{00DF}E", "x",
            "\r\n",
        ]
        for name in names {
            #expect(AliasTable.isUpperCase(name) == (name == name.uppercased()), "\(name)")
        }
        #expect(AliasTable.isUpperCase("AT&T"))
        #expect(!AliasTable.isUpperCase("Ibm"))
    }

    @Test func wordCountsInOnePassMatchWordByWord() {
        let words = WordList(
            "Alpha beta alpha caf\u{00E9} ALPHA gamma beta \u{00FC}ber Beta alpha-beta 2025 alpha "
                + String(repeating: "delta epsilon ", count: 40))
        for heavy in [0, 1, 3, words.count] {
            var oneByOne = WordCounts(words)
            var refused: [Int] = []
            for index in 0..<words.count where !oneByOne.add(index, index < heavy ? 3 : 1) {
                refused.append(index)
            }
            var inOnePass = WordCounts(words)
            let others = inOnePass.addAll(heavy: heavy, heavyWeight: 3)
            #expect(others == refused)
            #expect(inOnePass.distinct.map(\.index) == oneByOne.distinct.map(\.index))
            #expect(inOnePass.distinct.map(\.count) == oneByOne.distinct.map(\.count))
        }
        var counts = WordCounts(words)
        #expect(counts.addAll(heavy: 1, heavyWeight: 3) == [3, 7])
        // `alpha` five times (once in `alpha-beta`), the first in the heavy part.
        #expect(counts.distinct.first?.count == 3 + 4)
    }

    /// `WordList` as first written: the normalised text's scalars, one at a time, into `String`s.
    static func plainWords(_ text: String) -> [String] {
        let scalars = Array(TextNormalization.normalize(text).unicodeScalars)
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func flush() {
            if !word.isEmpty { words.append(String(word)) }
            word = String.UnicodeScalarView()
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let hasNext = i + 1 < scalars.count
            if TextNormalization.isWordScalar(s) {
                word.append(s)
            } else if hasNext, let last = word.last, s == "." || s == ",", isDigit(last),
                isDigit(scalars[i + 1])
            {
                word.append(s)
            } else if hasNext, !word.isEmpty, s == "'", TextNormalization.isWordScalar(scalars[i + 1]) {
                if scalars[i + 1] == "s",
                    i + 2 >= scalars.count || !TextNormalization.isWordScalar(scalars[i + 2])
                {
                    i += 2
                    flush()
                    continue
                }
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return words
    }

    @Test func wordListMatchesThePlainDefinition() {
        let edges = [
            "ab's", "ab's's cd", "'s alone", "x'", "don't won't", "it's.", "caf\u{00E9}'s caf\u{00E9}'sa",
            "1.5.6 2,000,000 3. 4, .5 ,6 7.a", "a'b'c", "o''s", "\u{0661}.\u{0662} 1.\u{0662}", "s's", "'",
            "a",
            "The firm\u{2019}s $20.64 billion, 230,000 users; don't stop.",
        ]
        for text in Self.texts + edges {
            #expect(WordList(text).strings == Self.plainWords(text), "\(text.prefix(30))")
        }
        // The definition itself on one text.
        #expect(
            Self.plainWords("The firm\u{2019}s $20.64 billion, don't.") == [
                "the", "firm", "20.64", "billion", "dont",
            ])
    }
}
