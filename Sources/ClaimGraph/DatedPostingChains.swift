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
