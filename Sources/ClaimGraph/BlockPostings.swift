/// Lists of items under keys, each list kept in blocks of doubling size (1, 2, 4, ... items)
/// in one flat array: walking a long list reads a few contiguous runs instead of one scattered
/// node per item (`PostingChains`), for indexes whose long lists are walked again and again
/// (`SketchIndex`). A one-item list keeps its item in its table slot, no storage (most of the
/// sketch index's lists have one item: a minimum only copies and templated wording share); a
/// longer one costs at most about twice its items.
///
/// Keys are 64-bit (`SketchIndex.SlotKey.packed`), found through an open-addressing table
/// (linear probing, at most three quarters full) hashed by one multiplication: the index files
/// 32 keys an article, and a `Dictionary` hashing each with SipHash was most of its cost.
struct BlockPostings: Sendable {
    /// A key's latest block and how many items it holds; with one item, `block` is the item.
    struct List: Sendable {
        fileprivate(set) var block: Int32
        fileprivate(set) var count: Int32
    }

    /// A table slot: a key and its list; `list.count == 0` marks an empty slot.
    private struct Slot: Sendable {
        var key: UInt64
        var list: List
    }

    /// A power of two long, or empty.
    private var table: [Slot] = []
    private(set) var keyCount = 0
    /// Blocks: the start of the list's previous block (-1 for its first), then its items.
    private var storage: [Int32] = []

    /// The slot a key's probe starts at: the high bits of the key times an odd constant.
    private static func home(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
    }

    /// Adds `item` under `key`.
    mutating func append(_ item: Int32, under key: UInt64) {
        if 4 * (keyCount + 1) > 3 * table.count { grow() }
        let mask = table.count - 1
        var slot = Self.home(key, mask: mask)
        table.withUnsafeMutableBufferPointer { table in
            while table[slot].list.count != 0, table[slot].key != key { slot = (slot + 1) & mask }
            if table[slot].list.count == 0 {
                table[slot] = Slot(key: key, list: List(block: -1, count: 0))
                keyCount += 1
            }
            Self.push(item, onto: &table[slot].list, in: &storage)
        }
    }

    private mutating func grow() {
        let old = table
        table = Array(
            repeating: Slot(key: 0, list: List(block: -1, count: 0)), count: max(64, 2 * old.count))
        let mask = table.count - 1
        table.withUnsafeMutableBufferPointer { table in
            for entry in old where entry.list.count != 0 {
                var slot = Self.home(entry.key, mask: mask)
                while table[slot].list.count != 0 { slot = (slot + 1) & mask }
                table[slot] = entry
            }
        }
    }

    private static func push(_ item: Int32, onto list: inout List, in storage: inout [Int32]) {
        let count = Int(list.count)
        if count == 0 {
            list = List(block: item, count: 1)
            return
        }
        if count == 1 {
            // The item kept in the slot moves to the list's first block.
            let start = storage.count
            storage.append(-1)
            storage.append(list.block)
            list.block = Int32(start)
        }
        // The first k blocks hold 2^k - 1 items: a list of that many has every block full.
        if (count + 1) & count == 0 {
            let start = storage.count
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
        let mask = table.count - 1
        return table.withUnsafeBufferPointer { table in
            var slot = Self.home(key, mask: mask)
            while table[slot].list.count != 0 {
                if table[slot].key == key { return table[slot].list }
                slot = (slot + 1) & mask
            }
            return nil
        }
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

    var memoryBytes: Int { table.capacity * MemoryLayout<Slot>.stride + storage.capacity * 4 }
}

extension BlockPostings: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(keyCount))
        for entry in table where entry.list.count != 0 {
            writer.write(entry.key)
            writer.write(entry.list.block)
            writer.write(entry.list.count)
        }
        writer.write(integers: storage)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let keys = try reader.readCount(minimumBytes: 16)
        var lists: [(key: UInt64, list: List)] = []
        lists.reserveCapacity(keys)
        for _ in 0..<keys {
            let key = try reader.read(UInt64.self)
            lists.append((key, List(block: try reader.read(Int32.self), count: try reader.read(Int32.self))))
        }
        let storage = try reader.read(integers: Int32.self)
        for (_, list) in lists
        where list.block < 0 || list.count <= 0 || (list.count > 1 && list.block >= Int32(storage.count)) {
            throw reader.invalid("posting block \(list.block)")
        }
        var size = 64
        while 4 * keys > 3 * size { size <<= 1 }
        var table = Array(repeating: Slot(key: 0, list: List(block: -1, count: 0)), count: size)
        let mask = size - 1
        for (key, list) in lists {
            var slot = Self.home(key, mask: mask)
            while table[slot].list.count != 0 {
                guard table[slot].key != key else { throw reader.invalid("posting key repeated") }
                slot = (slot + 1) & mask
            }
            table[slot] = Slot(key: key, list: list)
        }
        self.table = table
        self.keyCount = keys
        self.storage = storage
    }
}
