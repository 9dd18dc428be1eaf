import ClaimModel
import Testing

@testable import ClaimGraph

/// Articles' ids, refs, titles and urls in one byte buffer read back as given, an absent url
/// told from an empty one, and ids compared and ordered as `ArticleID` does.
@Suite struct ArticleStringsTests {
    @Test func fieldsReadBackAsGiven() {
        var strings = ArticleStrings()
        strings.append(
            id: ArticleID("0123456789abcdef0123456789abcdef"), ref: "a.txt#1", title: "Title", url: nil)
        strings.append(id: ArticleID("b"), ref: "", title: "Über den Fluss", url: "")
        strings.append(id: ArticleID(""), ref: "r", title: "", url: "https://example.com/x")
        #expect(strings.count == 3)
        #expect(strings.id(0).rawValue == "0123456789abcdef0123456789abcdef")
        #expect(strings.ref(0) == "a.txt#1" && strings.title(0) == "Title" && strings.url(0) == nil)
        #expect(strings.id(1).rawValue == "b" && strings.ref(1) == "" && strings.title(1) == "Über den Fluss")
        #expect(strings.url(1) == "")
        #expect(
            strings.id(2).rawValue == "" && strings.title(2) == ""
                && strings.url(2) == "https://example.com/x")
    }

    @Test func idsCompareAsArticleIDs() {
        // "é" precomposed and as "e" with a combining acute: equal as strings, not as bytes;
        // "a" with a combining acute sorts after "b" as a string, before it as bytes.
        let ids = ["abc", "abd", "ab", "caf\u{E9}", "cafe\u{301}", "a\u{301}", "b", "Z"]
        var strings = ArticleStrings()
        for id in ids { strings.append(id: ArticleID(id), ref: "", title: "", url: nil) }
        for (i, x) in ids.enumerated() {
            for (j, y) in ids.enumerated() {
                #expect(strings.idPrecedes(i, j) == (x < y), "\(x) < \(y)")
                #expect(strings.idEquals(i, ArticleID(y)) == (x == y), "\(x) == \(y)")
            }
            #expect(strings.idHasPrefix(i, "ab") == x.hasPrefix("ab"))
            #expect(strings.idHasPrefix(i, "caf\u{E9}") == x.hasPrefix("caf\u{E9}"))
        }
    }

    @Test func snapshotReadsBackAndChecksEnds() throws {
        let ids = ["b", "a\u{301}", "c", "abc"]
        var strings = ArticleStrings()
        for id in ids { strings.append(id: ArticleID(id), ref: "r", title: "t", url: id == "c" ? "u" : nil) }
        var writer = SnapshotWriter()
        strings.write(to: &writer)
        let read = try writer.bytes.withUnsafeBytes { bytes in
            var reader = SnapshotReader(bytes)
            return try ArticleStrings(reading: &reader)
        }
        for (i, x) in ids.enumerated() {
            #expect(read.id(i).rawValue == x && read.url(i) == strings.url(i))
            for (j, y) in ids.enumerated() { #expect(read.idPrecedes(i, j) == (x < y), "\(x) < \(y)") }
        }

        // A ref's end past the bytes is refused.
        var broken = SnapshotWriter()
        broken.write(integers: [UInt8(ascii: "a")])
        broken.write(integers: [Int32(1), 5, 5, ~Int32(5)])
        #expect(throws: GraphSnapshotError.self) {
            try broken.bytes.withUnsafeBytes { bytes in
                var reader = SnapshotReader(bytes)
                _ = try ArticleStrings(reading: &reader)
            }
        }
    }
}
