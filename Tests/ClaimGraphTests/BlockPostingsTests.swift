import Testing

@testable import ClaimGraph

/// `BlockPostings` holds, under each key, exactly the items appended under it.
@Suite struct BlockPostingsTests {
    @Test(arguments: [2, 19] as [UInt64])
    func listsHoldWhatWasAppended(seed: UInt64) throws {
        var random = SeededGenerator(state: seed)
        var postings = BlockPostings()
        var expected: [UInt64: [Int32]] = [:]
        // Key 0 gets a long list (blocks of 1 to 512 items), the others a few items each.
        for item in 0..<Int32(2_000) {
            let key: UInt64 = random.next() % 2 == 0 ? 0 : 1 + random.next() % 300
            postings.append(item, under: key)
            expected[key, default: []].append(item)
        }
        #expect(postings.keyCount == expected.count)
        #expect(expected[0, default: []].count > 900)
        for (key, items) in expected {
            guard let list = postings.list(under: key) else {
                Issue.record("no list under \(key)")
                continue
            }
            var walked: [Int32] = []
            postings.forEach(in: list) { walked.append($0) }
            #expect(Int(list.count) == items.count)
            #expect(walked.sorted() == items)
        }
        #expect(postings.list(under: .max) == nil)
        #expect(expected.values.contains { $0.count == 1 } && expected.values.contains { $0.count == 2 })

        // Read back from a snapshot: the same lists, one-item lists (kept in the slot) included.
        var writer = SnapshotWriter()
        postings.write(to: &writer)
        let read = try writer.bytes.withUnsafeBytes { bytes in
            var reader = SnapshotReader(bytes)
            return try BlockPostings(reading: &reader)
        }
        #expect(read.keyCount == postings.keyCount)
        // Every item is an article filed: the check a snapshot's index is read with.
        #expect(read.isValid(itemsBelow: 2_000))
        #expect(!read.isValid(itemsBelow: 1_999))
        for (key, items) in expected {
            var walked: [Int32] = []
            if let list = read.list(under: key) { read.forEach(in: list) { walked.append($0) } }
            #expect(walked.sorted() == items)
        }
    }

    /// Appending under several keys at once and looking several up at once (the sketch index's
    /// read-ahead) give what one key at a time gives: the same lists, in the keys' order,
    /// absent keys left out.
    @Test func keysTogetherAsOneAtATime() {
        var random = SeededGenerator(state: 5)
        var together = BlockPostings()
        var single = BlockPostings()
        for item in 0..<Int32(3_000) {
            // Colliding probes too: 32 keys an item out of a few hundred.
            let keys = (0..<32).map { UInt64($0) << 40 | random.next() % 400 }
            together.append(item, underEach: keys)
            for key in keys { single.append(item, under: key) }
        }
        #expect(together.keyCount == single.keyCount)
        let asked = (0..<64).map { (i: Int) -> UInt64 in
            let slot = UInt64(i % 40)
            return slot << 40 | UInt64(i * 7 % 450)
        }
        var found: [BlockPostings.List] = []
        together.appendLists(under: asked, to: &found)
        let expected = asked.compactMap { single.list(under: $0) }
        #expect(found.count == expected.count)
        #expect(found.count > 10 && found.count < asked.count)
        for (list, reference) in zip(found, expected) {
            var items: [Int32] = []
            var referenceItems: [Int32] = []
            together.forEach(in: list) { items.append($0) }
            single.forEach(in: reference) { referenceItems.append($0) }
            #expect(items == referenceItems)
        }
    }

    /// A damaged list (a block outside the storage, an item out of range) is found by the check,
    /// not by a trap on a later walk.
    @Test func damagedListsAreFound() throws {
        var postings = BlockPostings()
        for item in 0..<Int32(40) { postings.append(item, under: 7) }
        var writer = SnapshotWriter()
        postings.write(to: &writer)
        var bytes = writer.bytes
        // The list's block index sits after the key count, the key and its list, and the lists'
        // count: point it past the storage.
        let blockOffset = 24
        bytes.withUnsafeMutableBytes {
            $0.storeBytes(of: Int32(1_000), toByteOffset: blockOffset, as: Int32.self)
        }
        let damaged = try bytes.withUnsafeBytes { raw -> BlockPostings? in
            var reader = SnapshotReader(raw)
            return try? BlockPostings(reading: &reader)
        }
        // Either the reader refuses it outright or the check does.
        if let damaged { #expect(!damaged.isValid(itemsBelow: 40)) }
    }
}
