/// The mentions of each measure group (`MeasureGroup`), in blocks of one flat array: a group's
/// mentions lie side by side in blocks of 2, 4, 8 and then 16, each block linked to the one
/// filled before it. An array per group grew by doubling among the inserted articles' texts:
/// each growth left a small freed chunk behind, and the many small buffers and freed chunks
/// kept heap pages resident that `malloc_trim` could not return.
struct GroupMentions: Sendable {
    /// Per group, where its latest block starts in `storage` (-1: none yet).
    private var latest: [Int32] = []
    /// Blocks, each `[previous block or -1, count << 8 | log2 capacity, mentions...]`.
    private var storage: [Int32] = []

    /// log2 of the first block's capacity and of the largest.
    private static var firstShift: Int32 { 1 }
    private static var largestShift: Int32 { 4 }

    /// Number of groups held (each group 0 ..< count may hold none).
    var groupCount: Int { latest.count }

    /// Adds a group with no mentions; it is group `groupCount - 1` afterwards.
    mutating func addGroup() {
        HeapBytes.reserveRoom(&latest, adding: 1)
        latest.append(-1)
    }

    /// Adds `mention` to group `group` (a group added before).
    mutating func append(_ mention: Int32, toGroup group: Int32) {
        let block = latest[Int(group)]
        guard block >= 0 else {
            latest[Int(group)] = newBlock(after: -1, shift: Self.firstShift, mention: mention)
            return
        }
        let header = storage[Int(block) + 1]
        let count = header >> 8
        let shift = header & 0xff
        if count < 1 << shift {
            storage[Int(block) + 2 + Int(count)] = mention
            storage[Int(block) + 1] = (count + 1) << 8 | shift
            return
        }
        latest[Int(group)] = newBlock(
            after: block, shift: min(shift + 1, Self.largestShift), mention: mention)
    }

    private mutating func newBlock(after previous: Int32, shift: Int32, mention: Int32) -> Int32 {
        let start = Int32(storage.count)
        let capacity = 1 << Int(shift)
        HeapBytes.reserveRoom(&storage, adding: 2 + capacity)
        storage.append(previous)
        storage.append(1 << 8 | shift)
        storage.append(mention)
        for _ in 1..<capacity { storage.append(-1) }
        return start
    }

    /// The mentions of group `group`: the latest block first, each block's mentions in the
    /// order they were added. (Its readers gather sets: the order decides nothing.)
    func list(_ group: Int32) -> GroupMentionList {
        GroupMentionList(storage: storage, block: latest[Int(group)])
    }

    /// The mentions of group `group` in the order they were added (for the snapshot).
    func mentions(ofGroup group: Int32) -> [Int32] {
        var blocks: [Int] = []
        var block = Int(latest[Int(group)])
        while block >= 0 {
            blocks.append(block)
            block = Int(storage[block])
        }
        var mentions: [Int32] = []
        for block in blocks.reversed() {
            let count = Int(storage[block + 1] >> 8)
            mentions.append(contentsOf: storage[(block + 2)..<(block + 2 + count)])
        }
        return mentions
    }

    /// Heap bytes of both arrays at their capacity (`HeapBytes`).
    var memoryBytes: Int { HeapBytes.array(latest) + HeapBytes.array(storage) }

    /// Moves both arrays to buffers of their size (`ClaimGraph.releaseSlack`).
    mutating func releaseSlack() {
        HeapBytes.releaseSlack(&latest)
        HeapBytes.releaseSlack(&storage)
    }
}

/// The mentions of one measure group, read in place from `GroupMentions` (see `list(_:)`).
struct GroupMentionList: Sequence {
    fileprivate let storage: [Int32]
    fileprivate let block: Int32

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
