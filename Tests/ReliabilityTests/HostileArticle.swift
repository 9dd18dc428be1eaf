import ClaimModel

/// Articles built to hurt an extractor: huge, binary, numeric, bidirectional, oddly spaced.
/// Each must come back accepted or rejected on its own, quickly, never crash anything.
enum HostileArticle {
    static let megabyte = 1 << 20

    /// Deterministic pseudo-random bytes (xorshift), so failures reproduce.
    static func junk(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed | 1
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
    }

    static let unicodeSpaces: [Unicode.Scalar] = [
        "\u{09}", "\u{0B}", "\u{0C}", "\u{20}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2001}",
        "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}", "\u{2007}", "\u{2008}", "\u{2009}",
        "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{200B}", "\u{FEFF}",
        "\u{180E}",
    ]

    static func article(_ ref: String, _ text: String) -> Article {
        Article(ref: "hostile/\(ref)", outlet: "Hostile Gazette", title: "Hostile \(ref)", text: text)
    }

    /// Name and article of every hostile case; `bigBytes` sizes the big ones (the prose is ten
    /// times it: 1 MiB gives the 10 MB).
    static func all(bigBytes: Int = megabyte) -> [(name: String, article: Article)] {
        let sentence = "Acme said revenue rose 12% to $4.5 billion in 2024, while costs fell. "
        let prose = "The council met again on Tuesday and the discussion went on late into the evening. "
        let spaced = unicodeSpaces.map { space in
            "Globex\(space)spent\(space)$3\(space)billion\(space)in\(space)2025."
        }.joined(separator: " ")
        let rtl =
            "\u{202E}Acme spent $5 billion in 2024\u{202C}. \u{200F}أنفقت الشركة 5 مليارات دولار في 2024.\u{200F} "
            + "\u{2067}Initech\u{2069} earned \u{2066}€2 million\u{2069} in 2023."
        return [
            (
                "10 MB of prose",
                article("prose", String(repeating: prose, count: bigBytes / prose.utf8.count))
            ),
            (
                "\(bigBytes) bytes of figures",
                article("figures", String(repeating: sentence, count: bigBytes / sentence.utf8.count))
            ),
            (
                "\(bigBytes) bytes of binary junk",
                article("junk", String(decoding: junk(count: bigBytes, seed: 7), as: UTF8.self))
            ),
            (
                "a million digits",
                article("digits", "Acme paid $" + String(repeating: "1234567890", count: 100_000))
            ),
            (
                "a million digits with separators",
                article(
                    "separated",
                    "Revenue was " + Array(repeating: "999", count: 250_000).joined(separator: ",") + ".")
            ),
            ("right-to-left marks and overrides", article("rtl", String(repeating: rtl, count: 50))),
            ("every Unicode space", article("spaces", String(repeating: spaced + " ", count: 20))),
            ("only Unicode spaces", article("blank", String(String.UnicodeScalarView(unicodeSpaces)))),
            (
                "NUL and control characters",
                article("controls", "Acme\u{0}spent\u{1}$5\u{7}billion\u{1B}[31m in 2024.\u{0}")
            ),
            ("one word of \(bigBytes) letters", article("word", String(repeating: "a", count: bigBytes))),
            (
                "\(bigBytes)-byte sentence without punctuation",
                article("run-on", String(repeating: "and then Acme paid 5 dollars ", count: bigBytes / 29))
            ),
            (
                "10,000 combining marks on one letter",
                article("zalgo", "Acme spent $5" + String(repeating: "\u{301}", count: 10_000) + " billion.")
            ),
            (
                "emoji and ZWJ sequences",
                // Open bug (docs/RELIABILITY.md): subject resolution is quadratic in the figures
                // of an article once every sentence has an entity mention; 2,000 of these
                // sentences (82 KB) take 15 s in a release build. `make test` sends 500.
                article(
                    "emoji",
                    String(
                        repeating: "👩‍👩‍👧‍👦 Acme 🏳️‍🌈 spent $5bn 🇫🇷 in 2024. ",
                        count: min(2_000, max(250, bigBytes / 200))))
            ),
            ("100,000 currency signs", article("signs", String(repeating: "$€£¥%", count: 20_000))),
            (
                "numbers beyond Double",
                article(
                    "huge",
                    "Acme spent $1e999 billion and 10^400 dollars, " + String(repeating: "9", count: 400)
                        + " euros.")
            ),
        ]
    }
}
