/// Lists of items under keys, kept as chains through one flat array: one 8-byte node per
/// (key, item) and one dictionary slot per key, instead of a heap array per key. Most keys of
/// the graph's indexes hold one or two items, where an array apiece costs far more than its
/// contents.
struct PostingChains<Key: Hashable & Sendable>: Sendable {
    private struct Node: Sendable {
        var item: Int32
        var next: Int32
    }

    /// A key's latest node and how many items it holds.
    struct Chain: Sendable {
        fileprivate(set) var first: Int32
        fileprivate(set) var count: Int32
    }

    private var heads: [Key: Chain] = [:]
    private var nodes: [Node] = []

    /// Adds `item` under `key`.
    mutating func append(_ item: Int32, under key: Key) {
        let node = Int32(nodes.count)
        // One hash lookup for read and write: the head moves to the new node.
        let next = Self.push(node, onto: &heads[key, default: Chain(first: -1, count: 0)])
        nodes.append(Node(item: item, next: next))
    }

    private static func push(_ node: Int32, onto chain: inout Chain) -> Int32 {
        let next = chain.first
        chain.first = node
        chain.count += 1
        return next
    }

    /// The chain under `key`, if any item is: its length, and where `forEach(in:)` starts.
    func chain(under key: Key) -> Chain? { heads[key] }

    /// Calls `body` with every item under `key`, latest first.
    func forEach(under key: Key, _ body: (Int32) -> Void) {
        guard let chain = heads[key] else { return }
        forEach(in: chain, body)
    }

    /// Calls `body` with every item of `chain`, latest first.
    func forEach(in chain: Chain, _ body: (Int32) -> Void) {
        var node = chain.first
        nodes.withUnsafeBufferPointer { nodes in
            while node >= 0 {
                body(nodes[Int(node)].item)
                node = nodes[Int(node)].next
            }
        }
    }

    var keyCount: Int { heads.count }

    var memoryBytes: Int { heads.capacity * (MemoryLayout<Key>.stride + 8 + 1) + nodes.capacity * 8 }
}

extension PostingChains: SnapshotCodable where Key: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(heads.count))
        for (key, chain) in heads {
            key.write(to: &writer)
            writer.write(chain.first)
            writer.write(chain.count)
        }
        var flat: [Int32] = []
        flat.reserveCapacity(2 * nodes.count)
        for node in nodes {
            flat.append(node.item)
            flat.append(node.next)
        }
        writer.write(integers: flat)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let keys = try reader.readCount(minimumBytes: 8)
        var heads = [Key: Chain](minimumCapacity: keys)
        for _ in 0..<keys {
            let key = try Key(reading: &reader)
            heads[key] = Chain(first: try reader.read(Int32.self), count: try reader.read(Int32.self))
        }
        let flat = try reader.read(integers: Int32.self)
        guard flat.count % 2 == 0 else { throw reader.invalid("posting chain nodes") }
        let nodeCount = flat.count / 2
        let nodes = [Node](unsafeUninitializedCapacity: nodeCount) { buffer, initialized in
            for i in 0..<nodeCount { buffer[i] = Node(item: flat[2 * i], next: flat[2 * i + 1]) }
            initialized = nodeCount
        }
        // Every link stays inside the nodes: a walk never reads past them.
        for node in nodes where node.next < -1 || node.next >= Int32(nodeCount) {
            throw reader.invalid("posting chain link \(node.next)")
        }
        for chain in heads.values where chain.first < -1 || chain.first >= Int32(nodeCount) {
            throw reader.invalid("posting chain head \(chain.first)")
        }
        self.heads = heads
        self.nodes = nodes
    }
}
