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

    var memoryBytes: Int { values.capacity * MemoryLayout<Value>.stride }
}
