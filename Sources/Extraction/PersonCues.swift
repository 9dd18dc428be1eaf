/// Tells a person's name from an organisation's without a role word in front: a common given
/// name first (`Herbert Hainer`), an apposition that only people take (`X, who heads ...`,
/// `X, 61,`, `X, a minister in ...`), or `X said he ...`.
enum PersonCues {
    /// Word classes of organisations' and places' words: a name with one of them is no person's.
    static let organisationClasses: WordClass = [
        .corporateSuffix, .institutionHead, .organisationHead, .demonym, .place,
    ]

    /// Words after a name that only a company takes (`Eli Lilly shares`).
    static let tradedWords: Set<String> = ["shares", "stock", "stocks"]

    /// True when the name spanning `words` reads as a person's in its sentence.
    static func looksLikePerson(_ words: [Int], _ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let firstIndex = words.first, let lastIndex = words.last else { return false }
        // (The word classes are those tables: a bit test instead of a lookup per table.)
        let organisationLike = words.contains(where: {
            !tokens[$0].classes.isDisjoint(with: PersonCues.organisationClasses)
        })
        // `Ben & Jerry`: an ampersand joins the names of a firm.
        if organisationLike || words.contains(where: { tokens[$0].isSymbol("&") }) { return false }
        let nameWords = words.filter { tokens[$0].kind == .word && tokens[$0].lower != "al" }
        if nameWords.count >= 2, nameWords.count <= 4, !tokens[firstIndex].isAllCaps,
            GivenNames.startsWithGivenName(tokens[firstIndex].lower)
        {
            return true
        }
        var a = lastIndex + 1
        if a < range.upperBound, tokens[a].isSymbol("."), !tokens[a].spaceBefore { a += 1 }
        guard a + 1 < range.upperBound else { return false }
        if tokens[a].isSymbol(",") {
            let next = tokens[a + 1]
            // `X, who heads`; `X, 61,`.
            if next.lower == "who" { return true }
            if next.kind == .number, next.decimals == 0, next.value >= 16, next.value < 110,
                a + 2 < range.upperBound, tokens[a + 2].isSymbol(",")
            {
                return true
            }
            // `X, a minister in the eastern government,`; `X, the chief executive,`.
            if ["a", "an", "the"].contains(next.lower) {
                var r = a + 2
                while r < min(range.upperBound, a + 5), tokens[r].kind == .word, !tokens[r].isCapitalized {
                    let w = tokens[r].lower
                    if EntityLexicon.roles.contains(w) {
                        // `an asset manager`, `a fund manager` are firms.
                        let previous = tokens[r - 1].lower
                        let qualified =
                            r == a + 2 || EntityLexicon.roleModifiers.contains(previous)
                            || EntityLexicon.roles.contains(previous)
                        if qualified { return true }
                    }
                    r += 1
                }
            }
        }
        // `X said he would`.
        if tokens[a].has(.speechVerb), ["he", "she"].contains(tokens[a + 1].lower) {
            return true
        }
        return false
    }
}
