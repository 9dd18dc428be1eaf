import CacheHints

/// Lists of items under keys, each kept as a chain of blocks in one flat array: a key's items
/// lie side by side, in blocks of 2, 4, 8 and then 16 items, each block linked to the one
/// filled before it. For the value index, whose every walk was a chain of 8-byte nodes, one
/// per item and each in a different cache line (items of one key are filed days apart): a
/// walk now reads a block's items from one or two lines, not a line per item.
///
/// Items are visited latest first, as `PostingChains` visits them; the snapshot holds them in
/// `PostingChains`' layout (a node per item, each linked to the one before it), so a snapshot
/// reads back either way.
struct BlockChains<Key: ChainKey>: Sendable {
    /// Per key, where its latest block starts in `blocks`.
    private var heads = ChainHeads<Key>()
    private var blocks = BlockStorage(growsByQuarters: false)
    /// Items held under every key.
    private(set) var itemCount = 0

    /// Adds `item` under `key`.
    mutating func append(_ item: Int32, under key: Key) {
        itemCount += 1
        // A new key's block starts where the storage ends.
        guard let block = heads.head(of: key, insertingIfAbsent: blocks.end) else {
            _ = blocks.append(item, toListAt: -1)
            return
        }
        let latest = blocks.append(item, toListAt: block)
        if latest != block { _ = heads.replaceHead(of: key, with: latest) }
    }

    /// Calls `body` with every item under `key`, latest first.
    func forEach(under key: Key, _ body: (Int32) -> Void) {
        guard var block = heads.head(of: key) else { return }
        blocks.storage.withUnsafeBufferPointer { storage in
            while block >= 0 {
                let first = Int(block) + 2
                var i = first + Int(storage[Int(block) + 1] >> 8)
                while i > first {
                    i -= 1
                    body(storage[i])
                }
                block = storage[Int(block)]
            }
        }
    }

    /// Starts loading the table slots look-ups of `keys` start at, then (once those have
    /// arrived) the latest blocks their heads point at (`cache_hint_read`): a caller about to
    /// look up keys one after another calls this first, so their cache misses overlap. (A slot
    /// may hold another key: its block is loaded for nothing.) Changes nothing.
    func prefetch(under keys: ArraySlice<Key>) {
        guard !keys.isEmpty else { return }
        for key in keys { heads.prefetchSlot(of: key) }
        blocks.storage.withUnsafeBufferPointer { storage in
            guard let first = storage.baseAddress else { return }
            for key in keys {
                let head = heads.firstSlotHead(of: key)
                if head >= 0, Int(head) + 1 < storage.count { cache_hint_read(first + Int(head) + 1) }
            }
        }
    }

    var keyCount: Int { heads.count }

    var memoryBytes: Int { heads.memoryBytes + blocks.memoryBytes }

    /// Frees the storage's growth slack (see `ClaimGraph.releaseSlack`).
    mutating func releaseSlack() { blocks.releaseSlack() }
}

extension BlockChains: SnapshotCodable where Key: SnapshotCodable {
    /// As `PostingChains` writes itself: the keys with their latest node, then the nodes
    /// (item, previous node or -1), each key's in the order they were filed.
    func write(to writer: inout SnapshotWriter) {
        var flat: [Int32] = []
        flat.reserveCapacity(2 * itemCount)
        var latest: [(key: Key, node: Int32)] = []
        latest.reserveCapacity(heads.count)
        var items: [Int32] = []
        heads.forEachHead { key, _ in
            items.removeAll(keepingCapacity: true)
            forEach(under: key) { items.append($0) }
            var previous: Int32 = -1
            for item in items.reversed() {
                let node = Int32(flat.count / 2)
                flat.append(item)
                flat.append(previous)
                previous = node
            }
            latest.append((key, previous))
        }
        writer.write(UInt64(latest.count))
        for (key, node) in latest {
            key.write(to: &writer)
            writer.write(node)
        }
        writer.write(integers: flat)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init()
        let keys = try reader.readCount(minimumBytes: 4)
        var latest: [(key: Key, node: Int32)] = []
        for _ in 0..<keys {
            let key = try Key(reading: &reader)
            latest.append((key, try reader.read(Int32.self)))
        }
        let flat = try reader.read(integers: Int32.self)
        guard flat.count % 2 == 0 else { throw reader.invalid("posting chain nodes") }
        let nodeCount = Int32(flat.count / 2)
        // Every link points at an earlier node (or ends): a walk ends, and within the nodes.
        for node in 0..<Int(nodeCount) where flat[2 * node + 1] < -1 || flat[2 * node + 1] >= Int32(node) {
            throw reader.invalid("posting chain link \(flat[2 * node + 1])")
        }
        var items: [Int32] = []
        var read = 0
        for (key, head) in latest {
            guard head >= 0, head < nodeCount, self.heads.head(of: key) == nil else {
                throw reader.invalid("posting key repeated or without a head")
            }
            items.removeAll(keepingCapacity: true)
            var node = head
            while node >= 0 {
                // Chains sharing nodes would read more items than there are nodes: refused.
                read += 1
                guard read <= nodeCount else { throw reader.invalid("posting chains share nodes") }
                items.append(flat[2 * Int(node)])
                node = flat[2 * Int(node) + 1]
            }
            for item in items.reversed() { append(item, under: key) }
        }
        // Read at its size, as a snapshot restore reads every array.
        releaseSlack()
    }
}
