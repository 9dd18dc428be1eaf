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

    /// The phrases read eight bytes at a time find what a byte-by-byte reading finds, near the
    /// end of a sentence and in any case too: sentences cut from phrases, near misses and
    /// exceptions at random places.
    @Test(arguments: [3, 41] as [UInt64])
    func matchesTheByteByByteReading(seed: UInt64) {
        var random = SeededGenerator(state: seed)
        let pieces = [
            "earlier version", "earlier versio", "Correcting", "CORRECTED", "uncorrected", "in error",
            "in err", "misquoted", "Wall Street Journal", "wall street", "the street", "Analysts",
            "forecasters", "consensus", "revis", "withdrew", "with", "x", "$5 billion", ",", "é",
            "Revised", "retracted", "mistake", "mistaken", "",
        ]
        let correction = [
            "earlier version", "previous version", "original version", "correction", "corrected",
            "corrects", "correcting", "erroneous", "incorrect", "mistaken", "in error", "misreport",
            "misstat", "misquot", "withdrew", "withdrawn", "withdraw", "retract", "revised", "revising",
            "revises", "revision",
        ]
        let expectation = ["analyst", "consensus", "wall street", "the street", "forecasters"]
        for _ in 0..<400 {
            let count = 1 + Int(random.next() % 5)
            let text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined(separator: random.next() % 2 == 0 ? " " : "")
            let corrected = Self.occurs(correction, except: [], in: text)
            let expected = Self.occurs(expectation, except: ["wall street journal"], in: text)
            var copy = text
            copy.withUTF8 { bytes in
                #expect(CorrectionCue.isCorrection(bytes) == corrected, "\(text)")
                #expect(ExpectationCue.isExpectation(bytes) == expected, "\(text)")
                let both = CorrectionCue.correctionAndExpectation(bytes)
                #expect(both.corrected == corrected && both.expected == expected, "\(text)")
            }
        }
    }

    /// The reference: at every byte not after an ASCII letter, each phrase compared byte by
    /// byte with the text lower-cased (ASCII), unless an exception begins there too.
    static func occurs(_ phrases: [String], except exceptions: [String], in text: String) -> Bool {
        let bytes = Array(text.utf8).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        guard bytes.count >= 6 else { return false }
        func begins(_ phrase: String, at start: Int) -> Bool {
            let p = Array(phrase.utf8)
            return start + p.count <= bytes.count && Array(bytes[start..<(start + p.count)]) == p
        }
        for start in bytes.indices {
            if start > 0, bytes[start - 1] >= 97, bytes[start - 1] <= 122 { continue }
            if phrases.contains(where: { begins($0, at: start) }),
                !exceptions.contains(where: { begins($0, at: start) })
            {
                return true
            }
        }
        return false
    }
}
