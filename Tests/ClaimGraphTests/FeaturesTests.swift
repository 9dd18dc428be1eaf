import ClaimModel
import Testing

@testable import Extraction

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        let vectors: [(String, String)] = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "The quick brown fox jumps over the lazy dog",
                "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
            ),
        ]
        for (input, expected) in vectors {
            #expect(SHA256.hex(SHA256.digest(input.utf8)) == expected, "\(input)")
        }
    }

    @Test func millionAsAcrossBlockBoundaries() {
        var hasher = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(
            SHA256.hex(hasher.finalize())
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingEdgesMatchOneShotDigest() {
        // 55, 56 and 64 bytes sit on either side of the length field's boundary.
        for length in [55, 56, 63, 64, 65, 119, 120] {
            let bytes = [UInt8](repeating: 0x61, count: length)
            var split = SHA256()
            split.update(bytes.prefix(length / 2))
            split.update(bytes.dropFirst(length / 2))
            #expect(split.finalize() == SHA256.digest(bytes), "length \(length)")
        }
    }
}

@Suite struct ContentHashTests {
    @Test func articleIDIsThirtyTwoHexDigits() {
        let id = ContentHash.articleID(outlet: "Reuters", text: "Some text.")
        #expect(id.rawValue.count == 32)
        #expect(id.rawValue.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func normalisationIgnoresWhitespaceCaseAndQuoteStyle() {
        let a = ContentHash.articleID(
            outlet: "Wire One", text: "The firm\u{2019}s plan  is \u{201C}big\u{201D}.\n")
        let b = ContentHash.articleID(outlet: "wire one", text: "the FIRM's plan\tis \"big\".")
        #expect(a == b)
        #expect(ContentHash.textHash("A\u{00A0}B") == ContentHash.textHash("a b"))
    }

    @Test func outletChangesIdentityButNotTextHash() {
        let text = "Shares rose 5% on Tuesday."
        #expect(
            ContentHash.articleID(outlet: "Wire One", text: text)
                != ContentHash.articleID(outlet: "Wire Two", text: text))
        #expect(
            ContentHash.articleID(outlet: nil, text: text) == ContentHash.articleID(outlet: "", text: text))
        #expect(ContentHash.textHash(text) == ContentHash.textHash("shares rose 5% on tuesday."))
        #expect(ContentHash.textHash(text) != ContentHash.textHash("Shares rose 6% on Tuesday."))
    }

    @Test func outletAndTextDoNotRunTogether() {
        #expect(
            ContentHash.articleID(outlet: "ab", text: "c") != ContentHash.articleID(outlet: "a", text: "bc"))
    }
}

@Suite struct FingerprintTests {
    static func harbourText(day: String = "Tuesday") -> String {
        """
        The harbour authority said on \(day) it would spend 4.2 billion euros over five years \
        to deepen shipping channels, rebuild two container terminals and electrify its cranes, \
        a plan that port unions welcomed but environmental groups criticised as too slow to cut \
        emissions from idling vessels along the northern quays. The first phase, due to start \
        next spring, covers dredging of the outer approach and a new breakwater, while the second \
        rebuilds the older of the two terminals with automated stacking yards. Officials expect \
        traffic to grow by a third by the end of the decade as larger ships call at the port, and \
        said the electrified cranes would halve the terminal's diesel use. Shipping lines that use \
        the harbour have asked for the works to be phased so that berths stay open during the \
        peak season, and the authority promised to publish a detailed timetable within months.
        """
    }

    static let base = harbourText()

    @Test func nearCopiesAreWithinAFewBits() {
        let edited = Self.harbourText(day: "Wednesday") + " Reporting by a staff writer."
        let distance = Fingerprint.distance(Fingerprint.simhash(Self.base), Fingerprint.simhash(edited))
        #expect(distance <= 10, "distance \(distance)")
        #expect(Fingerprint.simhash(Self.base) == Fingerprint.simhash(Self.base.uppercased()))
    }

    @Test func unrelatedTextsAreFarApart() {
        let other = """
            A late goal from the visiting striker settled a tense derby on Saturday night, lifting \
            the club to third in the table after a run of four straight wins and leaving the home \
            manager to face questions about his tactics and a crowded treatment room.
            """
        let distance = Fingerprint.distance(Fingerprint.simhash(Self.base), Fingerprint.simhash(other))
        #expect(distance >= 16, "distance \(distance)")
    }

    @Test func emptyAndShortTexts() {
        #expect(Fingerprint.simhash("") == 0)
        #expect(Fingerprint.simhash("one") != 0)
        #expect(Fingerprint.simhash("one two") == Fingerprint.simhash("ONE  two"))
    }

    @Test func keyTermsPreferTitleAndRepeatedContentWords() {
        let terms = Fingerprint.keyTerms(
            title: "Harbour authority to deepen shipping channels", text: Self.base + " The harbour cranes.",
            limit: 5)
        #expect(terms.count == 5)
        #expect(terms.first == "harbour")
        #expect(terms.contains("channels"))
        for stop in ["the", "said", "would", "billion", "4.2", "five"] {
            #expect(!terms.contains(stop), "\(stop)")
        }
        #expect(terms.allSatisfy { $0 == $0.lowercased() })
        #expect(Fingerprint.keyTerms(title: "", text: Self.base, limit: 0).isEmpty)
    }

    @Test func keyTermsAreDeterministic() {
        let a = Fingerprint.keyTerms(title: "Alpha beta", text: "gamma delta epsilon zeta", limit: 10)
        let b = Fingerprint.keyTerms(title: "Alpha beta", text: "gamma delta epsilon zeta", limit: 10)
        #expect(a == b)
        #expect(a == ["alpha", "beta", "delta", "epsilon", "gamma", "zeta"])
    }

    @Test func wordsKeepNumbersAndDropPossessives() {
        let words = TextNormalization.words("The firm\u{2019}s $20.64 billion, 230,000 users; don't stop.")
        #expect(words == ["the", "firm", "20.64", "billion", "230,000", "users", "dont", "stop"])
    }
}
