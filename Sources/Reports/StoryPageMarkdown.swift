import ClaimModel

/// The story page as Markdown (GitHub flavour): headings, a cited summary, a table per set
/// of competing figures, disputes, the numbered source list.
public enum StoryPageMarkdown {
    public static func render(_ page: StoryPage) -> String {
        var out = "# " + escape(page.headline) + "\n\n"
        out += "*" + escape(StoryPageText.dek(page)) + "*\n"

        if !page.summary.isEmpty {
            out += "\n## Summary\n\n"
            for item in page.summary {
                out += "- **" + escape(StoryPage.statement(item.claim)) + "** " + marks(item.citations)
                let attribution = StoryPage.attribution(item.claim)
                out += " — " + (attribution.isEmpty ? "" : escape(attribution) + "; ")
                out += "*" + item.claim.status.rawValue + "*\n"
            }
        }

        if !page.competing.isEmpty {
            out += "\n## Competing figures\n"
            for group in page.competing {
                out +=
                    "\n### "
                    + escape(
                        StoryPage.topic(
                            subject: group.subject, measure: group.measure,
                            period: group.period))
                out += group.kind == .correction ? " (correction)\n\n" : "\n\n"
                out += "| Figure | Reported by | Sources | Status |\n|---|---|---|---|\n"
                for entry in group.entries {
                    out +=
                        "| **" + escape(ValueFormat.figure(of: entry.claim)) + "** | "
                        + escape(entry.outlets.joined(separator: ", ")) + " | " + marks(entry.citations)
                        + " | " + entry.claim.status.rawValue + " |\n"
                }
            }
        }

        if !page.disputes.isEmpty {
            out += "\n## Denials\n\n"
            for dispute in page.disputes {
                out +=
                    "- **" + escape(StoryPage.disputeLine(dispute.denial)) + "** "
                    + marks(dispute.citations) + "\n"
                for denied in dispute.denied {
                    out +=
                        "  - disputed: " + escape(StoryPage.statement(denied.claim)) + " "
                        + marks(denied.citations) + "\n"
                }
            }
        }

        if !page.moreClaims.isEmpty {
            out += "\n## Other figures\n\n"
            for item in page.moreClaims {
                out += "- " + escape(StoryPage.statement(item.claim)) + " " + marks(item.citations) + "\n"
            }
        }

        out += "\n## Sources\n\n"
        for source in page.sources {
            var line = "\(source.number). **" + escape(source.outlet) + "** — "
            if let url = source.article.url, !url.isEmpty {
                line += "[" + escape(source.article.title) + "](" + url.replacingSpaces() + ")"
            } else {
                line += escape(source.article.title)
            }
            if let day = source.article.published { line += " (" + ValueFormat.day(day) + ")" }
            let note = StoryPageText.copyNote(source)
            if !note.isEmpty { line += " — *" + escape(note) + "*" }
            out += line + "\n"
        }
        if !page.related.isEmpty {
            out += "\nRelated stories: " + page.related.map(escape).joined(separator: ", ") + "\n"
        }
        return out
    }

    /// Every story of an export, one page after another.
    public static func render(pages: [StoryPage]) -> String {
        guard !pages.isEmpty else { return "# Claimwire\n\nNo stories yet.\n" }
        return pages.map(render).joined(separator: "\n---\n\n")
    }

    /// `\[1\]\[2\]`: literal brackets, not reference links.
    static func marks(_ numbers: [Int]) -> String {
        numbers.map { "\\[\($0)\\]" }.joined()
    }

    /// Backslash-escapes the characters Markdown would read as markup.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "\\", "*", "_", "[", "]", "|", "<", ">", "`", "#": out.append("\\")
            default: break
            }
            out.append(ch == "\n" ? " " : ch)
        }
        return out
    }
}

extension String {
    fileprivate func replacingSpaces() -> String {
        var out = ""
        for ch in self { out += ch == " " ? "%20" : (ch == ")" ? "%29" : String(ch)) }
        return out
    }
}
