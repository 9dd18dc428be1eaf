/// Lists of items under keys, each list kept in blocks of doubling size (1, 2, 4, ... items)
/// in one flat array: walking a long list reads a few contiguous runs instead of one scattered
/// node per item (`PostingChains`), for indexes whose long lists are walked again and again
/// (`SketchIndex`). A one-item list keeps its item in its table slot, no storage (most of the
/// sketch index's lists have one item: a minimum only copies and templated wording share); a
/// longer one costs at most about twice its items.
///
/// Keys are 64-bit (`SketchIndex.SlotKey.packed`), kept folded to 32 bits (`fold`) in an
/// open-addressing table (linear probing, at most three quarters full) of 8-byte slots: the
/// index files 32 keys an article, most of them under a list of one, and the table is most of
/// its memory (a `Dictionary` hashing each key with SipHash was most of its cost). Keys that
/// fold alike share one list: a list holds every item appended under its key, and rarely (two
/// of a few million keys in 2^32) some of another key's too. `SketchIndex` holds every
/// candidate a list gives to its full test, so such an item only costs that test.
struct BlockPostings: Sendable {
    /// A key's latest block and how many items it holds; with one item, `block` is the item.
    struct List: Sendable {
        fileprivate(set) var block: Int32
        fileprivate(set) var count: Int32
    }

    /// A table slot: a folded key and its list, `empty` for none. A list of one item is the item
    /// itself (0 or more); a longer one is `-1 - i` for `lists[i]`.
    private struct Slot: Sendable {
        var key: UInt32
        var list: Int32

        static let empty = Int32.min
    }

    /// A power of two long, or empty.
    private var table: [Slot] = []
    private(set) var keyCount = 0
    /// The lists of more than one item.
    private var lists: [List] = []
    /// Blocks: the start of the list's previous block (-1 for its first), then its items.
    private var storage: [Int32] = []
    /// What `append(_:underEach:)` read ahead, kept so the reads are made: no meaning.
    private var touched: UInt32 = 0

    /// The 32 bits a key is filed under: SplitMix64's finaliser, so every bit of the key
    /// counts.
    private static func fold(_ key: UInt64) -> UInt32 {
        var z = key &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return UInt32(truncatingIfNeeded: z ^ (z >> 31))
    }

    /// The slot a folded key's probe starts at (the folded key is already well mixed).
    private static func home(_ key: UInt32, mask: Int) -> Int { Int(key) & mask }

    /// Adds `item` (0 or more) under `key`.
    mutating func append(_ item: Int32, under key: UInt64) {
        precondition(item >= 0, "posted items are not negative")
        if 4 * (keyCount + 1) > 3 * table.count { grow() }
        let folded = Self.fold(key)
        let mask = table.count - 1
        var slot = Self.home(folded, mask: mask)
        let found = table.withUnsafeMutableBufferPointer { table -> Int32? in
            while table[slot].list != Slot.empty {
                if table[slot].key == folded { return table[slot].list }
                slot = (slot + 1) & mask
            }
            table[slot] = Slot(key: folded, list: item)
            return nil
        }
        guard let found else {
            keyCount += 1
            return
        }
        if found >= 0 {
            // The item kept in the slot moves to the list's first block.
            let start = storage.count
            HeapBytes.reserveRoom(&storage, adding: 2)
            storage.append(-1)
            storage.append(found)
            table[slot].list = -1 - Int32(lists.count)
            HeapBytes.reserveRoom(&lists, adding: 1)
            lists.append(List(block: Int32(start), count: 1))
        }
        let index = Int(-1 - table[slot].list)
        Self.push(item, onto: &lists[index], in: &storage)
    }

    private mutating func grow() {
        let old = table
        table = Array(repeating: Slot(key: 0, list: Slot.empty), count: max(64, 2 * old.count))
        let mask = table.count - 1
        table.withUnsafeMutableBufferPointer { table in
            for entry in old where entry.list != Slot.empty {
                var slot = Self.home(entry.key, mask: mask)
                while table[slot].list != Slot.empty { slot = (slot + 1) & mask }
                table[slot] = entry
            }
        }
    }

