import ClaimModel
import Testing

@testable import Extraction

/// A text without sentence stops must not make extraction quadratic: the splitter caps a
/// sentence's length, so every per-figure step looks at a bounded window.
@Suite struct RunOnSentenceTests {
    static let clause = "and then Fjordline paid 7 dollars "

    static func runOn(bytes: Int) -> String {
        String(repeating: clause, count: bytes / clause.utf8.count)
    }

    @Test func longRunsAreCutIntoBoundedContiguousPieces() throws {
        let text = Self.runOn(bytes: 20_000)
        let tokens = Tokenizer.tokenize(text)
        let pieces = SentenceSplitter.split(tokens, noise: [Bool](repeating: false, count: tokens.count))
        #expect(pieces.count >= tokens.count / SentenceSplitter.maximumTokens)
        #expect(pieces.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumTokens })
        var next = 0
        for piece in pieces {
            #expect(piece.tokens.lowerBound == next)
            next = piece.tokens.upperBound
        }
        #expect(next == tokens.count)
        let first = try #require(pieces.first)
        #expect(first.startsLine)
        #expect(pieces.dropFirst().allSatisfy { !$0.startsLine })
    }

    @Test func cutsPreferACommaNearTheCap() throws {
        // A comma every 50 tokens: each cut falls right after one.
        let clause = Array(repeating: "ferries sailed north", count: 16).joined(separator: " ") + ", "
        let text = String(repeating: clause, count: 40)
        let tokens = Tokenizer.tokenize(text)
        let pieces = SentenceSplitter.split(tokens, noise: [Bool](repeating: false, count: tokens.count))
        #expect(pieces.count > 1)
        for piece in pieces.dropLast() {
            #expect(tokens[piece.tokens.upperBound - 1].isSymbol(","))
            #expect(piece.tokens.count > SentenceSplitter.maximumTokens * 3 / 4)
        }
    }

    @Test func ordinarySentencesAreNotCut() {
        let sentence = Array(repeating: "the ferry sailed north", count: 40).joined(separator: " ") + "."
        let tokens = Tokenizer.tokenize(sentence)
        #expect(tokens.count < SentenceSplitter.maximumTokens)
        #expect(
            SentenceSplitter.split(tokens, noise: [Bool](repeating: false, count: tokens.count)).count == 1)
    }

    @Test func aHundredKilobyteRunOnSentenceExtractsQuicklyWithEveryFigure() throws {
        let text = Self.runOn(bytes: 100_000)
        let figures = 100_000 / Self.clause.utf8.count
        let clock = ContinuousClock()
        let start = clock.now
        let analyzed = analyze(text)
        let elapsed = clock.now - start
        // Debug build on a shared machine: the quadratic version took over 30 s here.
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        #expect(analyzed.mentions.count == figures)
        let mention = try #require(analyzed.mentions.first)
        #expect(mention.subject == "Fjordline")
        #expect(amounts(mention) == ["7.0 USD"])
    }
}
