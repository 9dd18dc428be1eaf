/// Names what a figure measures with a short normalised phrase, from the cue words nearest to it
/// (`capex` → `capital expenditure`), else from what a count counts.
enum MeasureNamer {
    /// Cue phrases (lower-case words) and the measure they name. Longer phrases first.
    static let cues: [(words: [String], measure: String)] = [
        (["capital", "expenditure"], "capital expenditure"),
        (["capital", "expenditures"], "capital expenditure"),
        (["capital", "spending"], "capital expenditure"), (["capital", "projects"], "capital expenditure"),
        (["capex"], "capital expenditure"), (["ai", "infrastructure"], "AI infrastructure spending"),
        (["monthly", "active", "users"], "monthly active users"),
        (["weekly", "active", "users"], "weekly active users"),
        (["daily", "active", "users"], "daily active users"), (["monthly", "users"], "monthly active users"),
        (["data", "centers"], "data center spending"), (["data", "centres"], "data center spending"),
        (["death", "toll"], "death toll"), (["killed"], "death toll"), (["dead"], "death toll"),
        (["died"], "death toll"), (["deaths"], "death toll"), (["missing"], "people missing"),
        (["killing"], "death toll"), (["kills"], "death toll"), (["fatalities"], "death toll"),
        (["unaccounted"], "people missing"), (["injured"], "people injured"),
        (["injuring"], "people injured"), (["wounded"], "people injured"), (["wounding"], "people injured"),
        (["displaced"], "people displaced"), (["survived"], "survivors"), (["infected"], "cases"),
        (["contained"], "containment"),
        (["revenue"], "revenue"), (["sales"], "sales"), (["profit"], "profit"),
        (["net", "income"], "profit"), (["earnings", "per", "share"], "earnings per share"),
        (["eps"], "earnings per share"), (["loss"], "loss"),
        (["valuing"], "valuation"), (["valuation"], "valuation"), (["valued"], "valuation"),
        (["value"], "valuation"), (["values"], "valuation"), (["raised"], "funding"), (["raise"], "funding"),
        (["raises"], "funding"), (["raising"], "funding"), (["funding"], "funding"),
        (["transfer", "fee"], "transfer fee"), (["release", "clause"], "release clause"),
        (["buyout", "clause"], "release clause"), (["fee"], "fee"), (["budget"], "budget"),
        (["chips"], "chips"),
        (["gpus"], "GPUs"), (["gpu"], "GPUs"), (["graphics", "processing", "units"], "GPUs"),
        (["users"], "users"), (["appeal"], "appeal"), (["shares"], "share price move"),
        (["stock"], "share price move"), (["stake"], "stake"), (["ownership"], "ownership share"),
        (["workforce"], "workforce cut"), (["jobs"], "jobs"), (["invest"], "investment"),
        (["investment"], "investment"), (["spend"], "spending"), (["spending"], "spending"),
        (["spent"], "spending"),
        (["pay", "rise"], "pay rise"), (["pay", "raise"], "pay rise"), (["pay", "increase"], "pay rise"),
        (["pay", "hike"], "pay rise"), (["wage", "increase"], "pay rise"), (["wage", "rise"], "pay rise"),
        (["paid"], "payment"), (["pay"], "payment"), (["cost"], "cost"), (["costs"], "cost"),
        (["price", "tag"], "cost"), (["bill"], "cost"), (["orders"], "orders"),
        (["ordered"], "orders"),
        (["backlog"], "order backlog"), (["delivered"], "deliveries"), (["deliveries"], "deliveries"),
        (["employs"], "employees"), (["employ"], "employees"), (["employed"], "employees"),
        (["operating", "margin"], "operating margin"), (["margin"], "margin"),
        (["interest", "rate"], "interest rate"),
        (["unemployment", "rate"], "unemployment rate"), (["jobless", "rate"], "unemployment rate"),
        (["inflation"], "inflation"), (["gdp"], "GDP"), (["gross", "domestic", "product"], "GDP"),
        (["economy"], "GDP"), (["economic", "growth"], "growth"), (["policy", "rate"], "interest rate"),
        (["benchmark", "rate"], "interest rate"), (["rate"], "rate"), (["rates"], "rate"),
        (["election"], "vote share"),
        (["dividend"], "dividend"), (["premium"], "premium"), (["discount"], "discount"),
        (["tariff"], "tariff"), (["tariffs"], "tariff"), (["fees"], "fees"), (["tax"], "tax"),
        (["turnout"], "turnout"), (["fined"], "fine"), (["fine"], "fine"), (["fines"], "fine"),
        (["penalty"], "fine"), (["buyback"], "share buyback"), (["buybacks"], "share buyback"),
        (["repurchase"], "share buyback"), (["repurchases"], "share buyback"), (["charge"], "charge"),
        (["charges"], "charge"),
        (["writedown"], "charge"), (["write-down"], "charge"), (["impairment"], "charge"),
        (["compensatory", "damages"], "compensatory damages"), (["punitive", "damages"], "punitive damages"),
        (["buy", "back"], "share buyback"), (["buying", "back"], "share buyback"),
        (["bought", "back"], "share buyback"), (["buys", "back"], "share buyback"),
        (["produced"], "production"), (["production"], "production"), (["damages"], "damages"),
        (["award"], "award"), (["the", "price"], "price"),
        (["its", "price"], "price"),
    ]
    /// Nouns of change before `of` a percentage (`a rise of 7 per cent`).
    static let changeNouns: Set<String> = [
        "rise", "increase", "drop", "fall", "decline", "jump", "gain", "growth", "decrease", "cut", "surge",
        "slump", "climb", "loss",
    ]
    /// Comparatives after a percentage (`50% above`, `12% lower`).
    static let comparisons: Set<String> = [
        "above", "below", "higher", "lower", "more", "less", "up", "down", "bigger", "smaller",
    ]
    /// Words of change downwards.
    static let fallWords: Set<String> = [
        "fell", "fall", "falls", "dropped", "drop", "drops", "lost", "loses", "slipped", "slips", "declined",
        "declines", "decline", "decreased", "decrease", "plunged", "tumbled", "sank", "slid", "down",
        "weakened", "shrank", "shed", "cut", "slump", "loss", "contracted", "narrowed",
    ]
    /// Verbs of change right before a percentage: the figure is a change, not a share.
    static let changeVerbs: Set<String> = [
        "rose", "rise", "rises", "fell", "fall", "falls", "dropped", "drop", "drops", "jumped", "jumps",
        "climbed", "climbs", "gained", "gains", "lost", "loses", "slipped", "slips", "declined", "declines",
        "grew", "grow", "grows", "increased", "increases", "decreased", "surged", "plunged", "tumbled",
        "soared", "sank", "slid", "up", "down", "strengthened", "weakened", "shrank", "added", "shed",
        "contracted", "expanded", "narrowed", "widened",
    ]

