/// Lists of items in blocks of one flat array: a list's items lie side by side in blocks of 2,
/// 4, 8 and then 16, each block `[previous block or -1, count << 8 | log2 capacity, items...]`
/// linked to the one filled before it. The storage `BlockChains` (lists under keys) and
/// `GroupMentions` (lists per measure group) keep their lists in; each keeps where its lists'
/// latest blocks start.
struct BlockStorage: Sendable {
    /// The blocks, read in place by the lists' owners.
    private(set) var storage: [Int32] = []
    /// Whether the array grows by a quarter once large (`HeapBytes.reserveRoom`), not by
    /// doubling.
    private let growsByQuarters: Bool

    /// log2 of the first block's capacity and of the largest.
    private static var firstShift: Int32 { 1 }
    private static var largestShift: Int32 { 4 }

    init(growsByQuarters: Bool) { self.growsByQuarters = growsByQuarters }

    /// Where the next new block will start.
    var end: Int32 { Int32(storage.count) }

    /// Adds `item` to the list whose latest block starts at `block` (-1: a new list, whose
    /// first block starts at `end`); returns where the list's latest block starts afterwards.
    mutating func append(_ item: Int32, toListAt block: Int32) -> Int32 {
        guard block >= 0 else { return newBlock(after: -1, shift: Self.firstShift, item: item) }
        let header = storage[Int(block) + 1]
        let count = header >> 8
        let shift = header & 0xff
        if count < 1 << shift {
            storage[Int(block) + 2 + Int(count)] = item
            storage[Int(block) + 1] = (count + 1) << 8 | shift
            return block
        }
        return newBlock(after: block, shift: min(shift + 1, Self.largestShift), item: item)
    }

    /// A new block holding `item`, linked to `previous`; where it starts.
    private mutating func newBlock(after previous: Int32, shift: Int32, item: Int32) -> Int32 {
        let start = Int32(storage.count)
        let capacity = 1 << Int(shift)
        if growsByQuarters { HeapBytes.reserveRoom(&storage, adding: 2 + capacity) }
        storage.append(previous)
        storage.append(1 << 8 | shift)
        storage.append(item)
        for _ in 1..<capacity { storage.append(-1) }
        return start
    }

    /// The items of the list whose latest block starts at `block`, in the order they were added.
    func items(ofListAt block: Int32) -> [Int32] {
        var blocks: [Int] = []
        var block = Int(block)
        while block >= 0 {
            blocks.append(block)
            block = Int(storage[block])
        }
        var items: [Int32] = []
        for block in blocks.reversed() {
            let count = Int(storage[block + 1] >> 8)
            items.append(contentsOf: storage[(block + 2)..<(block + 2 + count)])
        }
        return items
    }

    /// Heap bytes at the array's capacity (`HeapBytes`).
    var memoryBytes: Int { HeapBytes.array(storage) }

    /// Moves the array to a buffer of its size (`ClaimGraph.releaseSlack`).
    mutating func releaseSlack() { HeapBytes.releaseSlack(&storage) }
}

/// The items of one list of a `BlockStorage`, read in place: the latest block first, each
/// block's items in the order they were added.
struct BlockList: Sequence {
    let storage: [Int32]
    /// Where the list's latest block starts (-1: an empty list).
    let block: Int32

    struct Iterator: IteratorProtocol {
        fileprivate let storage: [Int32]
        fileprivate var block: Int
        fileprivate var index = 0

        mutating func next() -> Int32? {
            while block >= 0 {
                if index < Int(storage[block + 1] >> 8) {
                    index += 1
                    return storage[block + 1 + index]
                }
                block = Int(storage[block])
                index = 0
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(storage: storage, block: Int(block)) }
}
