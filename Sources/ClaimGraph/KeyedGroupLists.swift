/// Measure groups listed under keys (a subject's groups; a subject head's groups of one measure
/// bucket), in blocks of one flat array (`BlockStorage`), with where each key's latest block
/// starts in one table. An array per key grew by doubling among the inserted articles' texts:
/// thousands of small buffers, each growth leaving a freed chunk behind, kept heap pages
/// resident between them that `malloc_trim` could not return.
struct KeyedGroupLists<Key: Hashable & Sendable>: Sendable {
    /// Per key, where its latest block starts in `blocks`.
    private var latest: [Key: Int32] = [:]
    private var blocks = BlockStorage(growsByQuarters: true)

    /// Adds `group` to the list under `key`.
    mutating func append(_ group: Int32, to key: Key) {
        latest[key] = blocks.append(group, toListAt: latest[key] ?? -1)
    }

    /// The groups under `key` (none for a key never added to), read in place: the latest block
    /// first. Its readers gather sets: the order decides nothing.
    subscript(key: Key) -> BlockList { BlockList(storage: blocks.storage, block: latest[key] ?? -1) }

    /// The groups under `key` in the order they were added (for the snapshot).
    func groups(under key: Key) -> [Int32] { blocks.items(ofListAt: latest[key] ?? -1) }

    /// The keys with groups, in no particular order.
    var keys: Dictionary<Key, Int32>.Keys { latest.keys }

    /// Heap bytes of the table and the blocks at their capacity (`HeapBytes`).
    var memoryBytes: Int { HeapBytes.dictionary(latest) + blocks.memoryBytes }

    /// Moves the blocks to a buffer of their size (`ClaimGraph.releaseSlack`).
    mutating func releaseSlack() { blocks.releaseSlack() }
}

extension KeyedGroupLists: SnapshotCodable where Key: SnapshotCodable {
    /// As a `[Key: [Int32]]` of the lists in the order their groups were added: the number of
    /// keys, then each key and its list.
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(latest.count))
        for key in latest.keys {
            key.write(to: &writer)
            groups(under: key).write(to: &writer)
        }
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init()
        let count = try reader.readCount()
        latest.reserveCapacity(count)
        for _ in 0..<count {
            let key = try Key(reading: &reader)
            guard latest[key] == nil else { throw reader.invalid("group lists with repeated keys") }
            let groups = try [Int32](reading: &reader)
            // A key is only ever added with a group.
            guard !groups.isEmpty else { throw reader.invalid("a key without groups") }
            for group in groups { append(group, to: key) }
        }
    }
}
