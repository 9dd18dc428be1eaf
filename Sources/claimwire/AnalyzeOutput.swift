import ClaimModel
import Foundation

/// Renders what `analyze` found: per article, its mentions and denials.
enum AnalyzeOutput {
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func describe(_ q: Quantity) -> String {
        func one(_ v: Value) -> String {
            let amount = v.amount
            let text: String
            if amount >= 1e9 {
                text = "\(trim(amount / 1e9))bn"
            } else if amount >= 1e6 {
                text = "\(trim(amount / 1e6))m"
            } else {
                text = trim(amount)
            }
            return "\(text) \(v.unit)"
        }
        var s = q.values.map(one).joined(separator: " = ")
        if let high = q.upper.first { s += " to " + one(high) }
        switch q.bound {
        case .exact, .range: break
        case .approx: s = "~" + s
        case .atLeast: s = ">=" + s
        case .atMost: s = "<=" + s
        }
        return s
    }

    static func trim(_ d: Double) -> String {
        if d == d.rounded() { return String(Int(d)) }
        return String(format: "%.4g", d)
    }

    static func table(_ articles: [AnalyzedArticle]) -> String {
        var lines: [String] = []
        for a in articles {
            lines.append("\(a.article.ref)  \(a.article.outlet ?? "-")  \(a.article.published?.iso ?? "-")")
            lines.append("  \(a.article.title)")
            for m in a.mentions {
                let main =
                    a.features.passages.indices.contains(m.passage) && !a.features.passages[m.passage].isMain
                    ? " [other passage]" : ""
                lines.append(
                    "  - \(m.subject) | \(m.measure) | \(describe(m.quantity)) | \(m.period?.rawValue ?? "-")"
                        + " | \(m.attribution ?? "-")\(m.hedged ? " | hedged" : "")\(main)")
            }
            for d in a.denials {
                lines.append(
                    "  ! \(d.party) disputes \(d.target ?? "a report") (\(d.topics.prefix(4).joined(separator: ", ")))"
                )
            }
        }
        return lines.joined(separator: "\n")
    }

    static func markdown(_ articles: [AnalyzedArticle]) -> String {
        var lines: [String] = []
        for a in articles {
            lines.append("## \(a.article.title)")
            lines.append("")
            lines.append(
                "`\(a.article.ref)` · \(a.article.outlet ?? "unknown outlet") · \(a.article.published?.iso ?? "undated")"
            )
            lines.append("")
            if !a.mentions.isEmpty {
                lines.append("| subject | measure | value | period | attribution |")
                lines.append("|---|---|---|---|---|")
                for m in a.mentions {
                    lines.append(
                        "| \(m.subject) | \(m.measure) | \(describe(m.quantity)) | \(m.period?.rawValue ?? "") | \(m.attribution ?? "") |"
                    )
                }
                lines.append("")
            }
            for d in a.denials {
                lines.append("- **\(d.party)** disputes \(d.target ?? "a report")")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
