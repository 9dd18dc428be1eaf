/// Buffers `ClaimGraph.insert` and its story and copy linking fill and empty for every article,
/// kept between inserts so an article costs no temporary arrays, sets or dictionaries (their
/// allocation and hashing were a good part of a merge). Nothing is left in them between calls:
/// they are never part of a snapshot.
///
/// A step takes the scratch out of the graph (`ClaimGraph.takeScratch`) and puts it back when
/// done: reading the graph while writing into one of its own buffers would make the compiler
/// copy the graph.
struct InsertScratch: Sendable {
    /// Measure groups of the article's main-passage mentions, distinct.
    var mainGroups: [Int32] = []
    /// Subject keys of the article's main-passage mentions, with how many state each.
    var subjectWeights: [(key: Int32, weight: Float)] = []
    /// Clustering entities with their weights, ranked.
    var entityWeights: [(key: Int32, weight: Float)] = []
    /// Interned key terms.
    var terms: [Int32] = []
    /// Story or copy candidates, sorted and made distinct before they are examined.
    var candidates: [Int32] = []
    /// Articles the sketch index reports.
    var found: [Int32] = []
    /// The indexed entities and terms of the article (`ClaimGraph.storyTokens`).
    var tokens: [Int32] = []
    /// Distinct heads of the leading entities.
    var namingHeads: [Int32] = []
    /// Days of the story window that some article was filed on.
    var days: [Int32] = []
    /// What reading ahead read (`ClaimGraph.linkSyndication`), kept so the reads are made: no
    /// meaning.
    var readAhead: Int32 = 0

    /// Empties every buffer, keeping their storage.
    var memoryBytes: Int {
        HeapBytes.array(mainGroups) + HeapBytes.array(subjectWeights) + HeapBytes.array(entityWeights)
            + HeapBytes.array(terms) + HeapBytes.array(candidates)
            + HeapBytes.array(found) + HeapBytes.array(tokens) + HeapBytes.array(namingHeads)
            + HeapBytes.array(days)
    }

    mutating func clear() {
        mainGroups.clearKeepingCapacity()
        subjectWeights.clearKeepingCapacity()
        entityWeights.clearKeepingCapacity()
        terms.clearKeepingCapacity()
        candidates.clearKeepingCapacity()
        found.clearKeepingCapacity()
        tokens.clearKeepingCapacity()
        namingHeads.clearKeepingCapacity()
        days.clearKeepingCapacity()
    }
}

extension Array {
    /// Empties the array, keeping its storage. An empty one is left as it is: emptying it
    /// anyway went through a generic range replacement, for every buffer of every insert.
    @inline(__always)
    mutating func clearKeepingCapacity() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}

extension Array where Element == Int32 {
    /// Sorts the items and drops repeats, in place.
    mutating func sortAndDropRepeats() {
        guard count > 1 else { return }
        sort()
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
