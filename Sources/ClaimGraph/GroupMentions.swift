/// The mentions of each measure group (`MeasureGroup`), in blocks of one flat array: a group's
/// mentions lie side by side in blocks of 2, 4, 8 and then 16, each block linked to the one
/// filled before it. An array per group grew by doubling among the inserted articles' texts:
/// each growth left a small freed chunk behind, and the many small buffers and freed chunks
/// kept heap pages resident that `malloc_trim` could not return.
struct GroupMentions: Sendable {
    /// Per group, where its latest block starts in `blocks` (-1: none yet).
    private var latest: [Int32] = []
    private var blocks = BlockStorage(growsByQuarters: true)

    /// Number of groups held (each group 0 ..< count may hold none).
    var groupCount: Int { latest.count }

    /// Adds a group with no mentions; it is group `groupCount - 1` afterwards.
    mutating func addGroup() {
        HeapBytes.reserveRoom(&latest, adding: 1)
        latest.append(-1)
    }

    /// Adds `mention` to group `group` (a group added before).
    mutating func append(_ mention: Int32, toGroup group: Int32) {
        latest[Int(group)] = blocks.append(mention, toListAt: latest[Int(group)])
    }

    /// The mentions of group `group`: the latest block first, each block's mentions in the
    /// order they were added. (Its readers gather sets: the order decides nothing.)
    func list(_ group: Int32) -> GroupMentionList {
        BlockList(storage: blocks.storage, block: latest[Int(group)])
    }

    /// The mentions of group `group` in the order they were added (for the snapshot).
    func mentions(ofGroup group: Int32) -> [Int32] { blocks.items(ofListAt: latest[Int(group)]) }

    /// Heap bytes of both arrays at their capacity (`HeapBytes`).
    var memoryBytes: Int { HeapBytes.array(latest) + blocks.memoryBytes }

    /// Moves both arrays to buffers of their size (`ClaimGraph.releaseSlack`).
    mutating func releaseSlack() {
        HeapBytes.releaseSlack(&latest)
        blocks.releaseSlack()
    }
}

/// The mentions of one measure group, read in place from `GroupMentions` (see `list(_:)`).
typealias GroupMentionList = BlockList
