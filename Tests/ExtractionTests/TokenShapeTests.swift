import Testing

@testable import Extraction

/// The tokenizer's ASCII fast path must give every token what the general definitions give.
@Suite struct TokenShapeTests {
    @Test func tokensAgreeWithTheGeneralDefinitions() {
        let text =
            "The U.S. FY2025 H20 chips: Nvidia's \u{00A3}95m BYD Caf\u{00E9} \u{00C9}TAT x\r\ny "
            + "SuperLongCompanyNameWithoutBreaks 12,000.50 don't Spurs' \u{201C}Quote\u{201D} \u{0130}stanbul"
        for t in Tokenizer.tokenize(text) {
            #expect(t.lower == (t.kind == .word ? Tokenizer.lowercase(t.text) : t.text), "\(t.text)")
            #expect(t.classes == WordClass.of(t.lower), "\(t.text)")
            #expect(t.characterCount == t.text.count, "\(t.text)")
            if t.kind == .word {
                let shape = Token.capitalization(of: t.text)
                #expect(t.isCapitalized == shape.capitalized, "\(t.text)")
                #expect(t.isAllCaps == shape.allCaps, "\(t.text)")
            } else {
                #expect(!t.isCapitalized && !t.isAllCaps, "\(t.text)")
            }
        }
    }

    /// Words of the class tables and one-byte symbols take their `String`s from tables made
    /// once: each token's text must still be its own bytes, whatever its case.
    /// A name with digits inside is one word (`Care4Calais`); a number glued to a unit is not
    /// (`5GW`), nor a code after a word (`in Q4`).
    @Test func namesWithDigitsInsideAreOneWord() {
        #expect(Tokenizer.tokenize("Care4Calais said").map(\.text) == ["Care4Calais", "said"])
        #expect(Tokenizer.tokenize("Acme sold 5GW").map(\.text) == ["Acme", "sold", "5", "GW"])
        #expect(Tokenizer.tokenize("Ferry2 left").map(\.text) == ["Ferry", "2", "left"])
    }

    @Test func sharedSpellingsAreTheTokensOwnText() {
        let text =
            "the The THE said Said of OF million Million bn 2025 , . ; ( ) & % $ - \u{2014} "
            + "Harbour harbour caf\u{00E9} Caf\u{00C9} organisation Organisation 12.5 x-y"
        let utf8 = Array(text.utf8)
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.count == 31)
        for t in tokens {
            #expect(t.text == String(decoding: utf8[t.start..<t.end], as: UTF8.self), "\(t.text)")
        }
        // Table words in any case (`the`, `said`, `of`, `million`) take the table's lower case.
        #expect(tokens.filter { $0.lower == "the" }.map(\.text) == ["the", "The", "THE"])
        #expect(tokens.filter { $0.lower == "said" }.map(\.text) == ["said", "Said"])
        #expect(!tokens.filter { $0.lower == "million" }.isEmpty)
        #expect(tokens.filter { $0.lower == "million" }.allSatisfy { $0.has(.magnitude) })
    }

    @Test func symbolAndDotTestsAgreeWithTheText() {
        let text =
            "U.S. a.m. Inc. e.g. x; y\u{037E} z, (a) $5 \u{20AC}6 1\u{2013}2 \u{2014} \u{2026} ! ? | & - . end."
        let symbols: [Unicode.Scalar] = [
            ";", "\u{037E}", ",", "(", ")", "$", "\u{20AC}", "\u{2013}", "\u{2014}", "\u{2026}", "!", "?",
            "|", "&", "-", ".",
        ]
        var dotted = 0
        for t in Tokenizer.tokenize(text) {
            for s in symbols {
                #expect(t.isSymbol(s) == (t.kind == .symbol && t.text == String(s)), "\(t.text) \(s)")
            }
            #expect(t.isDotted == (t.kind == .word && t.text.hasSuffix(".")), "\(t.text)")
            // The splitter asks only non-ASCII symbols whether they are an ellipsis.
            #expect((t.symbolByte == 0 && t.isSymbol("\u{2026}")) == t.isSymbol("\u{2026}"), "\(t.text)")
            if t.isDotted { dotted += 1 }
        }
        #expect(dotted == 3)
        // The Greek question mark is canonically a semicolon: both tests say so.
        #expect(Tokenizer.tokenize("\u{037E}")[0].isSymbol(";"))
    }

    @Test func lowercaseMatchesTheStandardLibrary() {
        for text in [
            "Nvidia", "nvidia", "U.S.", "SUPERLONGCOMPANYNAME AND MORE", "Caf\u{00E9} CR\u{00C8}ME",
            "\u{0130}stanbul",
            "", "42-Year Plan",
        ] {
            #expect(Tokenizer.lowercase(text) == text.lowercased(), "\(text)")
        }
    }

    @Test func packedWordsMatchTheirBytes() {
        #expect(PackedWord("billion") == PackedWord("billion"))
        #expect(PackedWord("billion") != PackedWord("billions"))
        #expect(PackedWord("a") != PackedWord("a\u{0}"))
        #expect(PackedWord(String(repeating: "x", count: 16)) != nil)
        #expect(PackedWord(String(repeating: "x", count: 17)) == nil)
        #expect(PackedWord("caf\u{00E9}") == nil)
        let index = PackedWordIndex(["alpha": 1, "beta": 2, "caf\u{00E9}": 3])
        #expect(PackedWord("alpha").flatMap(index.value) == 1)
        #expect(PackedWord("beta").flatMap(index.value) == 2)
        #expect(PackedWord("gamma").flatMap(index.value) == nil)
        #expect(
            PackedWord("beta").flatMap(index.valueAndSpelling).map { "\($0.spelling)=\($0.value)" }
                == "beta=2")
        #expect(PackedWord("gamma").flatMap(index.valueAndSpelling) == nil)
    }
}
