import Testing

@testable import ClaimGraph

/// Ids never set read as `absent`; set ones keep their value as the table grows past them.
@Suite struct InternedTableTests {
    @Test func setValuesSurviveGrowthAndGapsReadAbsent() {
        var table = InternedTable<Int32>(absent: -1)
        #expect(table[0] == -1)
        #expect(table[-3] == -1)
        table[5] = 50
        table[2] = 20
        table[300] = 3
        table[5] &+= 1
        #expect(table[5] == 51)
        #expect(table[2] == 20)
        #expect(table[300] == 3)
        #expect(table[3] == -1)
        #expect(table[299] == -1)
        #expect(table[301] == -1)
    }
}
