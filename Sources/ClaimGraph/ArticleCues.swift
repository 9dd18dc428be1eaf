/// Where an article's clustering cues — entities and their weights, key terms, claim groups —
/// lie in the graph's `CueArena`: four integers in the entry, the lists one after
/// another in one buffer shared by every article (a buffer per article cost its header, malloc
/// slack and a heap page it pinned among the inserted article's freed text).
struct ArticleCues: Sendable {
    /// Where the entities start in the arena; weights, terms and claim groups follow.
    fileprivate var start: Int32 = 0
    fileprivate var entityCount: Int32 = 0
    fileprivate var termCount: Int32 = 0
    fileprivate var groupCount: Int32 = 0

    init() {}

    fileprivate var end: Int { Int(start) + 2 * Int(entityCount) + Int(termCount) + Int(groupCount) }
}

/// Every article's clustering cues in one buffer (`ArticleCues` says where each article's are).
struct CueArena: Sendable {
    /// Per article: entities, weights (as bit patterns), terms, then claim groups. (An entity's
    /// first word is not kept beside it: `ClaimGraph.headKeys` has it for every entity.)
    private var buffer: [Int32] = []

    init() {}

    /// Appends cues from the lists; `weights` as many as `entities`. Any
    /// collections (lazy views, scratch buffers): they are copied straight into the buffer.
    mutating func append(
        entities: some Collection<Int32>, weights: some Collection<Float>,
        terms: some Collection<Int32>, claimGroups: some Collection<Int32>
    ) -> ArticleCues {
        precondition(weights.count == entities.count)
        HeapBytes.reserveRoom(&buffer, adding: 2 * entities.count + terms.count + claimGroups.count)
        var cues = ArticleCues()
        cues.start = Int32(buffer.count)
        buffer.append(contentsOf: entities)
        for weight in weights { buffer.append(Int32(bitPattern: weight.bitPattern)) }
        buffer.append(contentsOf: terms)
        buffer.append(contentsOf: claimGroups)
        cues.entityCount = Int32(entities.count)
        cues.termCount = Int32(terms.count)
        cues.groupCount = Int32(claimGroups.count)
        return cues
    }

    /// The lists of `cues`, read in place (each keeps the buffer, not a copy).
    func lists(_ cues: ArticleCues) -> CueLists { CueLists(buffer: buffer, cues: cues) }

    /// Calls `body` with the lists of `cues` read in place: for comparing two articles' cues
    /// element by element, where a `CueList` per access retains and releases the buffer.
    func withLists<Result>(_ cues: ArticleCues, _ body: (CueBuffers) -> Result) -> Result {
        buffer.withUnsafeBufferPointer { body(CueBuffers(all: $0, cues: cues)) }
    }

    /// Calls `body` with the lists of `x` and of `y` read in place.
    func withLists<Result>(_ x: ArticleCues, _ y: ArticleCues, _ body: (CueBuffers, CueBuffers) -> Result)
        -> Result
    {
        buffer.withUnsafeBufferPointer { body(CueBuffers(all: $0, cues: x), CueBuffers(all: $0, cues: y)) }
    }

    /// Whether `cues` lie within the buffer (a snapshot's entries are checked before use).
    func holds(_ cues: ArticleCues) -> Bool {
        cues.start >= 0 && cues.entityCount >= 0 && cues.termCount >= 0 && cues.groupCount >= 0
            && cues.end <= buffer.count
    }

    /// Heap bytes of the buffer at its capacity (`HeapBytes`).
    var memoryBytes: Int { HeapBytes.array(buffer) }

    /// Moves the buffer to one of its size (`ClaimGraph.releaseSlack`).
    mutating func releaseSlack() { HeapBytes.releaseSlack(&buffer) }
}

/// The five lists of one article's `ArticleCues`, read in place from the `CueArena`.
struct CueLists: Sendable {
    fileprivate let buffer: [Int32]
    fileprivate let cues: ArticleCues

    var entities: CueList { list(0, cues.entityCount) }
    var entityWeights: WeightList { WeightList(ids: list(cues.entityCount, cues.entityCount)) }
    var terms: CueList { list(2 * cues.entityCount, cues.termCount) }
    var claimGroups: CueList { list(2 * cues.entityCount + cues.termCount, cues.groupCount) }

    private func list(_ offset: Int32, _ count: Int32) -> CueList {
        CueList(buffer: buffer, start: Int(cues.start) + Int(offset), count: Int(count))
    }
}

/// The lists of `ArticleCues` as buffers, valid inside `ArticleCues.withLists` only.
struct CueBuffers {
    let entities: UnsafeBufferPointer<Int32>
    /// The entity weights' bit patterns (see `weight(_:)`).
    let weightBits: UnsafeBufferPointer<Int32>
    let terms: UnsafeBufferPointer<Int32>
    let claimGroups: UnsafeBufferPointer<Int32>

    /// The weight of entity `i`.
    func weight(_ i: Int) -> Float { Float(bitPattern: UInt32(bitPattern: weightBits[i])) }

    fileprivate init(all: UnsafeBufferPointer<Int32>, cues: ArticleCues) {
        let entitiesEnd = Int(cues.start) + Int(cues.entityCount)
        let weightsEnd = entitiesEnd + Int(cues.entityCount)
        let termsEnd = weightsEnd + Int(cues.termCount)
        entities = UnsafeBufferPointer(rebasing: all[Int(cues.start)..<entitiesEnd])
        weightBits = UnsafeBufferPointer(rebasing: all[entitiesEnd..<weightsEnd])
        terms = UnsafeBufferPointer(rebasing: all[weightsEnd..<termsEnd])
        claimGroups = UnsafeBufferPointer(rebasing: all[termsEnd..<cues.end])
    }
}

/// One list of `ArticleCues`, read in place, indexed from 0.
struct CueList: RandomAccessCollection, Sendable {
    typealias Indices = Range<Int>
    fileprivate let buffer: [Int32]
    fileprivate let start: Int
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(position: Int) -> Int32 { buffer[start + position] }
}

/// The entity weights of `ArticleCues`, read in place, indexed from 0.
struct WeightList: RandomAccessCollection, Sendable {
    typealias Indices = Range<Int>
    fileprivate let ids: CueList

    var startIndex: Int { 0 }
    var endIndex: Int { ids.count }
    subscript(position: Int) -> Float { Float(bitPattern: UInt32(bitPattern: ids[position])) }
}

extension ArticleCues: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(start)
        writer.write(entityCount)
        writer.write(termCount)
        writer.write(groupCount)
    }

    /// Read as written; whether the arena holds them is checked with the arena (`holds`).
    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        start = try reader.read(Int32.self)
        entityCount = try reader.read(Int32.self)
        termCount = try reader.read(Int32.self)
        groupCount = try reader.read(Int32.self)
    }
}

extension CueArena: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(integers: buffer) }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        buffer = try reader.read(integers: Int32.self)
    }
}
