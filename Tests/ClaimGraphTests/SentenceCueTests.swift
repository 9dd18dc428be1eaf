import Testing

@testable import ClaimGraph

/// The correction and forecast cues: phrases at word starts only, exceptions honoured, and the
/// one-pass reading of both the same as reading each.
@Suite struct SentenceCueTests {
    static let sentences: [(text: String, corrected: Bool, expected: Bool)] = [
        ("An earlier version of this story misstated the figure.", true, false),
        ("The uncorrected total was $5 billion, unrevised since May.", false, false),
        ("Revenue beat the $50 billion analysts had expected.", false, true),
        ("The Wall Street Journal reported revenue of $5 billion.", false, false),
        ("Wall Street expected $5 billion; the figure was later REVISED.", true, true),
        ("CONSENSUS was $5bn", false, true),
        ("short", false, false),
        ("Revenue rose to $5 billion from $4 billion a year earlier.", false, false),
    ]

    @Test func eachCueAndBothInOnePass() {
        for sentence in Self.sentences {
            var text = sentence.text
            text.withUTF8 { bytes in
                let corrected = CorrectionCue.isCorrection(bytes)
                let expected = ExpectationCue.isExpectation(bytes)
                #expect(corrected == sentence.corrected, "\(sentence.text)")
                #expect(expected == sentence.expected, "\(sentence.text)")
                let both = CorrectionCue.correctionAndExpectation(bytes)
                #expect(both.corrected == corrected && both.expected == expected, "\(sentence.text)")
            }
        }
    }
}
