/// Buffers the linking of one mention fills and reads (`ClaimGraph.linkMention`), kept with
/// the graph between inserts so linking allocates nothing per mention; and, for the insert
/// under way, the story window's articles naming each subject its mentions were linked under.
struct LinkScratch: Sendable {
    /// The value index keys of a mention.
    var keys: [ValueBucketKey] = []
    /// Mentions to examine.
    var candidates: [Int32] = []
    /// Mentions to join with.
    var matches: [Int32] = []
    /// The claims (roots) of a mention and of its matches so far.
    var roots: [Int32] = []
    /// The (unit, value cell) pairs of a precise figure (`ClaimGraph.preciseCells`).
    var cells: [ValueBucketKey] = []
    /// Names whose figures a precise figure is compared with.
    var names: [Int32] = []
    /// Articles naming the subjects of `namingSubjects`, each subject's at its range in
    /// `namingRanges`: a handful of subjects per insert, found by a scan.
    var naming: [Int32] = []
    private var namingSubjects: [Int32] = []
    private var namingRanges: [Range<Int>] = []
    /// The value index keys of the insert's mentions, worked out before any is linked
    /// (`ClaimGraph.prefetchLinking`): those of its `keyedMentions.lowerBound + i`th mention
    /// end at `keyEnds[i]`, one after another.
    var articleKeys: [ValueBucketKey] = []
    var keyEnds: [Int] = []
    var keyedMentions: Range<Int32> = 0..<0
    /// What reading ahead read (`ClaimGraph.readAhead`), kept so the reads are made: no meaning.
    var readAhead: Int32 = 0
    /// What linking examined so far (kept with the graph, not part of its state).
    var counts = LinkCounts()

    var memoryBytes: Int {
        HeapBytes.array(keys) + HeapBytes.array(candidates) + HeapBytes.array(matches)
            + HeapBytes.array(roots)
            + HeapBytes.array(cells) + HeapBytes.array(names) + HeapBytes.array(naming)
            + HeapBytes.array(namingSubjects) + HeapBytes.array(namingRanges)
            + HeapBytes.array(articleKeys) + HeapBytes.array(keyEnds)
    }

    /// Forgets the previous insert's articles naming its subjects.
    mutating func startInsert() {
        naming.clearKeepingCapacity()
        namingSubjects.clearKeepingCapacity()
        namingRanges.clearKeepingCapacity()
        articleKeys.clearKeepingCapacity()
        keyEnds.clearKeepingCapacity()
        keyedMentions = 0..<0
    }

    /// Where in `articleKeys` the keys of mention `m` are, when they were worked out for this
    /// insert.
    func keyRange(of m: Int32) -> Range<Int>? {
        guard keyedMentions.contains(m) else { return nil }
        let offset = Int(m - keyedMentions.lowerBound)
        return (offset == 0 ? 0 : keyEnds[offset - 1])..<keyEnds[offset]
    }

    /// Where in `naming` the articles naming `subject` are, when this insert found them.
    func namingArticles(of subject: Int32) -> Range<Int>? {
        namingSubjects.firstIndex(of: subject).map { namingRanges[$0] }
    }

    /// Records that `naming[range]` are the articles naming `subject`.
    mutating func rememberNaming(of subject: Int32, _ range: Range<Int>) {
        namingSubjects.append(subject)
        namingRanges.append(range)
    }
}
