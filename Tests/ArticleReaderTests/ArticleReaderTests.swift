import ClaimModel
import Testing

@testable import ArticleReader

@Suite struct ArticleReaderTests {
    let today = Day(year: 2025, month: 6, day: 1)!

    func read(_ text: String, format: InputFormat? = nil, year: Int? = nil) -> ReadResult {
        ArticleReader.read(Array(text.utf8), source: "page.txt", format: format, today: today, year: year)
    }

    let bundle = """
        Harbourpage gathers coverage in one place.
        \u{00A9} 2025 Harbourpage. All rights reserved
        On Tue, 4 Mar, 9:12 AM UTC
        3 Sources
        [1]
        Fjordline carries record passengers - Harbour Post
        Fjordline carried 2.1 million passengers in February.
        It expects more in 2025.
        [2]
        Fjordline traffic up 7% | Nordic Markets Wire
        Fjordline traffic rose 7% last month.
        [3]
        Ferry boom continues By Coastal Daily
        Ferries are busy.
        Share
        Copy Link
        Fjordline carried record passengers 12.
        Reference
        [1]
        [2]
        """

    @Test func readsABundle() throws {
        let result = read(bundle)
        #expect(result.format == .bundle)
        #expect(result.problems.isEmpty)
        try #require(result.articles.count == 3)
        let first = result.articles[0]
        #expect(first.ref == "page.txt#1")
        #expect(first.outlet == "Harbour Post")
        #expect(first.title == "Fjordline carries record passengers")
        #expect(
            first.text == "Fjordline carried 2.1 million passengers in February.\nIt expects more in 2025.")
        #expect(first.published == Day(year: 2025, month: 3, day: 4))
        #expect(result.articles[1].outlet == "Nordic Markets Wire")
        #expect(result.articles[2].outlet == "Coastal Daily")
        #expect(result.articles[2].text == "Ferries are busy.")
    }

    @Test func dateLineYearIsTheLatestThatFitsTheWeekday() {
        // 4 March was a Tuesday in 2025 and in 2014.
        #expect(
            DateLine.resolve("On Tue, 4 Mar, 9:12 AM UTC", today: today, year: nil)
                == Day(year: 2025, month: 3, day: 4))
        let early = Day(year: 2025, month: 3, day: 1)!
        #expect(
            DateLine.resolve("On Tue, 4 Mar, 9:12 AM UTC", today: early, year: nil)
                == Day(year: 2014, month: 3, day: 4))
        #expect(
            DateLine.resolve("On Tue, 4 Mar, 9:12 AM UTC", today: today, year: 2020)
                == Day(year: 2020, month: 3, day: 4))
    }

    @Test func outletTails() {
        #expect(OutletTail.split(title: "Plan approved, FT reports").outlet == "FT")
        #expect(OutletTail.split(title: "Shares rise - Nordlicht (NASDAQ:NRD)").outlet == nil)
        #expect(OutletTail.split(title: "What next for ferries?").outlet == nil)
        #expect(OutletTail.dateline(body: "OSLO (Harbour Wire) - Fjordline said") == "Harbour Wire")
    }

    @Test func malformedSourcesAreSkippedAlone() {
        let text = """
            On Tue, 4 Mar, 9:12 AM UTC
            3 Sources
            [1]
            [2]
            Title two - Wire
            Body two.
            [3]
            Title three
            """
        let result = read(text, format: .bundle)
        #expect(result.articles.map(\.ref) == ["page.txt#2"])
        #expect(result.problems.contains { $0.kind == .missingTitle(source: 1) && $0.line == 3 })
        #expect(result.problems.contains { $0.kind == .emptyBody(source: 3) })
    }

    @Test func bundleWithoutSources() {
        let result = read("On Tue, 4 Mar, 9:12 AM UTC\n0 Sources\nnothing here\n", format: .bundle)
        #expect(result.articles.isEmpty)
        #expect(result.problems.map(\.kind) == [.noSources])
    }

    @Test func invalidUTF8CostsOnlyItsArticle() {
        var bytes = Array("On Tue, 4 Mar, 9:12 AM UTC\n2 Sources\n[1]\nOne - Wire\nBody ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(" one.\n[2]\nTwo - Wire\nBody two.\n".utf8)
        let result = ArticleReader.read(bytes, source: "bad.txt", today: today)
        #expect(result.articles.map(\.ref) == ["bad.txt#2"])
        #expect(result.problems.first?.kind == .invalidUTF8)
        #expect(result.problems.first?.line == 5)
        #expect(result.problems.first?.description.hasPrefix("bad.txt:5:") == true)
    }

    @Test func plainTextTitleIsTheFirstLine() throws {
        let result = read(
            "\nFjordline opens a route - Harbour Post\n\nFjordline opened a route.\nIt is busy.\n")
        #expect(result.format == .text)
        let a = try #require(result.articles.first)
        #expect(a.title == "Fjordline opens a route")
        #expect(a.outlet == "Harbour Post")
        #expect(a.text == "Fjordline opened a route.\nIt is busy.")
        #expect(read("Only a title\n").problems.first?.kind == .emptyBody(source: 1))
    }

    @Test func jsonLinesWithABadLine() throws {
        let text = """
            {"ref": "feed-1", "outlet": "Harbour Post", "title": "Ferries", "published": "2025-03-04", "text": "Fjordline sailed."}
            {"id": 7, "text": "No title here.\\nSecond line."}
            {"ref": "broken", "text": 
            {"ref": "empty", "text": ""}
            """
        let result = read(text)
        #expect(result.format == .jsonLines)
        #expect(result.articles.map(\.ref) == ["feed-1", "7"])
        #expect(result.articles[0].published == Day(year: 2025, month: 3, day: 4))
        #expect(result.articles[1].title == "No title here.")
        #expect(result.problems.map(\.line) == [3, 4])
        #expect(result.problems.first?.kind == .invalidJSON(reason: "does not parse"))
        #expect(result.problems.last?.kind == .missingField(name: "text"))
    }
}
