import ClaimModel

/// The graph's own copies of its articles' id, ref, title and url: every article's four one
/// after another in one byte buffer, with where each ends in a second buffer. A `String` per
/// field costs a 32-byte header, malloc's chunk header and rounding per string longer than 15
/// bytes (an article's 32-character id took 80 bytes for 32), 16 bytes in the entry each, and
/// small allocations made among an inserted article's freed text pin its heap pages; two
/// growing buffers do none of that.
///
/// Offsets are `Int32`: at most 2 GiB of these strings (about ten million articles of long
/// titles), as mention and value ranges are `Int32` too.
struct ArticleStrings: Sendable {
    /// UTF-8 of id, ref, title and url of article 0, then of article 1, and so on.
    private var bytes: [UInt8] = []
    /// Four an article: where its id, ref, title and url end in `bytes` (each starts where the
    /// one before it ends, article 0's id at 0). An article without a url has its url's end
    /// stored as `~end` (the url is then empty, and absent rather than empty), and one whose
    /// id is not all ASCII its id's end (ids are then compared as strings, not as bytes).
    private var ends: [Int32] = []

    init() {}

    /// Number of articles held.
    var count: Int { ends.count / 4 }

    /// Appends an article's strings; it is article `count` afterwards.
    mutating func append(id: ArticleID, ref: String, title: String, url: String?) {
        HeapBytes.reserveRoom(
            &bytes,
            adding: id.rawValue.utf8.count + ref.utf8.count + title.utf8.count + (url?.utf8.count ?? 0))
        HeapBytes.reserveRoom(&ends, adding: 4)
        func add(_ string: String) {
            var string = string
            string.withUTF8 { bytes.append(contentsOf: $0) }
            ends.append(Int32(bytes.count))
        }
        add(id.rawValue)
        if !id.rawValue.utf8.allSatisfy({ $0 < 0x80 }) { ends[ends.count - 1] = ~ends[ends.count - 1] }
        add(ref)
        add(title)
        if let url {
            add(url)
        } else {
            ends.append(~Int32(bytes.count))
        }
    }

    /// Where field `field` (0 id, 1 ref, 2 title, 3 url) of article `article` lies in `bytes`.
    private func range(_ article: Int, _ field: Int) -> Range<Int> {
        let slot = 4 * article + field
        let start = slot == 0 ? 0 : Int(Self.end(ends[slot - 1]))
        return start..<Int(Self.end(ends[slot]))
    }

    private static func end(_ stored: Int32) -> Int32 { stored < 0 ? ~stored : stored }

    private func string(_ article: Int, _ field: Int) -> String {
        let range = range(article, field)
        return bytes.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF8.self) }
    }

    func id(_ article: Int) -> ArticleID { ArticleID(string(article, 0)) }
    func ref(_ article: Int) -> String { string(article, 1) }
    func title(_ article: Int) -> String { string(article, 2) }
    func url(_ article: Int) -> String? { ends[4 * article + 3] < 0 ? nil : string(article, 3) }

    /// Calls `body` with the UTF-8 of article `article`'s id, read in place.
    func withIDBytes<Result>(_ article: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = range(article, 0)
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether article `article`'s id is `id`, as `ArticleID`'s `==` decides (canonical
    /// equivalence: bytes decide when both are ASCII).
    func idEquals(_ article: Int, _ id: ArticleID) -> Bool {
        var raw = id.rawValue
        let fast = raw.withUTF8 { other in
            withIDBytes(article) { own -> Bool? in
                guard Self.isASCII(own), Self.isASCII(other) else { return nil }
                return own.elementsEqual(other)
            }
        }
        return fast ?? (self.id(article) == id)
    }

    /// Whether article `article`'s id starts with `prefix`, as `String.hasPrefix` decides.
    func idHasPrefix(_ article: Int, _ prefix: Substring) -> Bool {
        var prefix = prefix
        let fast = prefix.withUTF8 { other in
            withIDBytes(article) { own -> Bool? in
                guard Self.isASCII(own), Self.isASCII(other) else { return nil }
                return own.count >= other.count && own.prefix(other.count).elementsEqual(other)
            }
        }
        return fast ?? self.id(article).rawValue.hasPrefix(prefix)
    }

    /// Whether article `a`'s id sorts before article `b`'s, as `ArticleID`'s `<` orders them
    /// (Unicode scalars of the canonical forms: byte order when both are ASCII). Sorting a
    /// claim's sources and evidence compares ids: bytes in place, no `String` built.
    func idPrecedes(_ a: Int, _ b: Int) -> Bool {
        guard ends[4 * a] >= 0, ends[4 * b] >= 0 else { return id(a) < id(b) }
        let x = range(a, 0)
        let y = range(b, 0)
        return bytes.withUnsafeBufferPointer { all in
            let count = min(x.count, y.count)
            var i = 0
            while i < count {
                let p = all[x.lowerBound + i]
                let q = all[y.lowerBound + i]
                if p != q { return p < q }
                i += 1
            }
            return x.count < y.count
        }
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// Heap bytes of the two buffers at their capacity (`HeapBytes`).
    var memoryBytes: Int { HeapBytes.array(bytes) + HeapBytes.array(ends) }

    /// Moves both buffers to buffers of their size (`ClaimGraph.releaseSlack`).
    mutating func releaseSlack() {
        HeapBytes.releaseSlack(&bytes)
        HeapBytes.releaseSlack(&ends)
    }
}

extension ArticleStrings: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(integers: bytes)
        writer.write(integers: ends)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        bytes = try reader.read(integers: UInt8.self)
        ends = try reader.read(integers: Int32.self)
        guard ends.count % 4 == 0 else { throw reader.invalid("article strings count") }
        var previous: Int32 = 0
        for (slot, stored) in ends.enumerated() {
            // Only a url's end and an id's may be stored complemented.
            guard stored >= 0 || slot % 4 == 3 || slot % 4 == 0 else {
                throw reader.invalid("article string end")
            }
            let end = Self.end(stored)
            guard end >= previous, Int(end) <= bytes.count else { throw reader.invalid("article string end") }
            if slot % 4 == 0 {
                // Whether the id is ASCII is worked out from its bytes, not trusted.
                let ascii = bytes[Int(previous)..<Int(end)].allSatisfy { $0 < 0x80 }
                ends[slot] = ascii ? end : ~end
            }
            previous = end
        }
    }
}
