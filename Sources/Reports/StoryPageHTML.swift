import ClaimModel

/// The story page as one self-contained HTML document (inline CSS, no scripts, no external
/// assets): something a person would open in a browser and read.
public enum StoryPageHTML {
    /// One story as a whole document.
    public static func render(_ page: StoryPage) -> String {
        document(title: page.headline, body: section(page, anchorPrefix: ""))
    }

    /// Every story of an export in one document, with a contents list at the top.
    public static func render(pages: [StoryPage], title: String = "All stories") -> String {
        guard pages.count != 1 else { return render(pages[0]) }
        var body =
            "<header class=\"story\"><div class=\"kicker\">Claimwire</div><h1>" + escape(title)
            + "</h1><p class=\"dek\">\(pages.count) stories</p></header>\n"
        if pages.isEmpty {
            body += "<p>No stories yet.</p>\n"
        } else {
            body += "<nav class=\"toc\"><ol>\n"
            for page in pages {
                body +=
                    "<li><a href=\"#\(anchor(page.storyID))\">" + escape(page.headline)
                    + "</a> <span class=\"meta-inline\">"
                    + escape(StoryPageText.dek(page)) + "</span></li>\n"
            }
            body += "</ol></nav>\n"
            for page in pages {
                body +=
                    "<hr class=\"story-break\">\n" + section(page, anchorPrefix: anchor(page.storyID) + "-")
            }
        }
        return document(title: title, body: body)
    }

    static func section(_ page: StoryPage, anchorPrefix: String) -> String {
        let id = anchorPrefix.isEmpty ? "story" : String(anchorPrefix.dropLast())
        var out = "<article id=\"\(id)\">\n<header class=\"story\">\n"
        out += "<div class=\"kicker\">Claimwire · multi-source story</div>\n"
        out += "<h1>" + escape(page.headline) + "</h1>\n"
        out +=
            "<p class=\"dek\">" + escape(dek(page)) + " · <code>" + escape(page.storyID)
            + "</code></p>\n</header>\n"

        func cites(_ numbers: [Int]) -> String {
            numbers.map { "<a class=\"cite\" href=\"#\(anchorPrefix)src-\($0)\">\($0)</a>" }.joined()
        }

        if !page.summary.isEmpty {
            out += "<section>\n<h2>Summary</h2>\n<ul class=\"summary\">\n"
            for item in page.summary {
                out +=
                    "<li>" + claimSentence(item.claim) + cites(item.citations) + " "
                    + badge(item.claim.status)
                let attribution = StoryPage.attribution(item.claim)
                if !attribution.isEmpty {
                    out += "<span class=\"meta\">" + escape(capitalised(attribution)) + "</span>"
                }
                out += "</li>\n"
            }
            out += "</ul>\n</section>\n"
        }

        if !page.competing.isEmpty {
            out += "<section>\n<h2>Competing figures</h2>\n"
            for group in page.competing {
                out +=
                    "<div class=\"compare-group\">\n<h3>" + escape(group.subject) + " · "
                    + escape(group.measure)
                if let period = group.period { out += " · " + escape(period.rawValue) }
                if group.kind == .correction { out += " <span class=\"badge contested\">correction</span>" }
                out += "</h3>\n<div class=\"compare\">\n"
                for entry in group.entries {
                    out +=
                        "<div class=\"card\">\n<div class=\"amount\">"
                        + escape(ValueFormat.figure(of: entry.claim)) + "</div>\n"
                    if entry.claim.measure != group.measure {
                        out += "<div class=\"what\">" + escape(entry.claim.measure) + "</div>\n"
                    }
                    out +=
                        "<div class=\"who\">Reported by " + escape(entry.outlets.joined(separator: ", "))
                        + cites(entry.citations) + "</div>\n"
                    let attribution = StoryPage.attribution(entry.claim)
                    if !attribution.isEmpty {
                        out += "<div class=\"meta\">" + escape(capitalised(attribution)) + "</div>\n"
                    }
                    out += badge(entry.claim.status) + "\n</div>\n"
                }
                out += "</div>\n</div>\n"
            }
            out += "</section>\n"
        }

        if !page.disputes.isEmpty {
            out += "<section>\n<h2>Denials</h2>\n"
            for dispute in page.disputes {
                out +=
                    "<div class=\"dispute\">\n<div class=\"disputed\"><div class=\"label\">Reported</div>\n"
                if dispute.denied.isEmpty {
                    out += "<p class=\"meta\">The disputed figures are not among this story's claims.</p>\n"
                }
                for denied in dispute.denied {
                    out += "<p>" + claimSentence(denied.claim) + cites(denied.citations)
                    if !denied.outlets.isEmpty {
                        out +=
                            "<span class=\"meta\">Reported by "
                            + escape(denied.outlets.joined(separator: ", "))
                            + "</span>"
                    }
                    out += "</p>\n"
                }
                out +=
                    "</div>\n<div class=\"denial\"><div class=\"label\">Denied</div>\n<p><strong>"
                    + escape(StoryPage.disputeLine(dispute.denial)) + "</strong>"
                if !dispute.citations.isEmpty {
                    out += "<span class=\"meta\">Reported in " + cites(dispute.citations) + "</span>"
                }
                out += "</p>\n</div>\n</div>\n"
            }
            out += "</section>\n"
        }

        if !page.moreClaims.isEmpty {
            out += "<section>\n<h2>Other figures</h2>\n<table class=\"claims\">\n"
            out +=
                "<thead><tr><th>Subject</th><th>Measure</th><th>Figure</th><th>Period</th>"
                + "<th>Sources</th></tr></thead>\n<tbody>\n"
            for item in page.moreClaims {
                out +=
                    "<tr><td>" + escape(item.claim.subject) + "</td><td>" + escape(item.claim.measure)
                    + "</td><td class=\"num\">" + escape(ValueFormat.figure(of: item.claim)) + "</td><td>"
                    + escape(item.claim.period?.rawValue ?? "–") + "</td><td>" + cites(item.citations)
                    + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }

        out += "<section>\n<h2>Sources</h2>\n<ol class=\"sources\">\n"
        for source in page.sources {
            out +=
                "<li id=\"\(anchorPrefix)src-\(source.number)\"><span class=\"num\">\(source.number)</span>"
            out += "<div><span class=\"outlet\">" + escape(source.outlet) + "</span>"
            if let day = source.article.published {
                out += " <span class=\"date\">" + ValueFormat.day(day) + "</span>"
            }
            let note = StoryPageText.copyNote(source)
            if !note.isEmpty { out += " <span class=\"badge copy\">" + escape(note) + "</span>" }
            out += "<br>"
            if let url = source.article.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                out +=
                    "<a class=\"title\" href=\"" + escape(url) + "\">" + escape(source.article.title) + "</a>"
            } else {
                out += "<span class=\"title\">" + escape(source.article.title) + "</span>"
            }
            out += "</div></li>\n"
        }
        out += "</ol>\n</section>\n"
        if !page.related.isEmpty {
            out +=
                "<p class=\"related\">Related stories: " + page.related.map(escape).joined(separator: ", ")
                + "</p>\n"
        }
        out += "</article>\n"
        return out
    }

