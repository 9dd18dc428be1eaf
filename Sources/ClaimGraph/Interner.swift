/// Strings stored once and referred to by a 32-bit index: subjects, measures, outlets and
/// terms repeat across millions of mentions.
struct Interner: Sendable {
    private(set) var strings: [String] = []
    private var index: [String: Int32] = [:]

    mutating func intern(_ string: String) -> Int32 {
        if let id = index[string] { return id }
        let id = Int32(strings.count)
        strings.append(string)
        index[string] = id
        return id
    }

    func lookup(_ string: String) -> Int32? { index[string] }

    subscript(id: Int32) -> String { strings[Int(id)] }
}

extension Interner: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { strings.write(to: &writer) }

    /// The index is rebuilt from the strings: each string's id is its position.
    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        strings = try [String](reading: &reader)
        index.reserveCapacity(strings.count)
        for (id, string) in strings.enumerated() { index[string] = Int32(id) }
        guard index.count == strings.count else { throw reader.invalid("interner with repeated strings") }
    }
}
