/// How measure phrases are compared: normalised token sets, light stemming, synonyms, the
/// family a measure belongs to (figures of one family compete) and its scope qualifiers
/// (figures of different scopes, `in China` and `overseas`, do not).
enum MeasureVocabulary {
    /// Lower-case stemmed content tokens of a measure phrase, sorted and unique.
    static func tokens(_ phrase: String) -> [String] {
        var out: Set<String> = []
        var previous = ""
        for raw in words(phrase) {
            defer { previous = raw }
            // `earnings per share`: a figure per share of what precedes it, not a share of
            // anything; told apart from the whole (`earnings`) by its scope.
            if raw == "share", previous == "per" {
                out.insert(perShare)
                continue
            }
            if let expansion = synonyms[raw] {
                out.formUnion(expansion)
                continue
            }
            if fillers.contains(raw) { continue }
            out.insert(stem(raw))
        }
        return out.sorted()
    }

    /// The scope token of a figure stated per share (`earnings per share`).
    static let perShare = "pershare"

    /// The normalised key: sorted stemmed tokens joined by spaces.
    static func key(_ phrase: String) -> String {
        let t = tokens(phrase)
        return t.isEmpty ? normalizeName(phrase) : t.joined(separator: " ")
    }

    /// Words of a phrase, lower-case, letters and digits only.
    static func words(_ phrase: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in phrase.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar.value >= 48 && scalar.value <= 57) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Names compared case- and spacing-insensitively (`ByteDance Ltd` stays distinct from
    /// `ByteDance`; aliases are the extractor's job).
    static func normalizeName(_ name: String) -> String {
        words(name).joined(separator: " ")
    }

    /// Suffix stripping good enough to equate `chips`/`chip`, `spending`/`spend`,
    /// `ordered`/`order`, `purchases`/`purchase`.
    static func stem(_ word: String) -> String {
        var w = word
        if w.count <= 3 { return w }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        for suffix in ["ing", "ed"] where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            w = String(w.dropLast(suffix.count))
            if let last = w.last, w.count >= 4, w.dropLast().last == last, !"lsz".contains(last) {
                w = String(w.dropLast())
            }
            return w
        }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { return w }
        if w.hasSuffix("es"), w.count > 4, let c = w.dropLast(2).last, "sxzh".contains(c) {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }

    /// Scope qualifiers in a token list: figures for different scopes are different claims
    /// and never compete.
    static func scope(_ tokens: [String]) -> [String] {
        tokens.filter { scopeWords.contains($0) }
    }

    /// The scope of the value a change started from (`previous revenue`).
    static func isPrevious(_ scope: [String]) -> Bool { scope.contains("previous") }

    /// Scopes whose figures compete with nothing and merge only among themselves: what others
    /// expected (`analysts' expected revenue`: forecasters differ by nature, one consensus is no
    /// rival of another) and the price of a traded stock (`stock price`: it moves all day, two
    /// reports of it at different moments are no rivals).
    static func isUncontested(_ scope: [String]) -> Bool {
        scope.contains("analyst") || scope.contains("stock")
    }

    /// The family of sums paid (`fee`, `cost`, `budget`, `payment`): a bare sum of a subject
    /// (`amount`) whose named sums are all of it is taken to be one more (`ClaimGraph.bareSumBucket`).
    /// A subject whose sums are revenue, profit or a valuation states sums of many measures
    /// (segments, quarters, losses of several kinds), so its bare sums stay unplaced.
    static let paidFamily = "spending"

    /// Families of measures stated in money.
    static func isMoneyFamily(_ family: String) -> Bool {
        ["spending", "revenue", "profit", "value", "price", "buyback"].contains(family)
    }

    /// Broad families of measures whose figures compete when subject and period agree.
    static func family(_ tokens: [String]) -> String? {
        var found: Set<String> = []
        for token in tokens {
            if let family = families[token] { found.insert(family) }
        }
        // Several families (`revenue growth`): the most specific one wins by a fixed ranking.
        for family in familyRanking where found.contains(family) { return family }
        return nil
    }

    /// What figures compete within: the family, and for a change (`growth`) also what changed,
    /// so a cut of the interest rate does not compete with economic growth, nor job cuts with a
    /// workforce's size; a bare `growth` or `decline` keeps the family alone.
    static func competitionKey(family: String, tokens: [String]) -> String {
        // A segment's revenue (`data center revenue`) is no rival of the company's.
        if family == "revenue" {
            let segment = tokens.filter { families[$0] != "revenue" && !genericWords.contains($0) }
            return segment.isEmpty ? family : family + ":" + segment.joined(separator: " ")
        }
        guard family == "growth" else { return family }
        let base = tokens.filter { families[$0] != "growth" && !genericWords.contains($0) }
        return base.isEmpty ? family : family + ":" + base.joined(separator: " ")
    }

    /// A measure phrase that names no particular measure.
    static func isGeneric(_ tokens: [String]) -> Bool {
        tokens.isEmpty || tokens.allSatisfy { genericWords.contains($0) }
    }

    private static let genericWords: Set<String> = [
        "amount", "count", "number", "figure", "value", "total", "sum", "people", "unit", "money", "size",
    ]

    private static let fillers: Set<String> = [
        "a", "an", "the", "of", "for", "on", "in", "to", "by", "its", "their", "and", "with", "from",
        "at", "as", "per", "total", "overall", "planned", "plan", "expected", "estimated", "reported",
        "amount", "figure", "number", "level",
    ]

    private static let synonyms: [String: Set<String>] = [
        "capex": ["capital", "expenditure"],
        "expenditures": ["capital", "expenditure"],
        "spend": ["spending"],
        "spends": ["spending"],
        "invest": ["investment"],
        "investments": ["investment"],
        "gpus": ["gpu"],
        "fatalities": ["death"],
        "dead": ["death"],
        "deaths": ["death"],
        "killed": ["death"],
        "toll": ["death"],
        "mau": ["monthly", "active", "user"],
        "valued": ["valuation"],
        "abroad": ["overseas"],
        "foreign": ["overseas"],
        "international": ["overseas"],
        "domestically": ["domestic"],
    ]

    private static let scopeWords: Set<String> = [
        "overseas", "domestic", "china", "chinese", "us", "american", "europe", "european", "asia",
        "global", "worldwide", "local", "north", "south", "east", "west", "eastern", "western",
        "northern", "southern", "outside", "inside", "home", "quarterly", "annual", "monthly",
        "weekly", "daily", "q1", "q2", "q3", "q4", "previous", "analyst", "stock", perShare,
    ]

    private static let families: [String: String] = [
        "expenditure": "spending", "spending": "spending", "investment": "spending",
        "budget": "spending", "outlay": "spending", "cost": "spending", "purchase": "spending",
        "infrastructure": "spending", "payment": "spending", "transfer": "spending",
        "revenue": "revenue", "sale": "revenue", "turnover": "revenue",
        "profit": "profit", "earning": "profit", "income": "profit", "loss": "profit",
        "user": "users", "subscriber": "users", "member": "users", "membership": "users",
        // A release clause is the sum a buyer pays to trigger it: a rival account of the fee.
        "clause": "spending",
        "fee": "spending", "price": "price", "paid": "spending", "bid": "spending", "offer": "spending",
        "death": "deaths",
        // Keyed by stems too (`injured` is `injur` once stemmed, `missing` is `miss`).
        "missing": "missing", "miss": "missing",
        "injured": "injured", "injury": "injured", "injur": "injured",
        "displaced": "displaced", "displac": "displaced",
        "growth": "growth", "increase": "growth", "rise": "growth", "decline": "growth", "cut": "growth",
        "share": "share", "stake": "share", "portion": "share",
        // A party's `vote` stated as a percentage is its share of the vote (`vote share`).
        "vote": "share",
        "value": "value", "valuation": "value",
        "order": "orders",
        "job": "jobs", "employee": "jobs", "workforce": "jobs", "staff": "jobs",
        "harvest": "harvest", "crop": "harvest",
        "buyback": "buyback", "repurchase": "buyback",
    ]

    // `price` ranks above `share`: a share price is a price, not a share of something; so does
    // a buyback (`share buyback` is a sum spent on shares, not a share of something).
    private static let familyRanking = [
        "growth", "price", "buyback", "share", "deaths", "missing", "injured", "displaced", "users",
        "jobs", "profit", "revenue", "orders", "harvest", "spending", "value",
    ]
}
