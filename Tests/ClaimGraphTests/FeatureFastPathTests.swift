import Testing

@testable import Extraction

/// The byte-level features (`WordList`, `WordCounts`, bit-lane SimHash) must give what the plain
/// `String` definitions give, ASCII or not.
@Suite struct FeatureFastPathTests {
    static let texts = [
        "The firm\u{2019}s $20.64 billion, 230,000 users; don't stop.",
        "Harbour harbour HARBOUR cranes, cranes and the harbour's channels.",
        "Caf\u{00E9} cafe\u{0301} CAF\u{00C9} na\u{00EF}ve naive \u{00DF}tra\u{00DF}e strasse",
        "\u{4E1C}\u{4EAC} Tokyo \u{6771}\u{4EAC} 2025 report reports reported",
        "", "one", "one two", "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        String(repeating: "alpha beta gamma delta ", count: 300),
    ]

    /// SimHash as first written: one bit at a time over `String` words.
    static func referenceSimhash(_ words: [String]) -> UInt64 {
        guard !words.isEmpty else { return 0 }
        var ones = [Int](repeating: 0, count: 64)
        let width = min(Fingerprint.shingleWidth, words.count)
        let shingles = words.count - width + 1
        for start in 0..<shingles {
            var hash = StableHash()
            for offset in 0..<width {
                hash.combine(words[start + offset].utf8)
                hash.combine(CollectionOfOne(UInt8(0x20)))
            }
            let bits = hash.finalized
            for bit in 0..<64 { ones[bit] += Int((bits >> UInt64(bit)) & 1) }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where ones[bit] * 2 > shingles { result |= 1 << UInt64(bit) }
        return result
    }

    /// Key terms as first written: a `String` dictionary and a full sort.
    static func referenceKeyTerms(_ title: [String], _ text: [String], limit: Int) -> [String] {
        var counts: [String: Int] = [:]
        for word in title { counts[word, default: 0] += 3 }
        for word in text { counts[word, default: 0] += 1 }
        return counts.filter { Fingerprint.isContentWord($0.key) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map(\.key)
    }

    /// (`TextNormalization.words` is `WordList` itself: the words are held to a literal here
    /// and to a scalar-by-scalar reference in the Extraction tests.)
    @Test func wordListHoldsTheWords() {
        #expect(
            WordList("The firm\u{2019}s $20.64 billion, don't.").strings == [
                "the", "firm", "20.64", "billion", "dont",
            ])
    }

    @Test func simhashMatchesTheBitByBitCount() {
        for text in Self.texts {
            let words = TextNormalization.words(text)
            #expect(Fingerprint.simhash(text) == Self.referenceSimhash(words), "\(text.prefix(40))")
        }
        // More than 255 shingles: the byte-wide counters are emptied on the way.
        let long = (0..<2000).map { "w\($0 % 37) x\($0 % 11)" }.joined(separator: " ")
        #expect(Fingerprint.simhash(long) == Self.referenceSimhash(TextNormalization.words(long)))
    }

    @Test func keyTermsMatchTheStringDefinition() {
        for title in Self.texts.prefix(4) {
            for text in Self.texts {
                let expected = Self.referenceKeyTerms(
                    TextNormalization.words(title), TextNormalization.words(text), limit: 12)
                #expect(Fingerprint.keyTerms(title: title, text: text, limit: 12) == expected)
            }
        }
    }

    @Test func canonicallyEquivalentWordsCountAsOne() {
        // `café` precomposed and decomposed are one `String`: counted together, as before.
        let terms = Fingerprint.keyTerms(
            title: "", text: "caf\u{00E9} cafe\u{0301} caf\u{00E9} zebra zebra", limit: 1)
        #expect(terms.count == 1)
        #expect(terms.first == "caf\u{00E9}")
    }

    @Test func wordCountsAddUpASCIIWordsAndLeaveOthers() {
        let words = WordList("Alpha beta alpha caf\u{00E9} ALPHA")
        var counts = WordCounts(words)
        var refused: [Int] = []
        for index in 0..<words.count where !counts.add(index, 1) { refused.append(index) }
        #expect(refused == [3])
        #expect(counts.distinct.map(\.count) == [3, 1])
        #expect(counts.distinct.map(\.index) == [0, 1])
    }
}
