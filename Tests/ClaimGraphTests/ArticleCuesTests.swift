import Testing

@testable import ClaimGraph

/// The five cue lists packed into one buffer read back as they were given, each from index 0.
@Suite struct ArticleCuesTests {
    @Test func listsReadBackInPlace() {
        let cues = ArticleCues(
            entities: [7, 3, 9], heads: [70, 30, 90], weights: [0.5, 0.25, -1.5], terms: [11, 12],
            claimGroups: [4, 5, 6, 8])
        #expect(Array(cues.entities) == [7, 3, 9])
        #expect(Array(cues.entityHeads) == [70, 30, 90])
        #expect(Array(cues.entityWeights) == [0.5, 0.25, -1.5])
        #expect(Array(cues.terms) == [11, 12])
        #expect(Array(cues.claimGroups) == [4, 5, 6, 8])
        #expect(cues.entities.firstIndex(of: 9) == 2)
        #expect(cues.terms[1] == 12)
        #expect(Array(cues.entities.prefix(2)) == [7, 3])
    }

    @Test func emptyListsStayEmpty() {
        let cues = ArticleCues(entities: [], heads: [], weights: [], terms: [5], claimGroups: [])
        #expect(cues.entities.isEmpty && cues.entityHeads.isEmpty && cues.entityWeights.isEmpty)
        #expect(Array(cues.terms) == [5])
        #expect(cues.claimGroups.isEmpty)
        #expect(ArticleCues().entities.first == nil)
    }
}
