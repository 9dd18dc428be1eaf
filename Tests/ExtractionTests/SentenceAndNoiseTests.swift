import ClaimModel
import Testing

@testable import Extraction

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(text)
        let noise = [Bool](repeating: false, count: tokens.count)
        let bytes = Array(text.utf8)
        return SentenceSplitter.split(tokens, noise: noise).map {
            String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
        }
    }

    @Test func abbreviationsAndDecimalsDoNotSplit() {
        let s = sentences(
            "The U.S. Port Board met on Jan. 19 with Fjordline Inc. executives. Costs rose 4.5 per cent. Dr. Lund agreed."
        )
        #expect(s.count == 3)
        #expect(s[0].hasSuffix("executives."))
        #expect(s[1] == "Costs rose 4.5 per cent.")
    }

    /// A magnitude glued to its number ends a sentence with its dot (`held at $47.8M.`); an
    /// initial does not (`J. Smith`).
    @Test func aGluedMagnitudeEndsTheSentence() {
        let s = sentences("Friday held at $47.8M. Internationally, the figure is $130.8M. J. Smith agreed.")
        #expect(
            s == ["Friday held at $47.8M.", "Internationally, the figure is $130.8M.", "J. Smith agreed."])
    }

    @Test func aSentenceAfterAFullStopAtALineEndStartsTheLine() {
        let tokens = Tokenizer.tokenize("Good morning. Here is the news.\nMarkets: Fjordline rose.")
        let split = SentenceSplitter.split(tokens, noise: [Bool](repeating: false, count: tokens.count))
        #expect(split.map(\.startsLine) == [true, false, true])
    }

    @Test func anAbbreviationCanEndASentence() {
        let s = sentences(
            "Fjordline sells ferries to the U.S. The group grew. It bought Nordkapp Ltd. But it shrank. "
                + "Dr. Lund met the U.S. Port Board.")
        #expect(
            s == [
                "Fjordline sells ferries to the U.S.", "The group grew.", "It bought Nordkapp Ltd.",
                "But it shrank.", "Dr. Lund met the U.S. Port Board.",
            ])
    }

    @Test func linesAndGluedSentencesSplit() {
        let s = sentences("Fjordline grew.Nordkapp shrank.\nA new line starts here")
        #expect(s == ["Fjordline grew.", "Nordkapp shrank.", "A new line starts here"])
    }

    @Test func evidenceSpansAreUTF8Offsets() throws {
        let text =
            "Caf\u{00E9} owner Fjordline said revenue was \u{20AC}5 million. Fjordline ordered two ferries."
        let a = analyze(text)
        let m = try #require(a.mentions.first)
        let bytes = Array(text.utf8)
        let sentence = String(decoding: bytes[m.evidence.start..<m.evidence.end], as: UTF8.self)
        #expect(sentence.hasPrefix("Caf\u{00E9} owner"))
        #expect(sentence.hasSuffix("\u{20AC}5 million."))
    }
}

@Suite struct NoiseTests {
    @Test func tickerStripsMakeNoMentions() {
        let a = analyze(
            "Fjordline sold 2,000 tickets.\nFJRDFjordline ASA$62.220.12%Overview Rating:Good62.5%Technicals")
        #expect(a.mentions.count == 1)
    }

    @Test func readNextAndDisclaimersMakeNoMentions() {
        let a = analyze(
            "Fjordline sold 2,000 tickets. Read Next: Nordkapp Ferries Lines Up $900 Million For New Harbour Terminals "
                + "Disclaimer: This content was partially produced with the help of AI tools and reviewed by 3 editors."
        )
        #expect(a.mentions.count == 1)
    }

    @Test func photoCreditsAreCutOutOfTheSentence() throws {
        let a = analyze("Image Credits: Getty Images Fjordline has put $80 billion into its fleet.")
        let m = try #require(a.mentions.first)
        #expect(m.subject == "Fjordline")
    }

    /// A quote widget's lines (a ticker, a name, a price, a signed change and its signed percent
    /// in parentheses) make no mentions; the article's own sentence about the shares does.
    @Test func quoteWidgetLinesMakeNoMentions() {
        let a = analyze(
            "HLDN  Halden Pharma A/S ADR  $45.18 +5.02 (+12.50%)\nNVO  Novo Nordisk A/S  $48.71 -1.19 (-2.38%)\n"
                + "Halden Pharma shares rose 12.5% on Monday.")
        #expect(a.mentions.map(amounts) == [["12.5 percent"]])
        #expect(a.mentions.first?.subject == "Halden Pharma")
        // Several quotes on one line, an unchanged price, a word or two of the widget's own.
        let b = analyze(
            "NIFTY 50 25,104.60 -101.25 (-0.40%) | SENSEX 82,215.33 -318.90 (-0.39%) | BZRO Bazario $18.42 -0.40 "
                + "(-2.1%)\nASHF.V Ashfield Resources C$0.76 0.00 (0.00%) Market closed\n"
                + "Bazario shares fell 2.1% on Monday.")
        #expect(b.mentions.map(amounts) == [["2.1 percent"]])
        // Changes written as signed percents, and a fiscal year is no name.
        let c = analyze(
            "EUR/USD 1.1642 +0.12% | OMXR 1,254.37 -0.31% | LV10Y 3.38% -4bp\nBazario said FY25 revenue rose 14%."
        )
        #expect(c.mentions.map(amounts) == [["14.0 percent"]])
        #expect(c.mentions.map(\.subject) == ["Bazario"])
    }

    @Test func bylinesAndRateFootnotes() {
        let a = analyze(
            "Fjordline sold 2,000 tickets. ($1=7.2671 Norwegian crowns) (Reporting by Ann Berg; Editing by 4 people)"
        )
        #expect(a.mentions.count == 1)
    }
}
