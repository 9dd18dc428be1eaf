/// A value per interned string id, in a flat array indexed by the id: the caches the graph
/// reads for every mention (normalised name, first word, measure key, subject stamp), where a
/// `Dictionary` lookup would hash the id with SipHash. Ids are dense, so the array is no
/// longer than the interner.
struct InternedTable<Value: Sendable>: Sendable {
    private var values: [Value] = []
    /// What an id never set reads as.
    let absent: Value

    init(absent: Value) { self.absent = absent }

    subscript(id: Int32) -> Value {
        get { id >= 0 && Int(id) < values.count ? values[Int(id)] : absent }
        set {
            precondition(id >= 0, "interned ids are not negative")
            if Int(id) >= values.count {
                values.append(contentsOf: repeatElement(absent, count: Int(id) + 1 - values.count))
            }
            values[Int(id)] = newValue
        }
    }

    var memoryBytes: Int { HeapBytes.array(values) }
}

extension InternedTable {
    /// Ids up to the last one set (those past it read as `absent`).
    var count: Int { values.count }

    /// Whether every value set is `absent` or in `range`.
    func allValues(in range: Range<Value>) -> Bool where Value: Comparable {
        values.allSatisfy { $0 == absent || range.contains($0) }
    }
}

extension InternedTable: SnapshotCodable where Value == Int32 {
    /// `absent`, then the flat array.
    func write(to writer: inout SnapshotWriter) {
        writer.write(absent)
        writer.write(integers: values)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(absent: try reader.read(Int32.self))
        values = try reader.read(integers: Int32.self)
    }
}
