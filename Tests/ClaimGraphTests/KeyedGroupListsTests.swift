import Testing

@testable import ClaimGraph

/// Groups listed under keys, in blocks of one flat array among other keys' lists: each key's
/// groups read back whole, and a snapshot of them is the `[Key: [Int32]]` it replaced.
@Suite struct KeyedGroupListsTests {
    /// Keys 0 to 2 interleaved, key 1 never used; long enough for blocks of 2, 4, 8 and 16.
    static func lists() -> (KeyedGroupLists<Int32>, [Int32: [Int32]]) {
        var lists = KeyedGroupLists<Int32>()
        var expected: [Int32: [Int32]] = [:]
        for group in Int32(0)..<90 where group % 11 != 4 {
            let key: Int32 = group % 3 == 0 ? 0 : 2
            lists.append(group, to: key)
            expected[key, default: []].append(group)
        }
        return (lists, expected)
    }

    @Test func eachKeyKeepsItsOwnGroups() {
        var (lists, expected) = Self.lists()
        #expect(Set(lists.keys) == [0, 2])
        for key in Int32(0)..<3 {
            #expect(lists.groups(under: key) == expected[key, default: []])
            #expect(Array(lists[key]).sorted() == expected[key, default: []])
        }
        #expect(Array(lists[1]).isEmpty)
        lists.releaseSlack()
        #expect(lists.groups(under: 2) == expected[2])
    }

    @Test func snapshotIsTheDictionaryOfLists() throws {
        let (lists, expected) = Self.lists()
        var writer = SnapshotWriter()
        lists.write(to: &writer)
        let read = try writer.bytes.withUnsafeBytes { bytes in
            var reader = SnapshotReader(bytes)
            return try [Int32: [Int32]](reading: &reader)
        }
        #expect(read == expected)
        var dictionary = SnapshotWriter()
        expected.write(to: &dictionary)
        let back = try dictionary.bytes.withUnsafeBytes { bytes in
            var reader = SnapshotReader(bytes)
            return try KeyedGroupLists<Int32>(reading: &reader)
        }
        for key in Int32(0)..<3 { #expect(back.groups(under: key) == expected[key, default: []]) }

        // A key with no groups is refused: none is ever added without one.
        var broken = SnapshotWriter()
        [Int32(0): [Int32]()].write(to: &broken)
        #expect(throws: GraphSnapshotError.self) {
            try broken.bytes.withUnsafeBytes { bytes in
                var reader = SnapshotReader(bytes)
                _ = try KeyedGroupLists<Int32>(reading: &reader)
            }
        }
    }
}
