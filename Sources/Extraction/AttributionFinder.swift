/// Who a sentence says its figures come from: `according to X`, `X said`, `citing X`,
/// `two people briefed on the matter said`.
enum AttributionFinder {
    static func find(
        _ tokens: [Token], _ sentence: Range<Int>, mentions: [EntityMention], text: [UInt8],
        aliases: AliasTable
    ) -> String? {
        // `according to X` / `citing X`: the phrase up to the next comma.
        for k in sentence {
            let lower = tokens[k].lower
            var from: Int?
            if lower == "according", k + 1 < sentence.upperBound, tokens[k + 1].lower == "to" { from = k + 2 }
            if lower == "citing" { from = k + 1 }
            if let from, from < sentence.upperBound {
                var to = from
                while to < sentence.upperBound, to - from < 10,
                    ![",", ".", ";", ")"].contains(tokens[to].text)
                { to += 1 }
                if to > from { return phrase(text, tokens[from].start, tokens[to - 1].end) }
            }
        }
        // A named speaker.
        if let m = mentions.first(where: { $0.speaks }) {
            if let n = m.name { return aliases.resolve(n) }
        }
        // `two people briefed on the matter said`: the words before the first speech verb.
        for k in sentence
        where tokens[k].has(.speechVerb)
            && ["said", "say", "says", "told"].contains(tokens[k].lower)
        {
            var from = k
            while from > sentence.lowerBound, k - from < 8,
                ![",", ";", "(", "\""].contains(tokens[from - 1].text)
            {
                from -= 1
            }
            if from < k {
                let words = tokens[from..<k].map(\.lower)
                if words.contains(where: {
                    ["people", "sources", "officials", "person", "analysts", "source", "insiders"].contains(
                        $0)
                }) {
                    return phrase(text, tokens[from].start, tokens[k - 1].end)
                }
            }
            break
        }
        return nil
    }

    static func phrase(_ text: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: text[start..<end], as: UTF8.self)
    }
}
