import ClaimModel
import Testing

@testable import Reports

@Suite struct RendererTests {
    @Test func terminalPageHasEverySection() {
        let text = StoryPageText.render(StoryFixture.page)
        for heading in ["Summary", "Competing figures", "Denials", "Sources"] {
            #expect(text.contains("\n\(heading)\n"), "missing \(heading)")
        }
        #expect(text.hasPrefix("Osprey & the €4.2bn plant\n"))
        #expect(text.contains("story s1 · 4 sources from 3 outlets · 11–12 Mar 2025"))
        #expect(text.contains("Osprey revenue (2024): €3.1bn [1][2][3][4]"))
        #expect(text.contains("about €4.2bn ($4.6bn)"))
        #expect(text.contains("copy of [2]"))
        #expect(text.contains("Osprey disputes the Coastal Herald report [4]"))
        #expect(!text.contains("\u{1B}"))
        #expect(StoryPageText.render(StoryFixture.page, style: .coloured).contains("\u{1B}[1m"))
    }

    @Test func markdownEscapesAndTabulates() {
        let md = StoryPageMarkdown.render(StoryFixture.page)
        #expect(md.hasPrefix("# Osprey & the €4.2bn plant\n"))
        #expect(md.contains("| Figure | Reported by | Sources | Status |"))
        #expect(md.contains("\\[1\\]\\[4\\]"))
        #expect(md.contains("[Osprey to build €4.2bn plant](https://example.org/osprey)"))
        #expect(md.contains("Osprey eyes plant \\<worth\\> more"))
        #expect(StoryPageMarkdown.escape("a|b*c_[d]") == "a\\|b\\*c\\_\\[d\\]")
    }

    @Test func htmlIsOneSelfContainedDocument() {
        let html = StoryPageHTML.render(StoryFixture.page)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\""))
        #expect(!html.contains("url("))
        #expect(html.contains("<title>Osprey &amp; the €4.2bn plant</title>"))
        #expect(html.contains("Osprey eyes plant &lt;worth&gt; more"))
        #expect(!html.contains("<worth>"))
        #expect(html.contains("id=\"src-4\""))
        #expect(html.contains("href=\"#src-4\""))
        #expect(html.contains("class=\"badge copy\">copy of [2]"))
        #expect(html.contains("class=\"compare\""))
        #expect(html.contains("class=\"dispute\""))
    }

    @Test func htmlOfManyStoriesNamespacesAnchors() {
        var graph = StoryFixture.graph
        graph.stories.append(StoryRecord(id: "s 2", title: "Second", articles: [StoryFixture.herald]))
        let html = StoryPageHTML.render(pages: StoryPage.pages(from: graph))
        #expect(html.contains("href=\"#story-s1\""))
        #expect(html.contains("id=\"story-s1-src-1\""))
        #expect(html.contains("id=\"story-s-2-src-1\""))
        #expect(StoryPageHTML.escape("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;")
    }

    @Test func dotDrawsSourcesConflictsDenialsAndCopies() {
        let dot = GraphDot.render(StoryFixture.graph)
        #expect(dot.hasPrefix("digraph claimwire {"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains("\"a:a1\" -> \"c:c1\";"))
        #expect(dot.contains("\"c:c1\" -> \"c:c2\" [dir=none"))
        #expect(dot.contains("\"a:a3\" -> \"a:a2\" [style=dotted"))
        #expect(dot.contains("label=\"Osprey denies\""))
        #expect(dot.contains("\"d:0\" -> \"c:c1\""))
        #expect(GraphDot.quote("say \"hi\"\\n") == "\"say \\\"hi\\\"\\n\"")
    }

    @Test func tablesListStoriesClaimsConflictsStats() {
        let summary = StorySummary(
            id: "s1", title: "Osprey plant", articleCount: 4, outletCount: 3, claimCount: 3, conflictCount: 1,
            denialCount: 1, firstPublished: StoryFixture.day, lastPublished: StoryFixture.later)
        let stories = TableReport.stories([summary])
        #expect(stories.contains("ID  STORY"))
        #expect(stories.contains("s1  Osprey plant"))
        #expect(TableReport.stories([]).contains("No stories yet"))

        let claims = TableReport.claims(StoryFixture.graph.claims)
        #expect(claims.contains("about €4.2bn ($4.6bn)"))
        #expect(claims.contains("2 (1 independent)"))
        #expect(claims.contains("corroborated"))

        let conflicts = TableReport.conflicts(StoryFixture.graph)
        #expect(conflicts.contains("Osprey · plant investment · 2025  divergent-figures"))
        #expect(conflicts.contains("Southern Wire, Metro Ledger"))

        let stats = TableReport.stats(GraphStats(articles: 12, duplicates: 1, mentions: 40))
        #expect(stats.contains("articles              12"))
    }

    @Test func claimEvidenceQuotesEachSentence() {
        let evidence = ClaimEvidence(
            claim: StoryFixture.big,
            sentences: [
                EvidenceSentence(
                    article: StoryFixture.herald, outlet: "Coastal Herald", title: "Osprey to build",
                    published: StoryFixture.day, start: 0, end: 50,
                    sentence: "Osprey plans to invest\nabout €4.2 billion.")
            ],
            conflicts: StoryFixture.graph.conflicts, denials: StoryFixture.graph.denials)
        let text = TableReport.claim(evidence)
        #expect(text.contains("[1] Coastal Herald · 11 Mar 2025 — Osprey to build"))
        #expect(text.contains("“Osprey plans to invest about €4.2 billion.”"))
        #expect(text.contains("divergent-figures: c2"))
        #expect(text.contains("Osprey disputes the Coastal Herald report"))
    }
}
