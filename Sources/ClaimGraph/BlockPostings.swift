/// Lists of items under keys, each list kept in blocks of doubling size (1, 2, 4, ... items)
/// in one flat array: walking a long list reads a few contiguous runs instead of one scattered
/// node per item (`PostingChains`), for indexes whose long lists are walked again and again
/// (`SketchIndex`). A one-item list costs 8 bytes of storage, as a chain node does; a long one
/// at most about twice its items.
struct BlockPostings<Key: Hashable & Sendable>: Sendable {
    /// A key's latest block and how many items it holds.
    struct List: Sendable {
        fileprivate(set) var block: Int32
        fileprivate(set) var count: Int32
    }

    private var heads: [Key: List] = [:]
    /// Blocks: the start of the list's previous block (-1 for its first), then its items.
    private var storage: [Int32] = []

    /// Adds `item` under `key`.
    mutating func append(_ item: Int32, under key: Key) {
        Self.push(item, onto: &heads[key, default: List(block: -1, count: 0)], in: &storage)
    }

    private static func push(_ item: Int32, onto list: inout List, in storage: inout [Int32]) {
        let count = Int(list.count)
        // The first k blocks hold 2^k - 1 items: a list of that many has every block full.
        if (count + 1) & count == 0 {
            let start = storage.count
            storage.append(list.block)
            storage.append(contentsOf: repeatElement(-1, count: count + 1))
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
    func list(under key: Key) -> List? { heads[key] }

    /// Calls `body` with every item of `list`, latest block first.
    func forEach(in list: List, _ body: (Int32) -> Void) {
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

    var keyCount: Int { heads.count }

    var memoryBytes: Int { heads.capacity * (MemoryLayout<Key>.stride + 8 + 1) + storage.capacity * 4 }
}

extension BlockPostings: SnapshotCodable where Key: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(heads.count))
        for (key, list) in heads {
            key.write(to: &writer)
            writer.write(list.block)
            writer.write(list.count)
        }
        writer.write(integers: storage)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let keys = try reader.readCount(minimumBytes: 8)
        var heads = [Key: List](minimumCapacity: keys)
        for _ in 0..<keys {
            let key = try Key(reading: &reader)
            heads[key] = List(block: try reader.read(Int32.self), count: try reader.read(Int32.self))
        }
        let storage = try reader.read(integers: Int32.self)
        for list in heads.values where list.block < -1 || list.block >= Int32(storage.count) || list.count < 0
        {
            throw reader.invalid("posting block \(list.block)")
        }
        self.heads = heads
        self.storage = storage
    }
}
