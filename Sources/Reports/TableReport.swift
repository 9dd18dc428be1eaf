import ClaimModel

/// Aligned human tables of the aggregator's answers: story list, claims, conflicts, stats,
/// one claim's evidence.
public enum TableReport {
    public static func stories(_ stories: [StorySummary], style: TerminalStyle = .plain) -> String {
        guard !stories.isEmpty else { return "No stories yet. Send articles with `claimwire send`.\n" }
        var table = TextTable(columns: [
            .init("ID"), .init("STORY", maxWidth: 64), .init("ARTICLES", alignment: .right),
            .init("OUTLETS", alignment: .right), .init("CLAIMS", alignment: .right),
            .init("CONFLICTS", alignment: .right), .init("DENIALS", alignment: .right), .init("DATES"),
        ])
        for story in stories {
            table.append([
                TextTable.Cell(story.id, tint: .cyan),
                TextTable.Cell(story.title),
                TextTable.Cell(String(story.articleCount)),
                TextTable.Cell(String(story.outletCount)),
                TextTable.Cell(String(story.claimCount)),
                TextTable.Cell(String(story.conflictCount), tint: story.conflictCount > 0 ? .yellow : .none),
                TextTable.Cell(String(story.denialCount), tint: story.denialCount > 0 ? .red : .none),
                TextTable.Cell(ValueFormat.days(from: story.firstPublished, to: story.lastPublished)),
            ])
        }
        return table.render(style: style)
    }

    public static func claims(_ claims: [ClaimRecord], style: TerminalStyle = .plain) -> String {
        guard !claims.isEmpty else { return "No claims match.\n" }
        var table = TextTable(columns: [
            .init("ID"), .init("SUBJECT", maxWidth: 24), .init("MEASURE", maxWidth: 40),
            .init("FIGURE", maxWidth: 40), .init("PERIOD"), .init("SOURCES", alignment: .right),
            .init("STATUS"), .init("STORY"),
        ])
        for claim in claims {
            table.append([
                TextTable.Cell(claim.id, tint: .cyan),
                TextTable.Cell(claim.subject),
                TextTable.Cell(claim.measure),
                TextTable.Cell(ValueFormat.figure(of: claim), tint: .bold),
                TextTable.Cell(claim.period?.rawValue ?? "–"),
                TextTable.Cell(TableReport.support(claim)),
                statusCell(claim.status),
                TextTable.Cell(claim.story ?? "–"),
            ])
        }
        return table.render(style: style)
    }

