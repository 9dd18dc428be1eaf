import Testing

@testable import ClaimGraph

/// Each group's mentions, filed in blocks of one flat array among other groups', read back
/// whole: every one once, in the order added for the snapshot.
@Suite struct GroupMentionsTests {
    @Test func eachGroupKeepsItsOwnMentions() {
        var lists = GroupMentions()
        for _ in 0..<3 { lists.addGroup() }
        // Interleaved, long enough to fill blocks of 2, 4, 8 and several of 16.
        var expected: [[Int32]] = [[], [], []]
        for m in Int32(0)..<100 where m % 7 != 3 {
            let group = m % 5 == 0 ? Int32(0) : Int32(2)
            lists.append(m, toGroup: group)
            expected[Int(group)].append(m)
        }
        #expect(lists.groupCount == 3)
        for group in Int32(0)..<3 {
            #expect(lists.mentions(ofGroup: group) == expected[Int(group)])
            #expect(Array(lists.list(group)).sorted() == expected[Int(group)])
        }
        #expect(Array(lists.list(1)).isEmpty)
        lists.releaseSlack()
        #expect(lists.mentions(ofGroup: 2) == expected[2])
    }
}
