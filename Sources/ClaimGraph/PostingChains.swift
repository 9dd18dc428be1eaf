/// Lists of items under keys, kept as chains through one flat array: one 8-byte node per
/// (key, item) and one table slot per key (`ChainHeads`), instead of a heap array per key.
/// Most keys of the graph's indexes hold one or two items, where an array apiece costs far
/// more than its contents.
struct PostingChains<Key: ChainKey>: Sendable {
    private struct Node: Sendable {
        var item: Int32
        var next: Int32
    }

    private var heads = ChainHeads<Key>()
    private var nodes: [Node] = []

    /// Adds `item` under `key`.
    mutating func append(_ item: Int32, under key: Key) {
        let node = Int32(nodes.count)
        // One probe for read and write: the head moves to the new node.
        let next = heads.replaceHead(of: key, with: node)
        nodes.append(Node(item: item, next: next))
    }

    /// Calls `body` with every item under `key`, latest first.
    func forEach(under key: Key, _ body: (Int32) -> Void) {
        guard var node = heads.head(of: key) else { return }
        nodes.withUnsafeBufferPointer { nodes in
            while node >= 0 {
                body(nodes[Int(node)].item)
                node = nodes[Int(node)].next
            }
        }
    }

    /// Reads the table slot a look-up of `key` starts at and returns what it holds (no
    /// meaning): a caller about to look up a few keys reads all their slots first, so their
    /// cache misses overlap instead of coming one look-up at a time.
    func readAhead(under key: Key) -> Int32 { heads.firstSlotHead(of: key) }

    var keyCount: Int { heads.count }

    var memoryBytes: Int { heads.memoryBytes + HeapBytes.array(nodes) }

    /// Frees the nodes' growth slack (see `ClaimGraph.releaseSlack`).
    mutating func releaseSlack() { HeapBytes.releaseSlack(&nodes) }
}

extension PostingChains: SnapshotCodable where Key: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        heads.write(to: &writer)
        var flat: [Int32] = []
        flat.reserveCapacity(2 * nodes.count)
        for node in nodes {
            flat.append(node.item)
            flat.append(node.next)
        }
        writer.write(integers: flat)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let heads = try ChainHeads<Key>(reading: &reader)
        let flat = try reader.read(integers: Int32.self)
        guard flat.count % 2 == 0 else { throw reader.invalid("posting chain nodes") }
        let nodeCount = flat.count / 2
        let nodes = [Node](unsafeUninitializedCapacity: nodeCount) { buffer, initialized in
            for i in 0..<nodeCount { buffer[i] = Node(item: flat[2 * i], next: flat[2 * i + 1]) }
            initialized = nodeCount
        }
        try heads.checkChains(
            links: nodes.lazy.map(\.next), nodeCount: nodeCount, reader, what: "posting chain")
        self.heads = heads
        self.nodes = nodes
    }
}
