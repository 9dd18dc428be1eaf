import ClaimModel

/// Words that set a figure's bound, hedge a sentence, signal a denial or an attribution.
enum CueWords {
    /// Phrases just before a figure, lower-case, matched on whole words, longest first.
    static let boundBefore: [(phrase: [String], bound: Bound)] = [
        (["more", "than"], .atLeast), (["at", "least"], .atLeast), (["upwards", "of"], .atLeast),
        (["upward", "of"], .atLeast), (["in", "excess", "of"], .atLeast), (["north", "of"], .atLeast),
        (["no", "less", "than"], .atLeast), (["greater", "than"], .atLeast), (["just", "over"], .atLeast),
        (["over"], .atLeast), (["above"], .atLeast), (["exceeding"], .atLeast), (["exceed"], .atLeast),
        (["exceeds"], .atLeast), (["top"], .atLeast), (["tops"], .atLeast), (["topping"], .atLeast),
        (["upward"], .atLeast), (["beyond"], .atLeast), (["minimum", "of"], .atLeast),
        (["up", "to"], .atMost), (["as", "much", "as"], .atMost), (["as", "many", "as"], .atMost),
        (["as", "high", "as"], .atMost), (["at", "most"], .atMost), (["no", "more", "than"], .atMost),
        (["less", "than"], .atMost), (["fewer", "than"], .atMost), (["maximum", "of"], .atMost),
        (["just", "under"], .atMost), (["under"], .atMost), (["below"], .atMost), (["up-to"], .atMost),
        (["about"], .approx), (["around"], .approx), (["roughly"], .approx), (["approximately"], .approx),
        (["approx"], .approx), (["nearly"], .approx), (["almost"], .approx), (["some"], .approx),
        (["an", "estimated"], .approx), (["estimated"], .approx), (["close", "to"], .approx),
        (["circa"], .approx), (["around", "a"], .approx), (["an", "approximate"], .approx),
    ]

    static let hedges: Set<String> = [
        "reportedly", "plans", "planned", "planning", "plan", "may", "might", "could", "would",
        "expects", "expected", "expect", "intends", "aims", "rumored", "rumoured", "allegedly",
        "reported", "estimated", "projected", "likely", "possibly", "potentially", "considering",
    ]

    /// Words that make a sentence a denial when a party is its subject.
    static let denialWords: Set<String> = [
        "deny", "denies", "denied", "denying", "denial", "dismissed", "dismisses", "rejected", "rejects",
        "disputed", "disputes", "refuted", "refutes", "rebutted", "incorrect", "inaccurate", "untrue",
        "false", "wrong", "baseless", "unfounded", "misleading", "disowns", "disowned", "contradicting",
        "contradicted",
    ]
    /// Multi-word denial cues, lower-case.
    static let denialPhrases: [[String]] = [
        ["not", "correct"], ["not", "true"], ["not", "accurate"], ["never", "given"], ["never", "issued"],
        ["never", "published"], ["never", "released"], ["never", "gave"], ["not", "announced"],
        ["shot", "down"], ["shoots", "down"], ["pushed", "back"], ["pushes", "back"], ["hit", "back"],
        ["never", "the", "source"], ["false", "information"], ["not", "the", "source"],
        ["play", "down"], ["played", "down"], ["plays", "down"],
    ]
    /// First words of `denialPhrases`: one set lookup rules most tokens out before matching.
    static let denialPhraseStarts: Set<String> = Set(denialPhrases.compactMap(\.first))
    /// Nouns that name the thing disputed (`report`, `figures`).
    static let reportNouns: Set<String> = [
        "report", "reports", "reporting", "figure", "figures", "numbers", "information", "rumors",
        "rumours", "claims", "estimate", "estimates", "toll", "story", "article", "details", "media",
    ]
}
