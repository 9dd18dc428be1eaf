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

    var keyCount: Int { heads.count }

    var memoryBytes: Int { heads.memoryBytes + nodes.capacity * 8 }
}
