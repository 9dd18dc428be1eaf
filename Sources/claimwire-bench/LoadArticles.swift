import ClaimModel
import Foundation

/// Synthetic articles for the load run: fictional companies, outlets and figures, the text a
/// pure function of (tag, sender, sequence), so every article of a run is distinct and two runs
/// with the same tag send the same articles.
enum LoadArticles {
    static let syllables = [
        "ar", "ven", "lo", "mi", "quor", "tesh", "bal", "dra", "nix", "cor", "pel", "sum",
    ]
    static let outlets = [
        "Northgate Courier", "Valley Ledger", "Tidewater Post", "Granite Times", "Meridian Wire",
    ]
    static let measures = [
        ("revenue", "billion"), ("capital expenditure", "billion"), ("net profit", "million"),
    ]

    static func article(tag: String, sender: Int, sequence: Int) -> Article {
        var state = UInt64(truncatingIfNeeded: sender &* 1_000_003 &+ sequence) &+ 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            // SplitMix64: cheap, and the same sequence on every platform.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        let company = (0..<3).map { _ in syllables[next(syllables.count)] }.joined().capitalized
        let outlet = outlets[next(outlets.count)]
        let (measure, scale) = measures[next(measures.count)]
        let amount = 2 + next(89)
        let year = 2023 + next(3)
        let staff = 100 + next(89_900)
        let text =
            "\(company) said its \(measure) reached $\(amount) \(scale) in \(year), according to a filing "
            + "reviewed by \(outlet). The company employs \(staff) people. Analysts said the figure was "
            + "in line with expectations (load \(tag) sender \(sender) note \(sequence))."
        return Article(
            ref: "load-\(tag)-\(sender)-\(sequence)", outlet: outlet,
            title: "\(company) \(measure) at $\(amount) \(scale)",
            published: Day(year: year, month: 1 + next(9), day: 10 + next(10)), text: text)
    }
}
