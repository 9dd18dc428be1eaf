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