    /// Appends `item` to a list already moved to the storage (`count` at least 1).
    private static func push(_ item: Int32, onto list: inout List, in storage: inout [Int32]) {
        let count = Int(list.count)
        // The first k blocks hold 2^k - 1 items: a list of that many has every block full.
        if (count + 1) & count == 0 {
            let start = storage.count
            HeapBytes.reserveRoom(&storage, adding: count + 2)
            storage.append(list.block)
            // One append an item: `append(contentsOf: repeatElement(...))` went through a
            // generic range replacement costing more than the rest of the push.
            for _ in 0...count { storage.append(-1) }
            list.block = Int32(start)
        }
        let capacity = blockCapacity(holdingItemsUpTo: count + 1)
        storage[Int(list.block) + 1 + count + 1 - capacity] = item
        list.count += 1
    }

    /// The capacity of the last block of a list of `count` items (count > 0): the largest
    /// power of two not above `count`.
    private static func blockCapacity(holdingItemsUpTo count: Int) -> Int {
        1 << (Int.bitWidth - 1 - count.leadingZeroBitCount)
    }

    /// The list under `key`, if any item is: its length, and where `forEach(in:)` starts.
    func list(under key: UInt64) -> List? {
        guard !table.isEmpty else { return nil }
        let folded = Self.fold(key)
        let mask = table.count - 1
        let found = table.withUnsafeBufferPointer { table -> Int32? in
            var slot = Self.home(folded, mask: mask)
            while table[slot].list != Slot.empty {
                if table[slot].key == folded { return table[slot].list }
                slot = (slot + 1) & mask
            }
            return nil
        }
        guard let found else { return nil }
        return found >= 0 ? List(block: found, count: 1) : lists[Int(-1 - found)]
    }

    /// Appends to `found` the lists under `keys` that have items, in the keys' order.
    ///
    /// Every key's first slot is read before any probe goes on: in a table far larger than
    /// the cache each of those reads misses, and issued together (no branch between them)
    /// they wait for memory about once, where a lookup per key waited once a key (the sketch
    /// index's 32 look-ups a span were most of what a search cost).
    func appendLists(under keys: [UInt64], to found: inout [List]) {
        guard !table.isEmpty, !keys.isEmpty else { return }
        let mask = table.count - 1
        table.withUnsafeBufferPointer { table in
            withUnsafeTemporaryAllocation(of: Slot.self, capacity: keys.count) { first in
                for (i, key) in keys.enumerated() {
                    first.initializeElement(at: i, to: table[Self.home(Self.fold(key), mask: mask)])
                }
                for (i, key) in keys.enumerated() {
                    let folded = Self.fold(key)
                    var slot = Self.home(folded, mask: mask)
                    var entry = first[i]
                    while entry.list != Slot.empty {
                        if entry.key == folded {
                            found.append(
                                entry.list >= 0
                                    ? List(block: entry.list, count: 1) : lists[Int(-1 - entry.list)])
                            break
                        }
                        slot = (slot + 1) & mask
                        entry = table[slot]
                    }
                }
            }
        }
    }

    /// Adds `item` under each of `keys` (distinct), as `append(_:under:)` of each does. The
    /// keys' first slots are read first, together, as `appendLists(under:to:)` does.
    mutating func append(_ item: Int32, underEach keys: [UInt64]) {
        // (Read in the table as it is: one that grows meanwhile is read again, as before.)
        let mask = table.count - 1
        touched = table.withUnsafeBufferPointer { table in
            var touched: UInt32 = 0
            guard !table.isEmpty else { return touched }
            for key in keys { touched ^= table[Self.home(Self.fold(key), mask: mask)].key }
            return touched
        }
        for key in keys { append(item, under: key) }
    }

