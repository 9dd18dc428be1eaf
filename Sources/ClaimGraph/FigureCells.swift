/// The cell bits of every mention's precise figures (`ClaimGraph.cellBit` of each (unit,
/// value cell) pair they cover; 0 for a mention the precise-figure rule does not apply to),
/// in one flat array beside the mentions, for the rule's scan of the articles that name a
/// subject (`ClaimGraph.figureCandidates`): an article's mentions are adjacent, so the scan
/// reads a few cache lines per article instead of each mention's entry, and 64 bits turn
/// away almost every figure that shares no cell before anything else of it is read.
/// `MentionEntry.figureBits` folds the same bits into 8.
struct FigureCells: Sendable {
    /// Per mention, in mention order.
    private(set) var bits: [UInt64] = []
    /// Per interned name: whether some filed figure has it as its subject key. A name no figure
    /// was filed under (a regulator, a country named beside a company) is not looked up.
    private var subjects = InternedTable<Bool>(absent: false)

    /// Appends the bits of the next mention, whose group's subject key is `subjectKey`.
    mutating func append(_ cells: UInt64, subjectKey: Int32) {
        bits.append(cells)
        if cells != 0 { subjects[subjectKey] = true }
    }

    /// Whether a figure was filed with `name` as its subject key.
    func isSubject(_ name: Int32) -> Bool { subjects[name] }

    var memoryBytes: Int { bits.capacity * 8 + subjects.memoryBytes }
}

extension FigureCells {
    /// The bits read back from a snapshot, with the subject key of each mention's group; the
    /// subject table follows from them.
    init(bits: [UInt64], subjectKeys: some Sequence<Int32>) {
        self.init()
        self.bits.reserveCapacity(bits.count)
        for (cells, subjectKey) in zip(bits, subjectKeys) { append(cells, subjectKey: subjectKey) }
    }
}
