import ClaimModel

/// The story page as terminal text: bold headline, a cited summary, competing figures in
/// aligned columns, disputes, the numbered source list.
public enum StoryPageText {
    public static func render(_ page: StoryPage, style: TerminalStyle = .plain) -> String {
        var out = style.apply(.bold, page.headline) + "\n"
        out += style.apply(.dim, StoryPageText.dek(page)) + "\n"

        if !page.summary.isEmpty {
            out += "\n" + style.apply(.bold, "Summary") + "\n"
            for item in page.summary {
                out +=
                    "  • " + StoryPage.statement(item.claim) + " "
                    + style.apply(.cyan, StoryPage.citationMarks(item.citations)) + "\n"
                var detail = [TableReport.statusLabel(item.claim.status)]
                let attribution = StoryPage.attribution(item.claim)
                if !attribution.isEmpty { detail.insert(attribution, at: 0) }
                out += "    " + style.apply(.dim, detail.joined(separator: " · ")) + "\n"
            }
        }

        if !page.competing.isEmpty {
            out += "\n" + style.apply(.bold, "Competing figures") + "\n"
            for group in page.competing {
                out +=
                    "  "
                    + StoryPage.topic(subject: group.subject, measure: group.measure, period: group.period)
                out += group.kind == .correction ? " (correction)\n" : "\n"
                var table = TextTable(columns: [
                    .init("FIGURE"), .init("REPORTED BY", maxWidth: 48), .init("SOURCES"), .init("STATUS"),
                ])
                for entry in group.entries {
                    table.append([
                        TextTable.Cell(ValueFormat.figure(of: entry.claim), tint: .bold),
                        TextTable.Cell(entry.outlets.joined(separator: ", ")),
                        TextTable.Cell(StoryPage.citationMarks(entry.citations), tint: .cyan),
                        TableReport.statusCell(entry.claim.status),
                    ])
                }
                out += table.render(style: style, indent: "    ")
            }
        }

        if !page.disputes.isEmpty {
            out += "\n" + style.apply(.bold, "Denials") + "\n"
            for dispute in page.disputes {
                out += "  " + style.apply(.red, StoryPage.disputeLine(dispute.denial))
                if !dispute.citations.isEmpty {
                    out += " " + style.apply(.cyan, StoryPage.citationMarks(dispute.citations))
                }
                out += "\n"
                for denied in dispute.denied {
                    out +=
                        "    ✗ " + StoryPage.statement(denied.claim) + " "
                        + style.apply(.cyan, StoryPage.citationMarks(denied.citations)) + "\n"
                }
            }
        }

        if !page.moreClaims.isEmpty {
            out += "\n" + style.apply(.bold, "Other figures") + "\n"
            for item in page.moreClaims {
                out +=
                    "  · " + StoryPage.statement(item.claim) + " "
                    + style.apply(.cyan, StoryPage.citationMarks(item.citations)) + "\n"
            }
        }

        out += "\n" + style.apply(.bold, "Sources") + "\n"
        var table = TextTable(columns: [
            .init("#", alignment: .right), .init("OUTLET", maxWidth: 24), .init("DATE"),
            .init("TITLE", maxWidth: 70), .init("NOTE"),
        ])
        for source in page.sources {
            table.append([
                TextTable.Cell("[\(source.number)]", tint: .cyan),
                TextTable.Cell(source.outlet),
                TextTable.Cell(source.article.published.map(ValueFormat.day) ?? ""),
                TextTable.Cell(source.article.title),
                TextTable.Cell(StoryPageText.copyNote(source), tint: .yellow),
            ])
        }
        out += table.render(style: style, indent: "  ")
        if !page.related.isEmpty {
            out += "\n" + style.apply(.dim, "Related stories: " + page.related.joined(separator: ", ")) + "\n"
        }
        return out
    }

    /// `story s1 · 10 sources from 8 outlets · 22 Jan 2025`.
    public static func dek(_ page: StoryPage) -> String {
        var parts = ["story \(page.storyID)"]
        let sources = page.sources.count == 1 ? "1 source" : "\(page.sources.count) sources"
        let outlets = page.outletCount == 1 ? "1 outlet" : "\(page.outletCount) outlets"
        parts.append("\(sources) from \(outlets)")
        let dates = ValueFormat.days(from: page.firstPublished, to: page.lastPublished)
        if !dates.isEmpty { parts.append(dates) }
        return parts.joined(separator: " · ")
    }

    /// `copy of [2]`, `syndicated copy`, or empty.
    public static func copyNote(_ source: StoryPage.Source) -> String {
        guard source.isCopy else { return "" }
        if let original = source.copyOf { return "copy of [\(original)]" }
        return "syndicated copy"
    }
}
