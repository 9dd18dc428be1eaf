/// The cell bits of every mention's precise figures (`ClaimGraph.cellBit` of each (unit,
/// value cell) pair they cover; 0 for a mention the precise-figure rule does not apply to),
/// in one flat array beside the mentions, for the rule's scan of the articles that name a
/// subject (`ClaimGraph.figureCandidates`): an article's mentions are adjacent, so the scan
/// reads a few cache lines per article instead of each mention's entry, and 64 bits turn
/// away almost every figure that shares no cell before anything else of it is read. The 64
/// bits are kept folded into 32 (`fold`: a figure sharing a cell still shares a folded bit, so
/// the filter turns away fewer but never a true candidate), 4 bytes a mention instead of 8.
/// `MentionEntry.figureBits` folds the same bits into 8.
///
/// Per article too, the scan's own copy of what it reads of each article it visits (`Article`):
/// 16 bytes beside each other instead of a line or two of a 176-byte `ArticleEntry` apiece, so
/// the articles of a story window stay in the cache at 100,000 articles.
struct FigureCells: Sendable {
    /// Per mention, in mention order, folded.
    private(set) var bits: [UInt32] = []

    /// What the scan reads of an article: its cell bits (`ArticleEntry.figureCells`) and where
    /// its mentions are.
    struct Article: Sendable, Equatable {
        var cells: UInt64
        var mentionStart: Int32
        var mentionEnd: Int32
    }

    /// Per article, in article order.
    private(set) var articles: [Article] = []

    /// 64 cell bits folded into 32: bit `i` is set when bit `i` or `i + 32` was.
    @inline(__always) static func fold(_ cells: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: cells) | UInt32(truncatingIfNeeded: cells >> 32)
    }
    /// Per interned name: whether some filed figure has it as its subject key. A name no figure
    /// was filed under (a regulator, a country named beside a company) is not looked up.
    private var subjects = InternedTable<Bool>(absent: false)

    /// Appends the bits of the next mention, whose group's subject key is `subjectKey`.
    mutating func append(_ cells: UInt64, subjectKey: Int32) {
        append(folded: Self.fold(cells), subjectKey: subjectKey)
    }

    /// Appends already folded bits (a snapshot's).
    mutating func append(folded: UInt32, subjectKey: Int32) {
        bits.append(folded)
        if folded != 0 { subjects[subjectKey] = true }
    }

    /// Appends the next article's cell bits and mentions.
    mutating func appendArticle(cells: UInt64, mentions: Range<Int32>) {
        articles.append(
            Article(cells: cells, mentionStart: mentions.lowerBound, mentionEnd: mentions.upperBound))
    }

    /// Whether a figure was filed with `name` as its subject key.
    func isSubject(_ name: Int32) -> Bool { subjects[name] }

    /// Frees the arrays' growth slack (see `ClaimGraph.releaseSlack`).
    mutating func releaseSlack() {
        HeapBytes.releaseSlack(&bits)
        HeapBytes.releaseSlack(&articles)
    }

    var memoryBytes: Int {
        HeapBytes.array(bits) + HeapBytes.array(articles) + subjects.memoryBytes
    }
}

extension FigureCells {
    /// The bits read back from a snapshot, with the subject key of each mention's group, and
    /// each article's cell bits and mentions; the subject table follows from them.
    init(
        bits: [UInt32], subjectKeys: some Sequence<Int32>,
        articles: some Sequence<(cells: UInt64, mentions: Range<Int32>)> = EmptyCollection()
    ) {
        self.init()
        self.bits.reserveCapacity(bits.count)
        for (folded, subjectKey) in zip(bits, subjectKeys) { append(folded: folded, subjectKey: subjectKey) }
        for article in articles { appendArticle(cells: article.cells, mentions: article.mentions) }
    }
}
