/// An article's clustering cues — entities, their heads and weights, key terms, claim groups —
/// one after another in one buffer: five short lists per article cost one allocation, not
/// five (each a header and malloc slack larger than its few ids).
struct ArticleCues: Sendable {
    /// Entities, heads, weights (as bit patterns), terms, then claim groups.
    private var buffer: [Int32] = []
    private var entityCount: Int32 = 0
    private var termCount: Int32 = 0

    init() {}

    /// Cues from the lists; `heads` and `weights` as many as `entities`.
    init(entities: [Int32], heads: [Int32], weights: [Float], terms: [Int32], claimGroups: [Int32]) {
        precondition(heads.count == entities.count && weights.count == entities.count)
        var buffer: [Int32] = []
        buffer.reserveCapacity(3 * entities.count + terms.count + claimGroups.count)
        buffer.append(contentsOf: entities)
        buffer.append(contentsOf: heads)
        buffer.append(contentsOf: weights.map { Int32(bitPattern: $0.bitPattern) })
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

    var memoryBytes: Int { buffer.capacity * 4 + 32 }
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
