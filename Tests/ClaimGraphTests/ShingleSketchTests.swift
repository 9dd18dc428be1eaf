import Testing

@testable import ClaimGraph

/// The wording sketch reads words (runs of ASCII letters and digits and non-ASCII bytes), ASCII
/// letters without case: only the words change it.
@Suite struct ShingleSketchTests {
    /// ASCII letters capitalised, other bytes kept.
    static func asciiCapitals(_ word: String) -> String {
        String(decoding: word.utf8.map { (97...122).contains($0) ? $0 - 32 : $0 }, as: UTF8.self)
    }

    /// Case and the separators between words change nothing (a dash of non-ASCII bytes would be
    /// a word); changed words do.
    @Test(arguments: [9, 31] as [UInt64])
    func wordsAreWhatChanges(seed: UInt64) {
        var random = SeededGenerator(state: seed)
        let vocabulary = [
            "revenue", "Capex", "ÉLAN", "2024", "q1", "data", "centre", "a", "verylongwordofmanybytes",
            "x7", "naïve", "billion", "USD", "growth",
        ]
        let separators = [" ", ", ", ". ", " ; ", "\n\n", "(", ") ", "-", "'", "\u{0}"]
        for _ in 0..<40 {
            let words = (0..<(50 + Int(random.next() % 60))).map { _ in
                vocabulary[Int(random.next() % UInt64(vocabulary.count))]
            }
            let plain = words.joined(separator: " ")
            var mixed = String(repeating: " ", count: Int(random.next() % 9))
            for word in words {
                mixed += (random.next() % 2 == 0 ? Self.asciiCapitals(word) : word)
                mixed += separators[Int(random.next() % UInt64(separators.count))]
            }
            let sketch = ShingleSketch(text: plain)
            #expect(sketch.minima.count == ShingleSketch.slots)
            #expect(ShingleSketch(text: mixed) == sketch, "\(mixed)")
            // Half the words changed: half the shingles.
            let changed = words.indices.map { $0 < words.count / 2 ? words[$0] : "unheard\($0)" }
            #expect(ShingleSketch(text: changed.joined(separator: " ")).similarity(to: sketch) < 1)
        }
        #expect(ShingleSketch(text: "too few words here").minima.isEmpty)
    }
}
