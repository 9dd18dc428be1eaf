/// The filed precise figures (`ClaimGraph.isFiledFigure`) of every article, packed for the
/// precise-figure rule's scan of the articles that name a subject (`figureCandidates`): per
/// article, the cell bits of its figures and where they start; per figure, its mention,
/// subject key and cell bits. The scan reads one 16-byte slot per article and a few adjacent
/// ones per figure, instead of article, mention, group and value entries spread over the heap,
/// and a figure's own 64 cell bits turn away most of those that share no cell with it before
/// any of them is read.
struct FiledFigures: Sendable {
    /// One filed figure.
    struct Figure: Sendable, Equatable {
        var mention: Int32
        /// Its group's subject key.
        var subjectKey: Int32
        /// The bits (`ClaimGraph.cellBit`) of the (unit, value cell) pairs it covers.
        var cells: UInt64
    }

    /// An article's figures: `figures[start..<start + count]`, and their cell bits together.
    struct ArticleFigures: Sendable, Equatable {
        var start: Int32
        var count: Int32
        var cells: UInt64
    }

    private(set) var articles: [ArticleFigures] = []
    private(set) var figures: [Figure] = []
    /// Per interned name: whether some filed figure has it as its subject key. A name no figure
    /// was filed under (a regulator, a country named beside a company) is not looked up.
    private var subjects = InternedTable<Int32>(absent: 0)

    /// Files the next article's figures, in mention order.
    mutating func append(article figures: some Sequence<Figure>) {
        let start = Int32(self.figures.count)
        var cells: UInt64 = 0
        for figure in figures {
            self.figures.append(figure)
            cells |= figure.cells
            subjects[figure.subjectKey] = 1
        }
        articles.append(ArticleFigures(start: start, count: Int32(self.figures.count) - start, cells: cells))
    }

    /// Whether a figure was filed with `name` as its subject key.
    func isSubject(_ name: Int32) -> Bool { subjects[name] != 0 }

    var memoryBytes: Int {
        articles.capacity * MemoryLayout<ArticleFigures>.stride + figures.capacity
            * MemoryLayout<Figure>.stride + subjects.memoryBytes
    }
}

extension FiledFigures: SnapshotCodable {
    /// Per article its figure count, then the figures as (mention, subject key) pairs and
    /// cell bits; the starts, the articles' bits and the subject table follow from them.
    func write(to writer: inout SnapshotWriter) {
        writer.write(integers: articles.map(\.count))
        var pairs: [Int32] = []
        pairs.reserveCapacity(2 * figures.count)
        for figure in figures {
            pairs.append(figure.mention)
            pairs.append(figure.subjectKey)
        }
        writer.write(integers: pairs)
        writer.write(integers: figures.map(\.cells))
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let counts = try reader.read(integers: Int32.self)
        let pairs = try reader.read(integers: Int32.self)
        let cells = try reader.read(integers: UInt64.self)
        guard pairs.count == 2 * cells.count else { throw reader.invalid("filed figures of unequal arrays") }
        // Subject keys index a table: never negative.
        for i in stride(from: 1, to: pairs.count, by: 2) where pairs[i] < 0 {
            throw reader.invalid("filed figure subject \(pairs[i])")
        }
        self.init()
        var next = 0
        for count in counts {
            guard count >= 0, count <= cells.count - next else {
                throw reader.invalid("filed figure count \(count)")
            }
            append(
                article: (next..<(next + Int(count))).lazy.map {
                    Figure(mention: pairs[2 * $0], subjectKey: pairs[2 * $0 + 1], cells: cells[$0])
                })
            next += Int(count)
        }
        guard next == cells.count else { throw reader.invalid("filed figures past the articles") }
    }
}