    /// Verbs that move a quantity by an amount stated after `by` (`cut its key rate by 25 basis
    /// points`, `raised its forecast by $2 billion`): the amount is a change, not the level.
    static let moveVerbs: Set<String> = changeVerbs.union([
        "cut", "cuts", "lowered", "lowers", "lower", "reduced", "reduces", "reduce", "trimmed", "trims",
        "slashed", "slashes", "raised", "raises", "raise", "hiked", "hikes", "boosted", "boosts", "lifted",
        "lifts", "increase", "decrease", "widened", "narrowed", "eased", "expand", "expands", "expanded",
        "expanding",
    ])
    /// Words of a move downwards, among `moveVerbs`.
    static let downWords: Set<String> = fallWords.union([
        "lowered", "lowers", "lower", "reduced", "reduces", "reduce", "trimmed", "trims", "slashed",
        "slashes", "cuts", "decreased", "narrowed", "eased", "close", "closes", "closing", "closed", "shut",
        "shuts", "shutting",
    ])
    /// What a cut of jobs counts (`cutting roughly 24,000 jobs`, `lay off 1,000 workers`).
    static let workforceNouns: Set<String> = [
        "jobs", "job", "positions", "roles", "employees", "workers", "staff", "staffers", "people",
    ]
    /// Verbs that cut jobs; `off` after a form of `lay` is read with it.
    static let jobCutVerbs: Set<String> = [
        "cut", "cuts", "cutting", "eliminate", "eliminates", "eliminated", "eliminating", "shed", "sheds",
        "shedding", "slash", "slashes", "slashed", "slashing", "axe", "axes", "axed", "axing", "ax",
        "remove", "removing", "off",
    ]

    static let cuesByFirstWord: [String: [(words: [String], measure: String)]] = Dictionary(
        grouping: cues, by: { $0.words[0] })

    /// Verbs and auxiliaries between a measure noun and its figure (`Tolls will start at A$4.50`).
    static let linkingWords: Set<String> = [
        "was", "were", "is", "are", "be", "been", "will", "would", "could", "may", "might", "has", "have",
        "had", "stood", "stands", "reached", "reach", "hit", "hits", "rose", "rise", "fell", "fall",
        "climbed", "dropped", "start", "starts", "started", "came", "comes", "totalled", "totaled", "totals",
        "at", "to", "of", "by", "around", "about", "some", "nearly", "roughly", "only", "just", "put",
        "forecast", "expected", "projected", "estimated", "set", "due", "likely",
    ]

    /// Measures only a sum of money has: a count near their cue counts what it names.
    static let sumMeasures: Set<String> = [
        "payment", "spending", "cost", "investment", "funding", "valuation", "pay rise",
    ]

    /// Words between a verb of raising money and the sum raised (`raised a further $1bn`).
    static let raisedSumWords: Set<String> = [
        "about", "around", "nearly", "roughly", "more", "than", "over", "almost", "some", "a", "an",
        "further",
        "another", "additional", "up", "to", "just", "under", "close", "at", "least", "$", "us", "of",
    ]

    /// Measures stated as a share or a rate, never as a count.
    static let shareMeasures: Set<String> = [
        "vote share", "turnout", "inflation", "unemployment rate", "interest rate", "rate",
        "operating margin", "ownership share",
    ]

