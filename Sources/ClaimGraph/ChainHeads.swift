import CacheHints

/// A key of the graph's posting indexes: a few small integers, hashed by a cheap mixer of
/// their bits (`Dictionary` spends most of a lookup on SipHash for such keys). The mixer need
/// not resist chosen collisions: the integers are intern and day numbers the graph assigns.
protocol ChainKey: Equatable, Sendable {
    /// The key a vacant slot holds; any value will do (slots are told vacant by their head).
    static var vacant: Self { get }
    /// The key's bits, well mixed: the table uses the high ones.
    var chainHash: UInt64 { get }
    /// Slots past the hash's own where the key's probe starts: keys differing only in a small
    /// field looked up together (a figure's adjacent value cells) then share cache lines.
    var chainOffset: Int { get }
    /// The span of days the key's items fall in, for an index that keeps a table per span
    /// (`DatedPostingChains`); 0 for keys without one.
    var span: Int32 { get }
}

extension ChainKey {
    var chainOffset: Int { 0 }
    var span: Int32 { 0 }

    /// SplitMix64's finaliser: every input bit moves about half the output bits.
    static func mix(_ bits: UInt64) -> UInt64 {
        var z = bits &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Two 32-bit words as one 64-bit value.
    static func pair(_ high: Int32, _ low: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: high)) << 32 | UInt64(UInt32(bitPattern: low))
    }
}

extension UInt64: ChainKey {
    static var vacant: UInt64 { 0 }
    var chainHash: UInt64 { Self.mix(self) }
}

extension Int32: ChainKey {
    static var vacant: Int32 { 0 }
    var chainHash: UInt64 { Self.mix(UInt64(UInt32(bitPattern: self))) }
}

/// The latest node of each key's posting chain: an open-addressing table (the key inline beside
/// its head), so a lookup reads one slot, usually one cache line, and hashes with a few
/// multiplies. Keys are only ever added; a head only ever moves to a newer node.
///
/// Probes step 1, 2, 3... slots past the start (triangular numbers: every slot of a power-of-two
/// table is reached). The first steps stay within a cache line or two, but a probe leaves a run
/// of occupied slots soon: with keys whose offsets put neighbours in adjacent slots, linear
/// probing walked long runs on every lookup of an absent key, which most lookups of the figure
/// index are.
struct ChainHeads<Key: ChainKey>: Sendable {
    private struct Slot: Sendable {
        var key: Key
        /// The key's latest node; -1 for a vacant slot.
        var head: Int32
    }

    private var slots: [Slot] = []
    /// Keys held.
    private(set) var count = 0
    /// log2 of the slot count, once there are slots.
    private var shift = 64

