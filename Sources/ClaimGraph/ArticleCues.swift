/// An article's clustering cues — entities, their heads and weights, key terms, claim groups —
/// one after another in one buffer: five short lists per article cost one allocation, not
/// five (each a header and malloc slack larger than its few ids).
struct ArticleCues: Sendable {
    /// Entities, heads, weights (as bit patterns), terms, then claim groups.
    private var buffer: [Int32] = []
    private var entityCount: Int32 = 0
    private var termCount: Int32 = 0

    init() {}

    /// Cues from the lists; `heads` and `weights` as many as `entities`. Any collections
    /// (lazy views, scratch buffers): they are copied straight into the one buffer.
    init(
        entities: some Collection<Int32>, heads: some Collection<Int32>, weights: some Collection<Float>,
        terms: some Collection<Int32>, claimGroups: some Collection<Int32>
    ) {
        precondition(heads.count == entities.count && weights.count == entities.count)
        var buffer: [Int32] = []
        buffer.reserveCapacity(3 * entities.count + terms.count + claimGroups.count)
        buffer.append(contentsOf: entities)
        buffer.append(contentsOf: heads)
        for weight in weights { buffer.append(Int32(bitPattern: weight.bitPattern)) }
        buffer.append(contentsOf: terms)
        buffer.append(contentsOf: claimGroups)
        self.buffer = buffer
        entityCount = Int32(entities.count)
        termCount = Int32(terms.count)
    }

    var entities: CueList { CueList(buffer: buffer, start: 0, count: Int(entityCount)) }
    var entityHeads: CueList { CueList(buffer: buffer, start: Int(entityCount), count: Int(entityCount)) }
    var entityWeights: WeightList {
        WeightList(ids: CueList(buffer: buffer, start: 2 * Int(entityCount), count: Int(entityCount)))
    }
    var terms: CueList { CueList(buffer: buffer, start: 3 * Int(entityCount), count: Int(termCount)) }
    var claimGroups: CueList {
        let start = 3 * Int(entityCount) + Int(termCount)
        return CueList(buffer: buffer, start: start, count: buffer.count - start)
    }

    var memoryBytes: Int { HeapBytes.array(buffer) }

    /// Calls `body` with the five lists read in place: for comparing two articles' cues
    /// element by element, where a `CueList` per access retains and releases the buffer.
    func withLists<Result>(_ body: (CueBuffers) -> Result) -> Result {
        buffer.withUnsafeBufferPointer { all in
            let entities = Int(entityCount)
            let termsEnd = 3 * entities + Int(termCount)
            return body(
                CueBuffers(
                    entities: UnsafeBufferPointer(rebasing: all[0..<entities]),
                    heads: UnsafeBufferPointer(rebasing: all[entities..<(2 * entities)]),
                    weightBits: UnsafeBufferPointer(rebasing: all[(2 * entities)..<(3 * entities)]),
                    terms: UnsafeBufferPointer(rebasing: all[(3 * entities)..<termsEnd]),
                    claimGroups: UnsafeBufferPointer(rebasing: all[termsEnd...])))
        }
    }
}

/// The lists of `ArticleCues` as buffers, valid inside `ArticleCues.withLists` only.
struct CueBuffers {
    let entities: UnsafeBufferPointer<Int32>
    let heads: UnsafeBufferPointer<Int32>
    /// The entity weights' bit patterns (see `weight(_:)`).
    let weightBits: UnsafeBufferPointer<Int32>
    let terms: UnsafeBufferPointer<Int32>
    let claimGroups: UnsafeBufferPointer<Int32>

    /// The weight of entity `i`.
    func weight(_ i: Int) -> Float { Float(bitPattern: UInt32(bitPattern: weightBits[i])) }
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
        writer.write(integers: buffer)
        writer.write(entityCount)
        writer.write(termCount)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        buffer = try reader.read(integers: Int32.self)
        entityCount = try reader.read(Int32.self)
        termCount = try reader.read(Int32.self)
        guard entityCount >= 0, termCount >= 0, 3 * Int(entityCount) + Int(termCount) <= buffer.count else {
            throw reader.invalid("article cues")
        }
    }
}
