import Testing

@testable import ClaimGraph

/// The cell bits stay one per mention in order, and only names a figure was filed under (a
/// mention with bits) count as figure subjects, whether appended or read back.
@Suite struct FigureCellsTests {
    @Test func bitsAndSubjectsFollowTheMentions() {
        var cells = FigureCells()
        cells.append(0b0101, subjectKey: 3)
        cells.append(0, subjectKey: 4)
        cells.append(0b1000, subjectKey: 7)
        #expect(cells.bits == [0b0101, 0, 0b1000])
        #expect(cells.isSubject(3) && cells.isSubject(7))
        #expect(!cells.isSubject(4) && !cells.isSubject(0) && !cells.isSubject(99))

        let read = FigureCells(bits: cells.bits, subjectKeys: [3, 4, 7])
        #expect(read.bits == cells.bits)
        #expect(read.isSubject(3) && read.isSubject(7) && !read.isSubject(4))
    }
}