    /// Calls `body` with every item of `list`, latest block first.
    func forEach(in list: List, _ body: (Int32) -> Void) {
        if list.count == 1 {
            body(list.block)
            return
        }
        var remaining = Int(list.count)
        var block = Int(list.block)
        storage.withUnsafeBufferPointer { storage in
            while remaining > 0 {
                let filled = remaining - (Self.blockCapacity(holdingItemsUpTo: remaining) - 1)
                for i in 0..<filled { body(storage[block + 1 + i]) }
                remaining -= filled
                block = Int(storage[block])
            }
        }
    }

    /// Frees the lists' and blocks' growth slack (see `ClaimGraph.releaseSlack`).
    mutating func releaseSlack() {
        HeapBytes.releaseSlack(&lists)
        HeapBytes.releaseSlack(&storage)
    }

    /// The key table's and the lists' and blocks' bytes.
    var memoryParts: (table: Int, storage: Int) {
        (HeapBytes.array(table), HeapBytes.array(lists) + HeapBytes.array(storage))
    }

    /// Whether every list's blocks lie inside the storage and every item is in `0..<limit`. A
    /// snapshot read from disk is checked once with this, so a damaged one is refused instead
    /// of trapping on a later walk.
    func isValid(itemsBelow limit: Int32) -> Bool {
        for entry in table where entry.list >= 0 && entry.list >= limit { return false }
        for list in lists {
            var remaining = Int(list.count)
            var block = Int(list.block)
            guard remaining > 1 else { return false }
            while remaining > 0 {
                let filled = remaining - (Self.blockCapacity(holdingItemsUpTo: remaining) - 1)
                guard filled > 0, block >= 0, block + filled < storage.count else { return false }
                for i in 0..<filled where storage[block + 1 + i] < 0 || storage[block + 1 + i] >= limit {
                    return false
                }
                remaining -= filled
                block = Int(storage[block])
            }
        }
        return true
    }
}

extension BlockPostings: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(keyCount))
        for entry in table where entry.list != Slot.empty {
            writer.write(entry.key)
            writer.write(entry.list)
        }
        var flat: [Int32] = []
        flat.reserveCapacity(2 * lists.count)
        for list in lists {
            flat.append(list.block)
            flat.append(list.count)
        }
        writer.write(integers: flat)
        writer.write(integers: storage)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let keys = try reader.readCount(minimumBytes: 8)
        var size = 64
        while 4 * keys > 3 * size { size <<= 1 }
        var table = Array(repeating: Slot(key: 0, list: Slot.empty), count: size)
        let mask = size - 1
        for _ in 0..<keys {
            let key = try reader.read(UInt32.self)
            let list = try reader.read(Int32.self)
            guard list != Slot.empty else { throw reader.invalid("posting list \(list)") }
            var slot = Self.home(key, mask: mask)
            while table[slot].list != Slot.empty {
                guard table[slot].key != key else { throw reader.invalid("posting key repeated") }
                slot = (slot + 1) & mask
            }
            table[slot] = Slot(key: key, list: list)
        }
        let flat = try reader.read(integers: Int32.self)
        guard flat.count % 2 == 0 else { throw reader.invalid("posting lists") }
        let lists = (0..<(flat.count / 2)).map { List(block: flat[2 * $0], count: flat[2 * $0 + 1]) }
        let storage = try reader.read(integers: Int32.self)
        // Every longer list is one slot's, and every slot's list is one of them.
        var referenced = [Bool](repeating: false, count: lists.count)
        for entry in table where entry.list < 0 && entry.list != Slot.empty {
            let index = Int(-1 - Int64(entry.list))
            guard index < lists.count, !referenced[index] else {
                throw reader.invalid("posting list \(entry.list)")
            }
            referenced[index] = true
        }
        guard !referenced.contains(false) else { throw reader.invalid("posting list without a key") }
        for list in lists where list.block < 0 || list.count <= 1 || list.block >= Int32(storage.count) {
            throw reader.invalid("posting block \(list.block)")
        }
        self.table = table
        self.keyCount = keys
        self.lists = lists
        self.storage = storage
    }
}
