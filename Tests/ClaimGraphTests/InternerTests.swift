import Testing

@testable import ClaimGraph

/// Ids are positions in first-interned order, whatever the table does as it grows; a string
/// interned from its bytes is the same string.
@Suite struct InternerTests {
    @Test func idsFollowFirstInternedOrderThroughGrowth() {
        var interner = Interner()
        // Enough strings to grow the table several times; lengths around the 8-byte words.
        let words = (0..<500).map { "name \($0)" + String(repeating: "x", count: $0 % 19) }
        for (i, word) in words.enumerated() { #expect(interner.intern(word) == Int32(i)) }
        for (i, word) in words.enumerated().reversed() {
            #expect(interner.intern(word) == Int32(i))
            #expect(interner.lookup(word) == Int32(i))
            #expect(interner[Int32(i)] == word)
        }
        #expect(interner.strings.count == words.count)
        #expect(interner.lookup("name 1y") == nil)
        #expect(interner.intern("") == Int32(words.count))
        #expect(interner.intern("") == Int32(words.count))
    }

    /// A hash worked out beforehand (`PreparedArticle`) interns as the string alone does.
    @Test func aStringWithItsHashInternsAsTheString() {
        var interner = Interner()
        let words = (0..<100).map { "word \($0)" + String(repeating: "é", count: $0 % 11) }
        for (i, word) in words.enumerated() {
            let hash = Interner.hash(of: word)
            var bytes = word
            #expect(bytes.withUTF8 { Interner.hash($0) } == hash)
            #expect(interner.intern(word, hash: hash) == Int32(i))
        }
        for (i, word) in words.enumerated() { #expect(interner.intern(word) == Int32(i)) }
        // A bridged or sliced string is made contiguous first.
        let sliced = String(words[3].utf8.dropFirst(0))
        #expect(sliced.map { interner.intern($0, hash: Interner.hash(of: $0)) } == 3)
    }

    @Test func bytesInternAsTheirString() {
        var interner = Interner()
        let meta = interner.intern("meta platforms")
        var text = "meta platforms inc"
        let (whole, head, new) = text.withUTF8 { bytes in
            (
                interner.intern(utf8: UnsafeBufferPointer(rebasing: bytes[0..<14])),
                interner.intern(utf8: UnsafeBufferPointer(rebasing: bytes[0..<4])),
                interner.intern(utf8: UnsafeBufferPointer(rebasing: bytes[0..<4]))
            )
        }
        #expect(whole == meta)
        #expect(head == 1 && new == 1)
        #expect(interner[head] == "meta")
        // Non-ASCII bytes compare as bytes.
        let accented = interner.intern("Société Générale")
        #expect(interner.intern("Société Générale") == accented)
        #expect(interner.intern("Societe Generale") != accented)
    }

    @Test func snapshotRebuildsTheTableAndRejectsRepeats() throws {
        var interner = Interner()
        for word in ["b", "a", "long enough to span words", "c"] { _ = interner.intern(word) }
        var writer = SnapshotWriter()
        interner.write(to: &writer)
        var read = try writer.bytes.withUnsafeBytes { bytes in
            var reader = SnapshotReader(bytes)
            return try Interner(reading: &reader)
        }
        #expect(read.strings == interner.strings)
        #expect(read.intern("long enough to span words") == 2)
        #expect(read.intern("d") == 4)

        var repeated = SnapshotWriter()
        ["a", "b", "a"].write(to: &repeated)
        #expect(throws: GraphSnapshotError.self) {
            try repeated.bytes.withUnsafeBytes { bytes in
                var reader = SnapshotReader(bytes)
                _ = try Interner(reading: &reader)
            }
        }
    }

    @Test func sortAndDropRepeatsKeepsEachOnceInOrder() {
        var items: [Int32] = [5, 3, 5, 1, 3, 3, 9, 1]
        items.sortAndDropRepeats()
        #expect(items == [1, 3, 5, 9])
        var one: [Int32] = [4]
        one.sortAndDropRepeats()
        #expect(one == [4])
    }
}
