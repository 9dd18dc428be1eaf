/// Union-find over dense indices with a circular member list per set and a "seed" per set
/// (the least member by a caller's order). Sets only ever merge, so connected components
/// built from symmetric, pairwise rules do not depend on the order pairs were seen in.
///
/// A root's parent slot holds its set's size, negated: no separate size array.
struct DisjointSets: Sendable {
    /// Parent of a member; for a root, minus its set's size.
    private var parent: [Int32] = []
    /// Next member in the set's circular list.
    private var next: [Int32] = []
    /// For roots: the seed member.
    private var seedOf: [Int32] = []

    var count: Int { parent.count }

    mutating func add() -> Int32 {
        let id = Int32(parent.count)
        parent.append(-1)
        next.append(id)
        seedOf.append(id)
        return id
    }

    mutating func find(_ x: Int32) -> Int32 {
        var root = x
        while parent[Int(root)] >= 0 { root = parent[Int(root)] }
        var node = x
        while node != root {
            let up = parent[Int(node)]
            parent[Int(node)] = root
            node = up
        }
        return root
    }

    /// The root without path compression, for read-only queries.
    func root(_ x: Int32) -> Int32 {
        var root = x
        while parent[Int(root)] >= 0 { root = parent[Int(root)] }
        return root
    }

    /// The parent slot of `x`, read as it is (for reading ahead: see `ClaimGraph.readAhead`).
    func parentEntry(_ x: Int32) -> Int32 { parent[Int(x)] }

    /// Joins the sets whose roots are `ra` and `rb` (distinct), keeping `seed` as the seed.
    /// Callers decide the seed themselves: a closure reading the owner while this set is
    /// being mutated would force a copy of the owner.
    mutating func union(roots ra: Int32, _ rb: Int32, seed: Int32) {
        var ra = ra
        var rb = rb
        // Sizes are stored negated: the larger set has the smaller slot.
        if parent[Int(ra)] > parent[Int(rb)] { swap(&ra, &rb) }
        parent[Int(ra)] += parent[Int(rb)]
        parent[Int(rb)] = ra
        seedOf[Int(ra)] = seed
        let nextA = next[Int(ra)]
        next[Int(ra)] = next[Int(rb)]
        next[Int(rb)] = nextA
    }

    func seed(ofRoot root: Int32) -> Int32 { seedOf[Int(root)] }

    func setSize(ofRoot root: Int32) -> Int { Int(-parent[Int(root)]) }

    /// Every member of the set containing `x`, unordered.
    func members(of x: Int32) -> [Int32] {
        var out: [Int32] = [x]
        var node = next[Int(x)]
        while node != x {
            out.append(node)
            node = next[Int(node)]
        }
        return out
    }

    /// Calls `body` with every member of the set containing `x`, `x` first, without
    /// gathering them into an array.
    func forEachMember(of x: Int32, _ body: (Int32) -> Void) {
        next.withUnsafeBufferPointer { next in
            var node = x
            repeat {
                body(node)
                node = next[Int(node)]
            } while node != x
        }
    }

    /// Whether at least `count` members of the set containing `x` satisfy `predicate`; stops
    /// as soon as they do.
    func hasMembers(of x: Int32, atLeast count: Int, where predicate: (Int32) -> Bool) -> Bool {
        guard count > 0 else { return true }
        var found = 0
        var node = x
        repeat {
            if predicate(node) {
                found += 1
                if found >= count { return true }
            }
            node = next[Int(node)]
        } while node != x
        return false
    }

    /// Frees the arrays' growth slack (see `ClaimGraph.releaseSlack`).
    mutating func releaseSlack() {
        HeapBytes.releaseSlack(&parent)
        HeapBytes.releaseSlack(&next)
        HeapBytes.releaseSlack(&seedOf)
    }

    var memoryBytes: Int { HeapBytes.array(parent) + HeapBytes.array(next) + HeapBytes.array(seedOf) }
}

extension DisjointSets: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(integers: parent)
        writer.write(integers: next)
        writer.write(integers: seedOf)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        parent = try reader.read(integers: Int32.self)
        next = try reader.read(integers: Int32.self)
        seedOf = try reader.read(integers: Int32.self)
        let count = Int32(parent.count)
        guard next.count == parent.count, seedOf.count == parent.count else {
            throw reader.invalid("disjoint sets of unequal arrays")
        }
        for i in 0..<parent.count
        where parent[i] >= count || next[i] < 0 || next[i] >= count || seedOf[i] < 0 || seedOf[i] >= count {
            throw reader.invalid("disjoint set member \(i)")
        }
    }
}
