import Testing

@testable import ClaimGraph

/// An entry's published day, kept without an optional's tag, reads back as set: absent,
/// zero and negative ordinals included.
@Suite struct ArticleEntryTests {
    @Test func dayReadsBackAsSet() {
        for day: Int32? in [nil, 0, 1, -1, 738_000, Int32.max] {
            let entry = ArticleEntry(
                outlet: 0, outletKey: -1, day: day, textHash: 0, simhash: 0, textLength: 0, mentionStart: 0,
                mentionCount: 0, denialStart: 0, denialCount: 0, figureCells: 0, cues: ArticleCues())
            #expect(entry.day == day)
        }
        var entry = ArticleEntry(
            outlet: 0, outletKey: -1, day: 5, textHash: 0, simhash: 0, textLength: 0, mentionStart: 0,
            mentionCount: 0, denialStart: 0, denialCount: 0, figureCells: 0, cues: ArticleCues())
        entry.day = nil
        #expect(entry.day == nil)
    }
}
