/// `PostingChains` whose nodes also carry a day: a walk skips the items of other days
/// without reading them. For an index whose rule only joins items a few days apart (precise
/// figures by subject and value cell), at 4 bytes a node. Keys that include a span of days
/// keep the walks short: a chain then holds only the items of that span.
struct DatedPostingChains<Key: ChainKey>: Sendable {
    private struct Node: Sendable {
        var item: Int32
        var next: Int32
        var day: Int32
    }

    private var heads = ChainHeads<Key>()
    private var nodes: [Node] = []

    /// Adds `item`, of `day`, under `key`.
    mutating func append(_ item: Int32, day: Int32, under key: Key) {
        let node = Int32(nodes.count)
        // One probe for read and write: the head moves to the new node.
        let next = heads.replaceHead(of: key, with: node)
        nodes.append(Node(item: item, next: next, day: day))
    }

    /// Calls `body` with every item under `key` whose day is in `days`, latest first.
    func forEach(under key: Key, days: ClosedRange<Int32>, _ body: (Int32) -> Void) {
        guard var node = heads.head(of: key) else { return }
        nodes.withUnsafeBufferPointer { nodes in
            while node >= 0 {
                if days.contains(nodes[Int(node)].day) { body(nodes[Int(node)].item) }
                node = nodes[Int(node)].next
            }
        }
    }

    var keyCount: Int { heads.count }

    var memoryBytes: Int { heads.memoryBytes + nodes.capacity * 12 }
}

extension DatedPostingChains: SnapshotCodable where Key: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        heads.write(to: &writer)
        var flat: [Int32] = []
        flat.reserveCapacity(3 * nodes.count)
        for node in nodes {
            flat.append(node.item)
            flat.append(node.next)
            flat.append(node.day)
        }
        writer.write(integers: flat)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let heads = try ChainHeads<Key>(reading: &reader)
        let flat = try reader.read(integers: Int32.self)
        guard flat.count % 3 == 0 else { throw reader.invalid("dated posting chain nodes") }
        let nodeCount = flat.count / 3
        let nodes = [Node](unsafeUninitializedCapacity: nodeCount) { buffer, initialized in
            for i in 0..<nodeCount {
                buffer[i] = Node(item: flat[3 * i], next: flat[3 * i + 1], day: flat[3 * i + 2])
            }
            initialized = nodeCount
        }
        try heads.checkChains(
            links: nodes.lazy.map(\.next), nodeCount: nodeCount, reader, what: "dated posting chain")
        self.heads = heads
        self.nodes = nodes
    }
}
