import ClaimModel
import Testing

@testable import Reports

@Suite struct StoryPageTests {
    @Test func sourcesAreNumberedAndCopiesMarked() {
        let page = StoryFixture.page
        #expect(page.sources.map(\.number) == [1, 2, 3, 4])
        #expect(page.sources[2].isCopy)
        #expect(page.sources[2].copyOf == 2)
        #expect(!page.sources[0].isCopy)
        #expect(page.outletCount == 3)
        #expect(page.firstPublished == StoryFixture.day)
        #expect(page.lastPublished == StoryFixture.later)
    }

    @Test func summaryPutsTheBestSupportedClaimFirstWithCitations() {
        let page = StoryFixture.page
        #expect(page.summary.map(\.claim.id) == ["c3", "c1", "c2"])
        #expect(page.summary[0].citations == [1, 2, 3, 4])
        #expect(page.summary[1].citations == [1, 4])
        #expect(page.summary[1].outlets == ["Coastal Herald", "Metro Ledger"])
    }

    @Test func claimsAboutTheHeadlinesSubjectLeadTheSummary() {
        var graph = StoryFixture.graph
        graph.claims.append(
            ClaimRecord(
                id: "c8", story: "s1", subject: "Harbour Bank", measure: "loans",
                values: [Value(amount: 9e9, unit: "EUR")], bound: .exact, period: nil,
                sources: [StoryFixture.herald, StoryFixture.wire, StoryFixture.copy, StoryFixture.ledger],
                origins: 4, attributions: [], status: .corroborated, evidence: []))
        let page = StoryPage(story: graph.stories[0], graph: graph)
        #expect(page.summary.map(\.claim.id) == ["c3", "c1", "c2", "c8"])
    }

    @Test func summaryLimitMovesTheRestToMoreClaims() {
        let page = StoryPage(story: StoryFixture.graph.stories[0], graph: StoryFixture.graph, summaryLimit: 1)
        #expect(page.summary.count == 1)
        #expect(page.moreClaims.map(\.claim.id) == ["c1", "c2"])
    }

    @Test func competingFiguresAndDenialsJoinTheirClaims() throws {
        let page = StoryFixture.page
        let group = try #require(page.competing.first)
        #expect(group.entries.map(\.claim.id) == ["c1", "c2"])
        #expect(group.entries[1].outlets == ["Southern Wire", "Metro Ledger"])
        let dispute = try #require(page.disputes.first)
        #expect(dispute.denied.map(\.claim.id) == ["c1"])
        #expect(dispute.citations == [4])
        #expect(StoryPage.disputeLine(dispute.denial) == "Osprey disputes the Coastal Herald report")
    }

    @Test func pagesOfAWholeExportKeepEachStorysClaims() {
        var graph = StoryFixture.graph
        graph.stories.append(StoryRecord(id: "s2", title: "Other", articles: []))
        graph.claims.append(
            ClaimRecord(
                id: "c9", story: "s2", subject: "Other", measure: "m",
                values: [Value(amount: 1, unit: "count")],
                bound: .exact, period: nil, sources: [], origins: 0, attributions: [], status: .singleSource,
                evidence: []))
        let pages = StoryPage.pages(from: graph)
        #expect(pages.map(\.storyID) == ["s1", "s2"])
        #expect(!pages[0].summary.contains { $0.claim.id == "c9" })
        #expect(pages[1].summary.map(\.claim.id) == ["c9"])
        #expect(pages[1].disputes.isEmpty)
    }

    @Test func untitledStoryTakesItsHeadlineFromTheTopClaim() {
        var story = StoryFixture.graph.stories[0]
        story.title = ""
        let page = StoryPage(story: story, graph: StoryFixture.graph)
        #expect(page.headline == "Osprey: revenue")
    }
}
