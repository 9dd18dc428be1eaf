/// `PostingChains` whose nodes also carry a day: a walk skips the items of other days
/// without reading them. For an index whose rule only joins items a few days apart (precise
/// figures by subject and value cell), at 4 bytes a node. Keys that include a span of days
/// keep the walks short: a chain then holds only the items of that span.
///
/// The heads are kept in one table per span of days (`ChainKey.span`), not in one table of
/// every key: a lookup reads a table of its span's keys only. Articles arrive roughly in the
/// order they were published, so the tables of the spans being linked stay in the cache,
/// where at 100,000 articles one table of every key was far larger than it and nearly every
/// lookup missed (the figure index is looked up about 8 times a mention).
struct DatedPostingChains<Key: ChainKey>: Sendable {
    private struct Node: Sendable {
        var item: Int32
        var next: Int32
        var day: Int32
    }

    /// Per span, its table's place in `tables`.
    private var spans = ChainHeads<Int32>()
    private var tables: [ChainHeads<Key>] = []
    private var nodes: [Node] = []

    /// Adds `item`, of `day`, under `key`.
    mutating func append(_ item: Int32, day: Int32, under key: Key) {
        let node = Int32(nodes.count)
        let table = tableIndex(forSpan: key.span)
        // One probe for read and write: the head moves to the new node.
        let next = tables[table].replaceHead(of: key, with: node)
        nodes.append(Node(item: item, next: next, day: day))
    }

    /// The place of `span`'s table in `tables`, added when new.
    private mutating func tableIndex(forSpan span: Int32) -> Int {
        if let known = spans.head(of: span) { return Int(known) }
        _ = spans.replaceHead(of: span, with: Int32(tables.count))
        tables.append(ChainHeads())
        return tables.count - 1
    }

    /// Calls `body` with every item under `key` whose day is in `days`, latest first.
    func forEach(under key: Key, days: ClosedRange<Int32>, _ body: (Int32) -> Void) {
        forEach(inTable: table(ofSpan: key.span), under: key, days: days, body)
    }

    /// Where the keys of `span` are kept, for `forEach(inTable:under:days:_:)`: a caller looking
    /// up many keys of one span finds their table once. Nil when nothing was filed in it.
    func table(ofSpan span: Int32) -> Int32? { spans.head(of: span) }

    /// `forEach(under:days:_:)` for a key of the span whose table is `table` (`table(ofSpan:)`).
    func forEach(inTable table: Int32?, under key: Key, days: ClosedRange<Int32>, _ body: (Int32) -> Void) {
        guard let table, var node = tables.withUnsafeBufferPointer({ $0[Int(table)].head(of: key) })
        else { return }
        nodes.withUnsafeBufferPointer { nodes in
            while node >= 0 {
                if days.contains(nodes[Int(node)].day) { body(nodes[Int(node)].item) }
                node = nodes[Int(node)].next
            }
        }
    }

    var keyCount: Int { tables.reduce(0) { $0 + $1.count } }

    /// Frees the nodes' growth slack (see `ClaimGraph.releaseSlack`).
    mutating func releaseSlack() { HeapBytes.releaseSlack(&nodes) }

    var memoryBytes: Int {
        spans.memoryBytes
            + tables.reduce(HeapBytes.array(tables)) { $0 + $1.memoryBytes } + HeapBytes.array(nodes)
    }
}

extension DatedPostingChains: SnapshotCodable where Key: SnapshotCodable {
    /// As one `ChainHeads` of every key (the tables follow from the keys' spans), then the nodes.
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(keyCount))
        for table in tables {
            table.forEachHead { key, head in
                key.write(to: &writer)
                writer.write(head)
            }
        }
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
        self.init()
        let keys = try reader.readCount(minimumBytes: 4)
        var heads: [Int32] = []
        for _ in 0..<keys {
            let key = try Key(reading: &reader)
            let head = try reader.read(Int32.self)
            let table = tableIndex(forSpan: key.span)
            guard head >= 0, tables[table].replaceHead(of: key, with: head) == -1 else {
                throw reader.invalid("dated posting key repeated or without a head")
            }
            heads.append(head)
        }
        let flat = try reader.read(integers: Int32.self)
        guard flat.count % 3 == 0 else { throw reader.invalid("dated posting chain nodes") }
        let nodeCount = flat.count / 3
        let nodes = [Node](unsafeUninitializedCapacity: nodeCount) { buffer, initialized in
            for i in 0..<nodeCount {
                buffer[i] = Node(item: flat[3 * i], next: flat[3 * i + 1], day: flat[3 * i + 2])
            }
            initialized = nodeCount
        }
        // A walk never reads outside the nodes: every link and head points at one (or ends).
        for node in nodes where node.next < -1 || node.next >= Int32(nodeCount) {
            throw reader.invalid("dated posting chain link \(node.next)")
        }
        for head in heads where head >= Int32(nodeCount) {
            throw reader.invalid("dated posting chain head \(head)")
        }
        self.nodes = nodes
    }
}
