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
        (["unaccounted"], "people missing"), (["injured"], "people injured"),
        (["displaced"], "people displaced"),
        (["revenue"], "revenue"), (["sales"], "sales"), (["profit"], "profit"),
        (["net", "income"], "profit"),
        (["valuing"], "valuation"), (["valuation"], "valuation"), (["valued"], "valuation"),
        (["transfer", "fee"], "transfer fee"), (["fee"], "fee"), (["budget"], "budget"), (["chips"], "chips"),
        (["gpus"], "GPUs"), (["users"], "users"), (["appeal"], "appeal"), (["shares"], "share price move"),
        (["stock"], "share price move"), (["stake"], "stake"), (["ownership"], "ownership share"),
        (["workforce"], "workforce cut"), (["jobs"], "jobs"), (["invest"], "investment"),
        (["investment"], "investment"), (["spend"], "spending"), (["spending"], "spending"),
        (["spent"], "spending"),
        (["paid"], "payment"), (["cost"], "cost"), (["orders"], "orders"), (["ordered"], "orders"),
    ]

    static let cuesByFirstWord: [String: [(words: [String], measure: String)]] = Dictionary(
        grouping: cues, by: { $0.words[0] })

    static func name(for q: QuantityMatch, tokens: [Token], sentence: Range<Int>) -> String {
        var best: (distance: Int, measure: String)?
        // Only cues within 12 tokens count (a farther best changes nothing below), so scan that
        // window, not the whole sentence: a run-on "sentence" of 200,000 tokens with 36,000
        // figures otherwise costs figures × tokens × cues and stalls a worker for hours.
        let windowStart = max(sentence.lowerBound, q.range.lowerBound - 13)
        let windowEnd = max(windowStart, min(sentence.upperBound, q.range.upperBound + 13))
        for k in windowStart..<windowEnd {
            guard tokens[k].has(.measureCueStart), let candidates = cuesByFirstWord[tokens[k].lower] else {
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
                let distance =
                    k >= q.range.upperBound ? k - q.range.upperBound : q.range.lowerBound - (k + n) + 2
                if best == nil || distance < best!.distance { best = (distance, cue.measure) }
            }
        }
        if let noun = q.noun, best == nil || best!.distance > 4 {
            let words = noun.split(separator: " ").suffix(3)
            return words.joined(separator: " ")
        }
        if let best, best.distance <= 12 { return best.measure }
        switch q.kind {
        case .money: return "amount"
        case .percent: return "share"
        case .count: return q.noun ?? "count"
        case .duration: return "duration"
        case .physical: return "capacity"
        }
    }
}