    /// Each conflict as a heading and its competing figures side by side, with who reports each.
    public static func conflicts(_ graph: GraphExport, style: TerminalStyle = .plain) -> String {
        guard !graph.conflicts.isEmpty else { return "No conflicting figures.\n" }
        let claimsByID = Dictionary(graph.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let outletOf = Dictionary(
            graph.articles.map { ($0.id, $0.outlet ?? "unknown outlet") }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for (index, conflict) in graph.conflicts.enumerated() {
            let members = conflict.claims.compactMap { claimsByID[$0] }
            if index > 0 { out += "\n" }
            if let first = members.first {
                out += style.apply(
                    .bold,
                    StoryPage.topic(subject: first.subject, measure: first.measure, period: first.period))
            } else {
                out += style.apply(.bold, conflict.claims.joined(separator: " vs "))
            }
            out += "  " + style.apply(.yellow, conflict.kind.rawValue)
            if let story = members.first?.story { out += "  " + style.apply(.dim, "story \(story)") }
            out += "\n"
            var table = TextTable(columns: [
                .init("CLAIM"), .init("FIGURE", maxWidth: 40), .init("SOURCES", alignment: .right),
                .init("REPORTED BY", maxWidth: 60),
            ])
            for claim in members {
                var outlets: [String] = []
                for id in claim.sources {
                    if let outlet = outletOf[id], !outlets.contains(outlet) { outlets.append(outlet) }
                }
                table.append([
                    TextTable.Cell(claim.id, tint: .cyan),
                    TextTable.Cell(ValueFormat.figure(of: claim), tint: .bold),
                    TextTable.Cell(TableReport.support(claim)),
                    TextTable.Cell(outlets.joined(separator: ", ")),
                ])
            }
            out += table.render(style: style, indent: "  ")
        }
        return out
    }

    public static func stats(_ stats: GraphStats, style: TerminalStyle = .plain) -> String {
        var table = TextTable(columns: [.init("GRAPH"), .init("COUNT", alignment: .right)])
        let rows: [(String, Int)] = [
            ("articles", stats.articles), ("syndicated copies", stats.duplicates),
            ("mentions", stats.mentions), ("claims", stats.claims), ("stories", stats.stories),
            ("conflicts", stats.conflicts), ("denials", stats.denials), ("outlets", stats.outlets),
        ]
        for (name, count) in rows {
            table.append([TextTable.Cell(name), TextTable.Cell(String(count))])
        }
        return table.render(style: style)
    }

    /// One claim: its figure and status, then every sentence that states it with outlet and date.
    public static func claim(_ evidence: ClaimEvidence, style: TerminalStyle = .plain) -> String {
        let claim = evidence.claim
        var out = style.apply(.bold, StoryPage.statement(claim)) + "\n"
        var facts = ["claim \(claim.id)", TableReport.support(claim) + " sources"]
        if let story = claim.story { facts.append("story \(story)") }
        out +=
            style.apply(.dim, facts.joined(separator: " · ")) + "  "
            + style.apply(statusTint(claim.status), statusLabel(claim.status)) + "\n"
        let attribution = StoryPage.attribution(claim)
        if !attribution.isEmpty { out += style.apply(.dim, attribution) + "\n" }
        out += "\n" + style.apply(.bold, "Evidence") + "\n"
        if evidence.sentences.isEmpty { out += "  (no sentences stored)\n" }
        for (i, sentence) in evidence.sentences.enumerated() {
            var source = sentence.outlet ?? "unknown outlet"
            if let day = sentence.published { source += " · " + ValueFormat.day(day) }
            out +=
                "  " + style.apply(.cyan, "[\(i + 1)]") + " " + style.apply(.bold, source) + " — "
                + TextTable.clip(sentence.title, to: 80) + "\n"
            out += "      “" + TableReport.oneLine(sentence.sentence) + "”\n"
        }
        if !evidence.conflicts.isEmpty {
            out += "\n" + style.apply(.bold, "Competes with") + "\n"
            for conflict in evidence.conflicts {
                let others = conflict.claims.filter { $0 != claim.id }
                out +=
                    "  " + style.apply(.yellow, conflict.kind.rawValue) + ": "
                    + others.joined(separator: ", ") + "\n"
            }
        }
        if !evidence.denials.isEmpty {
            out += "\n" + style.apply(.bold, "Denied") + "\n"
            for denial in evidence.denials {
                out += "  " + style.apply(.red, StoryPage.disputeLine(denial))
                out += " (\(denial.sources.count) reporting)\n"
            }
        }
        return out
    }

    /// `3` or `4 (3 independent)` when syndicated copies are among the sources.
    public static func support(_ claim: ClaimRecord) -> String {
        claim.origins == claim.sources.count || claim.origins == 0
            ? String(claim.sources.count) : "\(claim.sources.count) (\(claim.origins) independent)"
    }

    public static func statusLabel(_ status: ClaimStatus) -> String { status.rawValue }

    public static func statusTint(_ status: ClaimStatus) -> Tint {
        switch status {
        case .corroborated: return .green
        case .singleSource: return .dim
        case .contested: return .yellow
        case .denied: return .red
        }
    }

    static func statusCell(_ status: ClaimStatus) -> TextTable.Cell {
        TextTable.Cell(statusLabel(status), tint: statusTint(status))
    }

    /// Whitespace runs (newlines included) collapsed to single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
    }
}