    /// Words that stand for a noun named elsewhere (`put them at $22 billion`): no measure.
    static let pronouns: Set<String> = ["them", "they", "this", "that", "these", "those", "which", "theirs"]

    /// The noun the sentence states the figure of, when no cue names the measure: `a dividend of
    /// €1.20` → `dividend`, `Tolls will start at A$4.50` → `tolls`, `Turnout was 73.3 percent`.
    static func statedNoun(for q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> String? {
        var k = q.range.lowerBound - 1
        var steps = 0
        while k >= sentence.lowerBound, steps < 6, tokens[k].kind == .word,
            linkingWords.contains(tokens[k].lower)
        {
            k -= 1
            steps += 1
            // `yields fell 6 basis points to 2.61%`: the amount of the move stands between.
            if tokens[k + 1].lower == "to",
                let start = amountOfMove(endingAt: k, tokens: tokens, sentence: sentence)
            {
                k = start - 1
            }
        }
        guard steps > 0, k >= sentence.lowerBound else { return nil }
        let t = tokens[k]
        guard t.kind == .word, !t.possessive, t.characterCount >= 4,
            !t.isCapitalized || k == sentence.lowerBound,
            !EntityLexicon.functionWords.contains(t.lower), !EntityLexicon.prepositions.contains(t.lower),
            !linkingWords.contains(t.lower), !EntityLexicon.speechVerbs.contains(t.lower),
            !t.lower.hasSuffix("ed"), !t.lower.hasSuffix("ly"), !pronouns.contains(t.lower)
        else { return nil }
        // `Consumer prices rose`, `the jobless rate stood at`: a noun before it qualifies it.
        if k > sentence.lowerBound, case let m = tokens[k - 1], m.kind == .word, !m.possessive,
            m.characterCount >= 3, !m.isCapitalized || (k - 1 == sentence.lowerBound && m.has(.commonOpener)),
            !m.has(.functionWord), !m.has(.preposition), !m.has(.speechVerb), !linkingWords.contains(m.lower),
            !m.lower.hasSuffix("ed"), !m.lower.hasSuffix("ly"), !moveVerbs.contains(m.lower)
        {
            return m.lower + " " + t.lower
        }
        return t.lower
    }

    /// What a sum is of, said right after it: `$36 billion of net debt` -> `net debt`, `$1
    /// billion of leveraged bets` -> `leveraged bets`, `$6.6 billion in grants` -> `grants` (up to
    /// four lower-case words after `of` or `in`, the last two kept).
    static func nounOfTheSum(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> String? {
        var k = q.range.upperBound
        guard k + 1 < sentence.upperBound, tokens[k].lower == "of" || tokens[k].lower == "in" else {
            return nil
        }
        k += 1
        var words: [String] = []
        var joined = false
        while k < sentence.upperBound, words.count < 4 {
            // (`low-cost government loans`, `debtor-in-possession financing`: a compound is one
            // word, whatever its parts are.)
            if tokens[k].isSymbol("-"), !tokens[k].spaceBefore, !words.isEmpty {
                joined = true
                k += 1
                continue
            }
            guard tokens[k].kind == .word, !tokens[k].isCapitalized,
                joined || !(tokens[k].has(.functionWord) || tokens[k].has(.preposition)),
                !pronouns.contains(tokens[k].lower)
            else { break }
            if joined, let last = words.popLast() {
                words.append(last + "-" + tokens[k].lower)
            } else {
                words.append(tokens[k].lower)
            }
            joined = false
            k += 1
        }
        guard let last = words.last, last.count >= 3 else { return nil }
        return words.suffix(2).joined(separator: " ")
    }

    /// What a sum describes, after an article (`a $95 billion legislative package` -> `legislative
    /// package`, `the $35.9 billion deal` -> `deal`): up to two lower-case words, not a verb form.
    static func nounAfterTheSum(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> String? {
        let before = q.range.lowerBound - 1
        guard before >= sentence.lowerBound,
            ["a", "an", "the", "its", "their"].contains(tokens[before].lower)
        else { return nil }
        var words: [String] = []
        var k = q.range.upperBound
        while k < sentence.upperBound, words.count < 2, tokens[k].kind == .word, !tokens[k].isCapitalized,
            !tokens[k].has(.functionWord), !tokens[k].has(.preposition), !tokens[k].possessive
        {
            let lower = tokens[k].lower
            if lower.hasSuffix("ing") || lower.hasSuffix("ed") || lower.hasSuffix("ly") { break }
            words.append(lower)
            k += 1
            // A second word only after an adjective (`legislative package`, not `figure includes`).
            if !adjectiveEndings.contains(where: { lower.hasSuffix($0) }) { break }
        }
        guard let last = words.last, last.count >= 3, let first = words.first,
            !genericCountMeasures.contains(first), first != "amount", first != "sum"
        else { return nil }
        return words.joined(separator: " ")
    }

    /// Endings of adjectives (`legislative`, `annual`, `strategic`).
    static let adjectiveEndings = ["ive", "al", "ic", "ary", "ous", "ful", "ern", "ory"]

    /// The measure a cue names within four words after `in` at `k` (`in first-quarter retail
    /// sales` -> `sales`), or nil.
    static func cueAfterIn(_ k: Int, tokens: [Token], sentence: Range<Int>) -> String? {
        guard k < sentence.upperBound, tokens[k].lower == "in" else { return nil }
        var found: String?
        for j in (k + 1)..<min(sentence.upperBound, k + 6) {
            guard tokens[j].kind == .word || tokens[j].isSymbol("-") else { break }
            guard tokens[j].has(.measureCueStart), let cues = cuesByFirstWord[tokens[j].lower] else {
                continue
            }
            for cue in cues where j + cue.words.count <= sentence.upperBound {
                if cue.words.indices.allSatisfy({ tokens[j + $0].lower == cue.words[$0] }) {
                    found = cue.measure
                    break
                }
            }
        }
        return found
    }

    /// A capitalised word (not an acronym) within a run of capitalised words, other than the
    /// sentence's first: part of a name (`Office for Budget Responsibility`, `Sales Force`).
    static func isInsideAName(_ k: Int, tokens: [Token], sentence: Range<Int>) -> Bool {
        let t = tokens[k]
        guard t.isCapitalized, !t.isAllCaps, k > sentence.lowerBound else { return false }
        let next = k + 1 < sentence.upperBound && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
        let previous =
            k - 1 > sentence.lowerBound && tokens[k - 1].kind == .word && tokens[k - 1].isCapitalized
        return next || previous
    }

    /// Units an amount of change is stated in after its number (`6 basis points`, `2.5%`).
    static let moveUnits: Set<String> = [
        "basis", "points", "point", "percentage", "percent", "%", "per", "cent", "pct",
    ]

    /// The first token of an amount ending at `end` that a verb of change governs (`fell 6 basis
    /// points`), or nil.
    static func amountOfMove(endingAt end: Int, tokens: [Token], sentence: Range<Int>) -> Int? {
        var k = end
        while k > sentence.lowerBound, k >= end - 3, moveUnits.contains(tokens[k].lower) { k -= 1 }
        guard k > sentence.lowerBound, tokens[k].kind == .number, changeVerbs.contains(tokens[k - 1].lower)
        else { return nil }
        return k
    }

    /// The verb a figure after `by` is the amount of (`cut its key policy rate by 25 basis
    /// points`, `cut the price of the Model Y in China by 10%`), within nine words before `by`
    /// and the same clause; nil when the figure follows no `by` or no such verb.
    static func verbMovingBy(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> String? {
        let by = q.range.lowerBound - 1
        guard by > sentence.lowerBound, tokens[by].lower == "by" else { return nil }
        var k = by - 1
        while k >= sentence.lowerBound, k >= by - 9 {
            let t = tokens[k]
            if t.kind != .word, !t.isSymbol("-") { return nil }
            if moveVerbs.contains(t.lower) { return t.lower }
            if ["to", "and", "but", "while", "which", "that"].contains(t.lower) { return nil }
            k -= 1
        }
        return nil
    }

    /// Measures of casualties.
    static let casualtyMeasures: Set<String> = [
        "death toll", "people missing", "people injured", "people displaced", "people evacuated",
        "people affected",
    ]

    /// What happened to people, said after them only (`12,000 people had been affected`): as a
    /// cue anywhere these words would name counts of other things (`affected 8.5 million devices`).
    static let peopleAfterWords: [String: String] = [
        "evacuated": "people evacuated", "affected": "people affected", "rescued": "people rescued",
        "arrested": "people arrested", "detained": "people detained", "survived": "survivors",
        "evacuate": "people evacuated",
    ]

    /// The casualty measure a cue within four words after the figure names (`13 people had been
    /// injured`), or nil.
    static func casualtyAfter(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> String? {
        for k in q.range.upperBound..<min(sentence.upperBound, q.range.upperBound + 5) {
            if tokens[k].isSymbol(",") || tokens[k].lower == "and" { return nil }
            if let measure = peopleAfterWords[tokens[k].lower] { return measure }
            guard tokens[k].has(.measureCueStart), let cues = cuesByFirstWord[tokens[k].lower] else {
                continue
            }
            for cue in cues where cue.words.count == 1 && casualtyMeasures.contains(cue.measure) {
                return cue.measure
            }
        }
        return nil
    }

    /// Measure names of a count that say nothing of what it counts.
    static let genericCountMeasures: Set<String> = ["number", "figure", "count", "total", "tally"]

    /// Verbs that change a count by what follows them (`lost 11 seats`); `won` and `cut` are not
    /// among them (a count won is a level, jobs cut are `job cuts`).
    static let countChangeVerbs: Set<String> = [
        "lost", "loses", "lose", "gained", "gains", "gain", "added", "adds", "add", "dropped", "shed",
        "picked", "close", "closes", "closing", "closed", "shut", "shuts", "shutting", "open", "opens",
        "opening", "opened",
    ]

    /// The verb right before a count that makes it a change (`lost 11 seats`, `picked up 5`).
    static func verbChangingCount(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> String? {
        var k = q.range.lowerBound - 1
        if k > sentence.lowerBound, ["another", "a", "further", "up"].contains(tokens[k].lower) { k -= 1 }
        guard k >= sentence.lowerBound, tokens[k].kind == .word, countChangeVerbs.contains(tokens[k].lower)
        else { return nil }
        return tokens[k].lower
    }

    /// `in add-ons`, `in bonuses`, `in add-on payments` right after a sum.
    static func isAddOns(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> Bool {
        let k = q.range.upperBound
        guard k + 1 < sentence.upperBound, tokens[k].lower == "in" else { return false }
        let next = tokens[k + 1].lower
        return next == "add-ons" || next == "bonuses" || next == "variables"
            || (next == "add" && k + 3 < sentence.upperBound && tokens[k + 2].isSymbol("-")
                && tokens[k + 3].lower.hasPrefix("on"))
    }

    /// Measures a business reports per segment (`cloud revenue`, `advertising sales`).
    static let segmentedMeasures: Set<String> = ["revenue", "sales"]
    /// Words before a measure that say when or how it is counted, not which part of the business.
    static let nonSegmentWords: Set<String> = [
        "quarter", "quarterly", "year", "annual", "annualised", "annualized", "fiscal", "month", "monthly",
        "total", "net", "gross", "overall", "group", "company", "record", "first", "second", "third",
        "fourth", "full", "half", "core", "reported", "adjusted", "organic", "underlying", "its", "their",
        "the", "a", "an", "and", "of", "in", "for", "with", "higher", "lower", "strong", "weak", "expected",
    ]

    /// The segment one or two lower-case nouns before a measure name (`Data center revenue`,
    /// `Nike's direct-to-consumer revenue`); nil when the words before it say when or how it is
    /// counted, or are no nouns.
    static func segment(before cue: Int, tokens: [Token], sentence: Range<Int>) -> String? {
        var start = cue
        var nouns = 0
        var k = cue - 1
        while k >= sentence.lowerBound, nouns < 2 {
            let t = tokens[k]
            // `direct-to-consumer revenue`: a hyphenated compound is one word, whatever its parts.
            if t.isSymbol("-"), !t.spaceBefore, k - 1 >= sentence.lowerBound, tokens[k - 1].kind == .word,
                k + 1 < cue, !tokens[k + 1].spaceBefore
            {
                start = k - 1
                k -= 2
                continue
            }
            let sentenceInitial = k == sentence.lowerBound
            guard t.kind == .word, !t.possessive, !t.has(.functionWord), !t.has(.preposition),
                !t.isCapitalized || (sentenceInitial && !t.isAllCaps), t.characterCount >= 3,
                !nonSegmentWords.contains(t.lower), !t.lower.hasSuffix("ed"), !t.lower.hasSuffix("ly"),
                !changeVerbs.contains(t.lower), !linkingWords.contains(t.lower), !t.has(.speechVerb)
            else { break }
            start = k
            nouns += 1
            k -= 1
        }
        if start == cue { return nil }
        var phrase = ""
        for index in start..<cue {
            if index > start, tokens[index].spaceBefore { phrase += " " }
            phrase += tokens[index].lower
        }
        return phrase
    }

    /// Verbs of owning a part of something.
    static let owningVerbs: Set<String> = [
        "owns", "own", "owned", "holds", "hold", "held", "controls", "control",
    ]

    /// `owns about 7% of the company`, `holds 22% of Acme`: a percentage owned, right after a
    /// verb of owning and before `of`.
    static func isOwnedShare(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> Bool {
        let before = q.range.lowerBound - 1
        guard before >= sentence.lowerBound, owningVerbs.contains(tokens[before].lower),
            q.range.upperBound < sentence.upperBound, tokens[q.range.upperBound].lower == "of"
        else { return false }
        return true
    }

    /// Measures whose figure per share is earnings per share.
    static let earningsMeasures: Set<String> = ["profit", "loss", "earnings per share", "earnings"]

    /// `$81.82 a barrel`, `$2,400 per ounce`: money per unit of a commodity.
    static func isPerUnit(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> Bool {
        let k = q.range.upperBound
        guard k + 1 < sentence.upperBound, ["a", "an", "per"].contains(tokens[k].lower) else { return false }
        return commodityUnits.contains(tokens[k + 1].lower)
    }

    /// Units a commodity is priced in.
    static let commodityUnits: Set<String> = [
        "barrel", "ounce", "tonne", "ton", "gallon", "litre", "liter", "kilogram", "kg", "bushel",
        "megawatt-hour",
        "mwh", "mmbtu", "troy",
    ]

    /// `$72 per share`, `$70 a share`.
    static func isPerShare(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> Bool {
        let k = q.range.upperBound
        guard k + 1 < sentence.upperBound else { return false }
        return ["per", "a"].contains(tokens[k].lower) && tokens[k + 1].lower == "share"
    }

    /// A count of jobs cut: a workforce noun counted right after a verb that cuts jobs (`cutting
    /// roughly 24,000 jobs`, `lay off 1,000 workers`); people are cut only when laid off.
    static func isJobCut(_ q: QuantityMatch, noun: String, tokens: [Token], sentence: Range<Int>) -> Bool {
        guard let head = AliasTable.lastWord(of: noun), workforceNouns.contains(head)
        else { return false }
        var k = q.range.lowerBound - 1
        // Words that may stand between the verb and the figure (`cut another 2,000 jobs`).
        while k > sentence.lowerBound, k >= q.range.lowerBound - 3,
            ["another", "some", "a", "further", "an", "additional"].contains(tokens[k].lower)
        {
            k -= 1
        }
        guard k >= sentence.lowerBound, tokens[k].kind == .word, jobCutVerbs.contains(tokens[k].lower)
        else { return false }
        if tokens[k].lower == "off" {
            return k > sentence.lowerBound && ["lay", "lays", "laid", "laying"].contains(tokens[k - 1].lower)
        }
        return head != "people"
    }

    /// What a physical unit measures: a measure of its own, whatever counts stand nearby.
    static func physicalMeasure(_ q: QuantityMatch, _ tokens: [Token], _ sentence: Range<Int>) -> String? {
        guard q.kind == .physical, let unit = q.quantity.values.first?.unit.rawValue else { return nil }
        switch unit {
        case "GW", "MW":
            return nearby(q, tokens, sentence, ["compute", "computing"]) ? "computing capacity" : "capacity"
        case "sqft", "sq mi", "km2", "m2", "acres", "hectares": return "area"
        case "m3": return "volume"
        case "points": return "index points"
        // (Wider windows: a conversion in parentheses stands between, `winds of 120 mph (195 kph)`.)
        case "mph", "km/h":
            return nearby(q, tokens, sentence, ["wind", "winds", "gusts"], before: 10)
                ? "wind speed" : "speed"
        case "in", "cm", "mm":
            if nearby(q, tokens, sentence, ["rain", "rainfall"], after: 7) { return "rainfall" }
            return nearby(q, tokens, sentence, ["snow", "snowfall"], after: 7) ? "snowfall" : "depth"
        case "TB", "GB", "PB": return "data size"
        case "lb":
            return nearby(q, tokens, sentence, ["lose", "loses", "lost", "losing", "shed"])
                ? "weight loss" : "weight"
        case "bpd":
            if nearby(q, tokens, sentence, ["export", "exports"], after: 0) { return "export cut" }
            return nearby(q, tokens, sentence, ["cut", "cuts", "reduce", "reduction", "reductions", "curbs"])
                ? "output cut" : "output"
        default: return nil
        }
    }

    /// Whether one of `words` stands within `before` tokens before the figure or `after` after it.
    static func nearby(
        _ q: QuantityMatch, _ tokens: [Token], _ sentence: Range<Int>, _ words: [String], before: Int = 6,
        after: Int = 4
    ) -> Bool {
        let window =
            max(
                sentence.lowerBound, q.range.lowerBound - before)..<min(
                sentence.upperBound, q.range.upperBound + after)
        return window.contains { words.contains(tokens[$0].lower) }
    }

    /// The measure a figure states; the base a change started from (`from 9 seats to 26`, `rose
    /// to $5 billion from $4 billion`, `down from 37`) is its measure's `previous` value, a scope
    /// of its own that never competes with the figure it changed to (unless the sentence says it
    /// was withdrawn: `WithdrawnFigure`).
    static func name(for q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> String {
        let measure = currentName(for: q, tokens: tokens, sentence: sentence)
        return isPreviousValue(q, tokens: tokens, sentence: sentence) ? previousPrefix + measure : measure
    }

    /// What a start point's measure begins with (`previous turnout`).
    static let previousPrefix = "previous "

    /// Whether the figure is the starting point of a change stated in the same sentence.
    static func isPreviousValue(_ q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> Bool {
        let from = q.range.lowerBound - 1
        guard q.quantity.bound != .range, from > sentence.lowerBound, tokens[from].lower == "from" else {
            return false
        }
        if ["up", "down"].contains(tokens[from - 1].lower) { return true }
        // `from 9 seats to 26`: the other end follows.
        var k = q.range.upperBound
        while k + 1 < sentence.upperBound, k < q.range.upperBound + 4 {
            if tokens[k].lower == "to",
                tokens[k + 1].kind == .number || tokens[k + 1].has(.currencyPrefixFolded)
            {
                return true
            }
            if tokens[k].isSymbol(",") { break }
            k += 1
        }
        // `rose to $5 billion from $4 billion`, `fell 31% to $727 million, ..., from $1.05
        // billion`: the other end came first, after `to` and a verb of change before it.
        k = from - 1
        while k > sentence.lowerBound, k >= from - 12 {
            if tokens[k - 1].lower == "to",
                (max(sentence.lowerBound, k - 10)..<(k - 1)).contains(where: {
                    moveVerbs.contains(tokens[$0].lower)
                })
            {
                return true
            }
            k -= 1
        }
        return false
    }

    static func currentName(for q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> String {
        if let physical = physicalMeasure(q, tokens, sentence) { return physical }
        var best: (distance: Int, measure: String)?
        // Where the best cue starts, for its qualifier (`Data center revenue`).
        var bestAt = -1
        var bestBefore: (distance: Int, measure: String)?
        // Only cues within 12 tokens count (a farther best changes nothing below), so scan that
        // window, not the whole sentence: a run-on "sentence" of 200,000 tokens with 36,000
        // figures otherwise costs figures × tokens × cues and stalls a worker for hours.
        let windowStart = max(sentence.lowerBound, q.range.lowerBound - 13)
        let windowEnd = max(windowStart, min(sentence.upperBound, q.range.upperBound + 13))
        for k in windowStart..<windowEnd {
            guard tokens[k].has(.measureCueStart), let candidates = cuesByFirstWord[tokens[k].lower] else {
                continue
            }
            // `the Office for Budget Responsibility`: a cue inside a name names nothing.
            if isInsideAName(k, tokens: tokens, sentence: sentence) { continue }
            // `low-cost government loans`: the end of a compound describes the noun after it.
            if k - 1 > sentence.lowerBound, tokens[k - 1].isSymbol("-"), !tokens[k - 1].spaceBefore,
                !tokens[k].spaceBefore, tokens[k - 2].kind == .word
            {
                continue
            }
            for cue in candidates {
                let n = cue.words.count
                guard k + n <= sentence.upperBound else { continue }
                var ok = true
                for (i, w) in cue.words.enumerated() where tokens[k + i].lower != w {
                    ok = false
                    break
                }
                guard ok else { continue }
                // People are counted, not priced nor shared out: a casualty word near a sum or a
                // percentage names something else (`29.5% and 28.7%, a near dead heat`).
                if q.kind == .percent || q.kind == .money, casualtyMeasures.contains(cue.measure) { continue }
                // Money raised is the sum right after the verb (`raised $5 billion`, `raised a
                // further $1bn`); `raised its forecast to`, `raised the price of` raise no funds.
                if cue.measure == "funding", k < q.range.lowerBound, tokens[k].lower.hasPrefix("rais"),
                    !tokens[(k + 1)..<q.range.lowerBound].allSatisfy({ raisedSumWords.contains($0.lower) })
                {
                    continue
                }
                // A cue after the figure counts only before a contrasting clause (`, while its margin`).
                if k >= q.range.upperBound,
                    tokens[q.range.upperBound..<k].contains(where: {
                        $0.isSymbol(";") || ["while", "but", "whereas"].contains($0.lower)
                    })
                {
                    continue
                }
                var distance =
                    k >= q.range.upperBound ? k - q.range.upperBound : q.range.lowerBound - (k + n) + 2
                // A cue in a relative clause after the figure (`$2 billion that would value the
                // startup at`) is about what the clause says, not the figure: it counts less.
                if k >= q.range.upperBound,
                    tokens[q.range.upperBound..<k].contains(where: {
                        $0.lower == "that" || $0.lower == "which"
                    })
                {
                    distance += 4
                }
                if best == nil || distance < best!.distance {
                    best = (distance, cue.measure)
                    bestAt = k
                }
                // What a count counts is named after it; a cue only before it (`ordered 230,000 chips`).
                // (or right after it: `1.3 million graphics processing units`).
                if q.noun != nil, k < q.range.lowerBound || k <= q.range.upperBound + 1,
                    bestBefore == nil || distance < bestBefore!.distance
                {
                    bestBefore = (distance, cue.measure)
                }
            }
        }
        if let noun = q.noun {
            if isJobCut(q, noun: noun, tokens: tokens, sentence: sentence) { return "job cuts" }
            // `13 people had been injured`: what happened to the people, said after them.
            if ["people", "persons"].contains(noun),
                let casualty = casualtyAfter(q, tokens: tokens, sentence: sentence)
            {
                return casualty
            }
            // `lost 11 seats`, `added 40 stores`: a change of the count, not the count.
            if let verb = verbChangingCount(q, tokens: tokens, sentence: sentence) {
                let head = noun.split(separator: " ").suffix(2).joined(separator: " ")
                return head + (downWords.contains(verb) ? " decline" : " growth")
            }
            // (`sold 5 million shares`: shares counted, not a move of their price.)
            // (`a pay rise for 25,000 ground staff`: a count is no sum paid.)
            // (`an election, taking 412 seats`: a count is no share either.)
            if let bestBefore, bestBefore.distance <= 4, bestBefore.measure != "share price move",
                !sumMeasures.contains(bestBefore.measure), !shareMeasures.contains(bestBefore.measure)
            {
                return bestBefore.measure
            }
            return noun.split(separator: " ").suffix(3).joined(separator: " ")
        }
        // `Swatch dropped 4.52%`, `a rise of 7 per cent`: a move; `sales grew 18%`: the cue's growth.
        // `a roughly 50% increase`: the change noun after the figure.
        // `50% above what it spent`, `12% lower`: a comparison is a change too.
        if q.kind == .percent, q.range.upperBound < sentence.upperBound,
            changeNouns.contains(tokens[q.range.upperBound].lower)
                || comparisons.contains(tokens[q.range.upperBound].lower)
        {
            let word = tokens[q.range.upperBound].lower
            let direction =
                fallWords.contains(word) || ["below", "lower", "less", "fewer", "smaller"].contains(word)
                ? "decline" : "growth"
            // `a 21% fall in first-quarter retail sales`: the change of what it is in.
            if changeNouns.contains(word),
                let changed = cueAfterIn(q.range.upperBound + 1, tokens: tokens, sentence: sentence)
            {
                return changed + " " + direction
            }
            return direction
        }
        // `$72 per share`: a price of one share, unless a cue right before names it (`a dividend
        // of €1.20 a share`).
        if q.kind == .money, isPerShare(q, tokens: tokens, sentence: sentence) {
            // `net income of $727 million, or 49 cents per share`: earnings, per share.
            if let best, best.distance <= 12, earningsMeasures.contains(best.measure) {
                return "earnings per share"
            }
            if best.map({
                $0.distance > 3 || $0.measure == "valuation" || $0.measure == "payment"
                    || $0.measure == "price"
            }) ?? true {
                return "price per share"
            }
        }
        // `$81.82 a barrel`, `$2,400 an ounce`: a price of one unit of a commodity.
        if q.kind == .money, best.map({ $0.distance > 3 }) ?? true,
            isPerUnit(q, tokens: tokens, sentence: sentence)
        {
            return "price"
        }
        // `16 million pounds in add-ons`: the part of a fee paid if conditions are met.
        if q.kind == .money, isAddOns(q, tokens: tokens, sentence: sentence) { return "bonuses" }
        // `owns about 7% of the company`: a stake.
        if q.kind == .percent, isOwnedShare(q, tokens: tokens, sentence: sentence) { return "stake" }
        // `shares opened at $52`, `pricing its shares at $40 each`: the stock's price, not a move
        // (the graph sets no two prices of a traded stock against each other).
        if q.kind == .money, let best, best.distance <= 12, best.measure == "share price move" {
            return "stock price"
        }
        // `cut its key policy rate by 25 basis points`: the amount it moved by.
        if q.noun == nil, let verb = verbMovingBy(q, tokens: tokens, sentence: sentence) {
            let direction = downWords.contains(verb) ? "decline" : "growth"
            // (`raised its forecast by`: a verb of change, not money raised.)
            if let best, best.distance <= 8, best.measure != "share price move", best.measure != "funding" {
                return best.measure + " " + direction
            }
            return direction
        }
        if q.kind == .percent, best == nil || best!.distance > 2 {
            var b = q.range.lowerBound - 1
            while b > sentence.lowerBound, ["of", "by"].contains(tokens[b].lower) { b -= 1 }
            if b >= sentence.lowerBound, b >= q.range.lowerBound - 3,
                changeVerbs.contains(tokens[b].lower) || changeNouns.contains(tokens[b].lower)
            {
                if let best, best.measure == "share price move" { return best.measure }
                let direction = fallWords.contains(tokens[b].lower) ? "decline" : "growth"
                if let best, best.distance <= 5 { return best.measure + " " + direction }
                // `Consumer prices rose 2.4%`: what rose is the noun before the verb.
                if let noun = statedNoun(for: q, tokens: tokens, sentence: sentence),
                    let head = AliasTable.lastWord(of: noun), !changeNouns.contains(head)
                {
                    return noun + " " + direction
                }
                return direction
            }
        }
        // `$5 billion in government loans for semiconductor production`: what the sum is in,
        // said right after it, names it before a cue further on.
        if q.kind == .money, let best, bestAt >= q.range.upperBound, best.distance > 4,
            let noun = nounOfTheSum(q, tokens: tokens, sentence: sentence)
        {
            return noun
        }
        if let best, best.distance <= 12 {
            // (`existing investors sold 29.3 million`: shares counted.)
            if q.kind == .count, best.measure == "share price move" { return "shares" }
            // `Data center revenue was $41.1 billion`: a segment's revenue, not the company's.
            if q.kind == .money, segmentedMeasures.contains(best.measure), bestAt >= 0,
                bestAt < q.range.lowerBound,
                let segment = segment(before: bestAt, tokens: tokens, sentence: sentence)
            {
                return segment + " " + best.measure
            }
            return best.measure
        }
        if q.kind == .money,
            let noun = nounOfTheSum(q, tokens: tokens, sentence: sentence)
                ?? nounAfterTheSum(q, tokens: tokens, sentence: sentence)
        {
            return noun
        }
        if q.kind != .count || q.noun == nil,
            let noun = statedNoun(for: q, tokens: tokens, sentence: sentence)
        {
            return noun
        }
        switch q.kind {
        case .money: return "amount"
        case .percent: return "share"
        case .count: return q.noun ?? "count"
        case .duration: return "duration"
        case .physical: return "capacity"
        }
    }
}
