import Testing

@testable import ClaimGraph

/// The four cue lists of each article, one after another in the one arena buffer, read back
/// as they were given, each from index 0, whatever was appended before or after.
@Suite struct ArticleCuesTests {
    @Test func listsReadBackInPlace() {
        var arena = CueArena()
        let before = arena.append(entities: [1], weights: [1], terms: [2, 3], claimGroups: [])
        let cues = arena.append(
            entities: [7, 3, 9], weights: [0.5, 0.25, -1.5], terms: [11, 12],
            claimGroups: [4, 5, 6, 8])
        let after = arena.append(entities: [], weights: [], terms: [], claimGroups: [99])
        let lists = arena.lists(cues)
        #expect(Array(lists.entities) == [7, 3, 9])
        #expect(Array(lists.entityWeights) == [0.5, 0.25, -1.5])
        #expect(Array(lists.terms) == [11, 12])
        #expect(Array(lists.claimGroups) == [4, 5, 6, 8])
        #expect(lists.entities.firstIndex(of: 9) == 2)
        #expect(lists.terms[1] == 12)
        #expect(Array(lists.entities.prefix(2)) == [7, 3])
        #expect(Array(arena.lists(before).terms) == [2, 3] && arena.lists(before).claimGroups.isEmpty)
        #expect(Array(arena.lists(after).claimGroups) == [99] && arena.lists(after).entities.isEmpty)
        arena.withLists(cues, after) { x, y in
            #expect(
                Array(x.entities) == [7, 3, 9] && x.weight(1) == 0.25 && Array(x.claimGroups) == [4, 5, 6, 8])
            #expect(Array(y.claimGroups) == [99] && y.terms.isEmpty)
        }
    }

    @Test func emptyListsStayEmpty() {
        var arena = CueArena()
        let cues = arena.append(entities: [], weights: [], terms: [5], claimGroups: [])
        let lists = arena.lists(cues)
        #expect(lists.entities.isEmpty && lists.entityWeights.isEmpty)
        #expect(Array(lists.terms) == [5])
        #expect(lists.claimGroups.isEmpty)
        #expect(arena.lists(ArticleCues()).entities.first == nil)
    }

    @Test func holdsOnlyRangesWithinTheBuffer() {
        var arena = CueArena()
        let cues = arena.append(
            entities: [1, 2], weights: [0, 0], terms: [3], claimGroups: [4])
        #expect(arena.holds(cues))
        #expect(!CueArena().holds(cues))
    }
}