    static func dek(_ page: StoryPage) -> String {
        let sources = page.sources.count == 1 ? "1 source" : "\(page.sources.count) sources"
        let outlets = page.outletCount == 1 ? "1 outlet" : "\(page.outletCount) outlets"
        var text = "\(sources) from \(outlets)"
        let dates = ValueFormat.days(from: page.firstPublished, to: page.lastPublished)
        if !dates.isEmpty { text += " · " + dates }
        return text
    }

    static func claimSentence(_ claim: ClaimRecord) -> String {
        var text = escape(claim.subject) + " " + escape(claim.measure)
        if let period = claim.period { text += " (" + escape(period.rawValue) + ")" }
        return text + ": <span class=\"figure\">" + escape(ValueFormat.figure(of: claim)) + "</span>"
    }

    static func badge(_ status: ClaimStatus) -> String {
        "<span class=\"badge \(status.rawValue)\">" + status.rawValue + "</span>"
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A story id made safe for an HTML id attribute.
    static func anchor(_ id: String) -> String {
        "story-" + String(id.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }

    /// Escapes text for element content and quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func document(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Claimwire">
        <title>\(escape(title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        <main>
        \(body)<footer>Generated by Claimwire from the claim graph. Numbers in blue cite the sources listed \
        under each story.</footer>
        </main>
        </body>
        </html>

        """
    }

    static let stylesheet = """
        :root { --ink: #1c2430; --muted: #5d6673; --line: #e2e5e9; --accent: #1f5fbf; --bg: #f7f6f2;
          --card: #ffffff; --green: #1b7442; --amber: #9a5b00; --red: #b3261e; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink);
          font: 17px/1.6 Charter, "Iowan Old Style", Georgia, "Times New Roman", serif; }
        main { max-width: 880px; margin: 0 auto; padding: 44px 32px 64px; background: var(--card);
          min-height: 100vh; box-shadow: 0 0 0 1px var(--line); }
        .kicker, h2, .dek, .meta, .meta-inline, .badge, .who, .what, .label, .sources, table, footer,
        a.cite, .related, nav { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
          sans-serif; }
        .kicker { font-size: 12px; font-weight: 700; letter-spacing: .09em; text-transform: uppercase;
          color: var(--accent); }
        h1 { font-size: 34px; line-height: 1.18; margin: 8px 0 10px; letter-spacing: -.01em; }
        .dek { color: var(--muted); font-size: 14px; margin: 0 0 8px; }
        .dek code { font: 12px ui-monospace, Menlo, Consolas, monospace; color: var(--muted); }
        h2 { font-size: 13px; font-weight: 700; letter-spacing: .09em; text-transform: uppercase;
          color: var(--muted); border-top: 1px solid var(--line); padding-top: 18px; margin: 34px 0 14px; }
        h3 { font-size: 18px; margin: 18px 0 10px; }
        ul.summary { padding-left: 20px; margin: 0; }
        ul.summary li { margin: 0 0 14px; }
        .figure { font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .meta { display: block; color: var(--muted); font-size: 13px; line-height: 1.45; margin-top: 2px; }
        .meta-inline { color: var(--muted); font-size: 13px; }
        a.cite { display: inline-block; font-size: 11px; font-weight: 700; color: var(--accent);
          text-decoration: none; vertical-align: super; line-height: 1; margin-left: 2px; padding: 1px 4px;
          border-radius: 4px; background: #e8effa; }
        a.cite:hover { background: var(--accent); color: #fff; }
        .badge { display: inline-block; font-size: 11px; font-weight: 600; padding: 2px 8px;
          border-radius: 10px; vertical-align: 2px; background: #eef0f3; color: var(--muted);
          white-space: nowrap; }
        .badge.corroborated { background: #e2f3e8; color: var(--green); }
        .badge.contested, .badge.copy { background: #fdf0d9; color: var(--amber); }
        .badge.denied { background: #fbe5e3; color: var(--red); }
        .compare { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 14px; }
        .card { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px 12px;
          background: #fcfcfb; }
        .card .amount { font: 700 24px/1.25 -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
          font-variant-numeric: tabular-nums; margin-bottom: 6px; }
        .card .what { font-size: 13px; color: var(--muted); margin-bottom: 4px; }
        .card .who { font-size: 14px; margin-bottom: 4px; }
        .card .badge { margin-top: 8px; }
        .dispute { display: grid; grid-template-columns: 1fr 1fr; border: 1px solid var(--line);
          border-radius: 10px; overflow: hidden; margin-bottom: 14px; }
        .dispute > div { padding: 12px 16px; }
        .dispute .disputed { background: #fcfcfb; }
        .dispute .denial { background: #fdf3f2; border-left: 4px solid var(--red); }
        .dispute p { margin: 4px 0; }
        .label { font-size: 11px; font-weight: 700; letter-spacing: .08em; text-transform: uppercase;
          color: var(--muted); }
        .denial .label { color: var(--red); }
        table.claims { width: 100%; border-collapse: collapse; font-size: 14px; }
        table.claims th { text-align: left; color: var(--muted); font-weight: 600; font-size: 12px;
          border-bottom: 1px solid var(--line); padding: 6px 8px; }
        table.claims td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
        table.claims td.num { font-weight: 600; font-variant-numeric: tabular-nums; }
        ol.sources { list-style: none; padding: 0; margin: 0; font-size: 14px; }
        ol.sources li { display: grid; grid-template-columns: 34px 1fr; gap: 10px; padding: 9px 0;
          border-bottom: 1px solid var(--line); }
        ol.sources li:target { background: #eef4fd; }
        ol.sources .num { font-weight: 700; color: var(--accent); text-align: right; }
        ol.sources .outlet { font-weight: 700; }
        ol.sources .date { color: var(--muted); margin-left: 6px; }
        ol.sources .title { color: var(--ink); }
        ol.sources a.title { text-decoration: none; border-bottom: 1px solid var(--line); }
        nav.toc ol { padding-left: 22px; }
        nav.toc li { margin-bottom: 10px; }
        nav.toc .meta-inline { display: block; }
        nav.toc a { color: var(--accent); text-decoration: none; font-weight: 600; }
        hr.story-break { border: 0; border-top: 3px double var(--line); margin: 48px 0 24px; }
        .related { color: var(--muted); font-size: 13px; margin-top: 18px; }
        footer { margin-top: 44px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line);
          padding-top: 14px; }
        @media (max-width: 640px) { main { padding: 24px 16px; } h1 { font-size: 26px; }
          .dispute { grid-template-columns: 1fr; } }
        """
}