    /// The latest node under `key`, or nil when nothing is filed under it.
    func head(of key: Key) -> Int32? {
        guard count > 0 else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.start(of: key, shift: shift, mask: mask)
            var step = 0
            while true {
                let slot = slots[index]
                if slot.head < 0 { return nil }
                if slot.key == key { return slot.head }
                step &+= 1
                index = (index &+ step) & mask
            }
        }
    }

    /// The head held in the slot a probe for `key` starts at, whatever key it is: for reading
    /// the slots of a few keys together ahead of their look-ups (`PostingChains.readAhead`).
    func firstSlotHead(of key: Key) -> Int32 {
        guard count > 0 else { return -1 }
        return slots.withUnsafeBufferPointer { slots in
            slots[Self.start(of: key, shift: shift, mask: slots.count - 1)].head
        }
    }

    /// Starts loading the slot a probe for `key` starts at (`cache_hint_read`): for the slots
    /// of many keys, ahead of their look-ups. Changes nothing.
    func prefetchSlot(of key: Key) {
        guard count > 0 else { return }
        slots.withUnsafeBufferPointer { slots in
            guard let first = slots.baseAddress else { return }
            cache_hint_read(first + Self.start(of: key, shift: shift, mask: slots.count - 1))
        }
    }

    /// Makes `node` the head under `key`; returns the previous head, or -1 for a new key.
    mutating func replaceHead(of key: Key, with node: Int32) -> Int32 {
        let (index, previous) = claimSlot(of: key, node: node)
        if previous >= 0 { slots[index].head = node }
        return previous
    }

    /// The head under `key`; when it has none, makes `node` its head and returns nil. One
    /// probe where a lookup then an insert took two.
    mutating func head(of key: Key, insertingIfAbsent node: Int32) -> Int32? {
        let previous = claimSlot(of: key, node: node).head
        return previous >= 0 ? previous : nil
    }

    /// The slot of `key` and its head; a new key gets a vacant slot with `node` as its head,
    /// and head -1 is returned.
    private mutating func claimSlot(of key: Key, node: Int32) -> (index: Int, head: Int32) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let shift = self.shift
        let found = slots.withUnsafeMutableBufferPointer { slots -> (index: Int, head: Int32) in
            let mask = slots.count - 1
            var index = Self.start(of: key, shift: shift, mask: mask)
            var step = 0
            while true {
                if slots[index].head < 0 {
                    slots[index] = Slot(key: key, head: node)
                    return (index, -1)
                }
                if slots[index].key == key { return (index, slots[index].head) }
                step &+= 1
                index = (index &+ step) & mask
            }
        }
        if found.head < 0 { count += 1 }
        return found
    }

    /// The slot a probe for `key` starts at: the high bits of its hash, plus its offset.
    private static func start(of key: Key, shift: Int, mask: Int) -> Int {
        (Int(truncatingIfNeeded: key.chainHash >> UInt64(shift)) &+ key.chainOffset) & mask
    }

    /// Calls `body` with every key and its head, in no particular order.
    func forEachHead(_ body: (Key, Int32) -> Void) {
        for slot in slots where slot.head >= 0 { body(slot.key, slot.head) }
    }

    private mutating func grow() {
        let old = slots
        let capacity = Swift.max(16, old.count * 2)
        slots = Array(repeating: Slot(key: .vacant, head: -1), count: capacity)
        shift = 64 - capacity.trailingZeroBitCount
        count = 0
        for slot in old where slot.head >= 0 { _ = replaceHead(of: slot.key, with: slot.head) }
    }

    var memoryBytes: Int { HeapBytes.array(slots) }
}

extension ChainHeads: SnapshotCodable where Key: SnapshotCodable {
    /// The keys and heads, not the table: read back, each is placed again (a probe apiece).
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(count))
        forEachHead { key, head in
            key.write(to: &writer)
            writer.write(head)
        }
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init()
        let keys = try reader.readCount(minimumBytes: 4)
        // Sized once: no growth while placing them.
        var capacity = 16
        while (keys + 1) * 4 > capacity * 3 { capacity *= 2 }
        if keys > 0 {
            slots = Array(repeating: Slot(key: .vacant, head: -1), count: capacity)
            shift = 64 - capacity.trailingZeroBitCount
        }
        for _ in 0..<keys {
            let key = try Key(reading: &reader)
            let head = try reader.read(Int32.self)
            guard head >= 0, replaceHead(of: key, with: head) == -1 else {
                throw reader.invalid("posting key repeated or without a head")
            }
        }
    }

    /// Whether every head is a node below `count`.
    private func allHeads(below count: Int32) -> Bool {
        slots.allSatisfy { $0.head < count }
    }

    /// Refuses chains of `nodeCount` nodes whose links (`next`, -1 ends a chain) or heads point
    /// past them: a walk never reads outside the nodes. `what` names the chains in the error.
    func checkChains(
        links: some Sequence<Int32>, nodeCount: Int, _ reader: SnapshotReader, what: String
    ) throws(GraphSnapshotError) {
        for next in links where next < -1 || next >= Int32(nodeCount) {
            throw reader.invalid("\(what) link \(next)")
        }
        guard allHeads(below: Int32(nodeCount)) else { throw reader.invalid("\(what) head") }
    }
}
