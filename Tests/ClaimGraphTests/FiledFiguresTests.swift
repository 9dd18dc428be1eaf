import Testing

@testable import ClaimGraph

/// The packed figures keep each article's figures in its own range with their bits, know the
/// names figures were filed under, and come back whole from a snapshot.
@Suite struct FiledFiguresTests {
    static func filed() -> FiledFigures {
        var filed = FiledFigures()
        filed.append(article: [
            FiledFigures.Figure(mention: 0, subjectKey: 3, cells: 0b0001),
            FiledFigures.Figure(mention: 2, subjectKey: 5, cells: 0b0100),
        ])
        filed.append(article: [])
        filed.append(article: [FiledFigures.Figure(mention: 7, subjectKey: 3, cells: 0b1000)])
        return filed
    }

    @Test func articlesHoldTheirOwnFiguresAndBits() {
        let filed = Self.filed()
        #expect(
            filed.articles == [
                FiledFigures.ArticleFigures(start: 0, count: 2, cells: 0b0101),
                FiledFigures.ArticleFigures(start: 2, count: 0, cells: 0),
                FiledFigures.ArticleFigures(start: 2, count: 1, cells: 0b1000),
            ])
        #expect(filed.figures.map(\.mention) == [0, 2, 7])
        #expect(filed.isSubject(3) && filed.isSubject(5))
        #expect(!filed.isSubject(4) && !filed.isSubject(0) && !filed.isSubject(99))
    }

    @Test func snapshotRoundTripKeepsEverything() throws {
        let filed = Self.filed()
        var writer = SnapshotWriter()
        filed.write(to: &writer)
        let read = try writer.bytes.withUnsafeBytes { raw in
            var reader = SnapshotReader(raw)
            return try FiledFigures(reading: &reader)
        }
        #expect(read.articles == filed.articles)
        #expect(read.figures == filed.figures)
        #expect(read.isSubject(5) && !read.isSubject(4))
    }
}
