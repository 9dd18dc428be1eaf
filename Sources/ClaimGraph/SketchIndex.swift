/// Articles by their wording sketch (`ShingleSketch`) and published day: finds every earlier
/// article of the searched days that shares at least `needed` of a new article's minima (a
/// rewritten-copy candidate).
///
/// Each article is filed under (slot, minimum, span) for each of its slots, where a span is
/// 8 consecutive days (`span(of:)`). An article sharing `needed` minima with the new one is in
/// `needed` of the new one's lists for its span, so in one of the shortest `lists - needed +
/// 1`: walking those finds it and skips the longest lists (common wording many articles
/// repeat). A story window takes two or three spans, so a search makes a few look-ups per
/// slot instead of one per day of the window (15 with the default rules); it also reports the
/// span's articles of days outside the window, which the caller holds to it.
///
/// Lists are `BlockPostings`: the long ones are walked by every article of the window.
///
/// The minima are also kept here, in one flat array by article, so counting the slots two
/// articles share reads one contiguous block instead of an entry and its own array: on
/// templated texts many articles of a day do share `needed` minima (docs/ARCHITECTURE.md,
/// "The data path", step 5), and each one found is counted.
struct SketchIndex: Sendable {
    /// The span of a day: 8 consecutive days, so a story window (±7 days) meets two or three.
    /// Undated articles file under `Int32.min`'s.
    static func span(of day: Int32) -> Int32 { day >> 3 }

    /// (slot, minimum, span) in 64 bits: the span's low 27 bits, so far-off or undated spans
    /// may share a key with another span. That only adds articles to a list; the caller holds
    /// each one found to the window.
    struct SlotKey: Sendable {
        var packed: UInt64

        init(slot: Int32, minimum: UInt32, span: Int32) {
            packed =
                UInt64(UInt32(truncatingIfNeeded: slot) & 0x1f) << 59
                | UInt64(UInt32(bitPattern: span) & 0x07ff_ffff) << 32 | UInt64(minimum)
        }
    }

    private var slots = BlockPostings()
    /// `ShingleSketch.slots` minima per sketched article, one row after another; `rows` gives
    /// each article's row, or -1 for a text too short to sketch (never filed, shares nothing).
    private var minima: [UInt32] = []
    private var rows: [Int32] = []
    /// Per article, the last search that reported it: each search reports an article once.
    private var reportedBy: [UInt32] = []
    private var searches: UInt32 = 0
    /// Days of the articles filed (with a sketch or not).
    private var filedDays: Set<Int32> = []
    /// A search's (or a filing's) spans, keys and lists, kept between calls (emptied, not
    /// freed): a search allocates nothing. Not part of a snapshot.
    private var searchSpans: [Int32] = []
    private var searchKeys: [UInt64] = []
    private var searchChains: [BlockPostings.List] = []

    /// Files article `article` (`sketch` empty when its text is too short to sketch: it is
    /// never a candidate), published on `day`.
    mutating func add(_ article: Int32, minima sketch: [UInt32], day: Int32) {
        filedDays.insert(day)
        while reportedBy.count <= Int(article) {
            reportedBy.append(0)
            rows.append(-1)
        }
        guard sketch.count == ShingleSketch.slots else { return }
        if rows[Int(article)] < 0 {
            rows[Int(article)] = Int32(minima.count / ShingleSketch.slots)
            HeapBytes.reserveRoom(&minima, adding: sketch.count)
            minima.append(contentsOf: sketch)
        } else {
            let start = Int(rows[Int(article)]) * ShingleSketch.slots
            minima.replaceSubrange(start..<(start + ShingleSketch.slots), with: sketch)
        }
        var keys: [UInt64] = []
        swap(&keys, &searchKeys)
        defer { swap(&keys, &searchKeys) }
        Self.keys(of: sketch, span: Self.span(of: day), into: &keys)
        slots.append(article, underEach: keys)
    }

    /// The keys of `sketch`'s slots in `span`, into `keys` (emptied first).
    private static func keys(of sketch: [UInt32], span: Int32, into keys: inout [UInt64]) {
        keys.clearKeepingCapacity()
        for (slot, minimum) in sketch.enumerated() {
            keys.append(SlotKey(slot: Int32(slot), minimum: minimum, span: span).packed)
        }
    }

    /// Calls `body` once with every filed article of `days` that may share `needed` of
    /// `sketch`'s minima: every one that does, and some that do not (among them articles of
    /// other days of the same spans).
    mutating func forEachCandidate(
        sketch: [UInt32], days: [Int32], needed: Int, _ body: (Int32) -> Void
    ) {
        searches &+= 1
        if searches == 0 {
            // Wrapped: forget every earlier search's marks.
            for i in reportedBy.indices { reportedBy[i] = 0 }
            searches = 1
        }
        let search = searches
        // Taken out of the index while it is read: written in place, not copied.
        var reported: [UInt32] = []
        var spans: [Int32] = []
        var keys: [UInt64] = []
        var chains: [BlockPostings.List] = []
        swap(&reported, &reportedBy)
        swap(&spans, &searchSpans)
        swap(&keys, &searchKeys)
        swap(&chains, &searchChains)
        defer {
            swap(&reported, &reportedBy)
            swap(&spans, &searchSpans)
            swap(&keys, &searchKeys)
            swap(&chains, &searchChains)
        }
        spans.clearKeepingCapacity()
        for day in days where !spans.contains(Self.span(of: day)) { spans.append(Self.span(of: day)) }
        for span in spans {
            Self.keys(of: sketch, span: span, into: &keys)
            chains.clearKeepingCapacity()
            slots.appendLists(under: keys, to: &chains)
            guard chains.count >= needed else { continue }
            chains.sort { $0.count < $1.count }
            for chain in chains.prefix(chains.count - needed + 1) {
                slots.forEach(in: chain) { article in
                    if reported[Int(article)] != search {
                        reported[Int(article)] = search
                        body(article)
                    }
                }
            }
        }
    }

    /// Whether an article of `day` was filed: a feed arriving in publication order has none
    /// after the latest day, and their lists need no look-up.
    func hasFiled(on day: Int32) -> Bool { filedDays.contains(day) }

    /// Slots in which filed article `other` holds the same minimum as `sketch`.
    /// 0 when either is not sketched.
    func sharedMinima(_ sketch: [UInt32], _ other: Int32) -> Int {
        guard sketch.count == ShingleSketch.slots, Int(other) < rows.count, rows[Int(other)] >= 0 else {
            return 0
        }
        let start = Int(rows[Int(other)]) * ShingleSketch.slots
        return minima.withUnsafeBufferPointer { all in
            var same = 0
            for slot in 0..<ShingleSketch.slots where all[start + slot] == sketch[slot] { same += 1 }
            return same
        }
    }

    /// Frees the arrays' growth slack (see `ClaimGraph.releaseSlack`).
    mutating func releaseSlack() {
        slots.releaseSlack()
        HeapBytes.releaseSlack(&minima)
        HeapBytes.releaseSlack(&rows)
        HeapBytes.releaseSlack(&reportedBy)
    }

    /// Bytes of each part, for the graph's memory accounting.
    var memoryParts: [(name: String, bytes: Int)] {
        let postings = slots.memoryParts
        return [
            ("table", postings.table), ("blocks", postings.storage), ("minima", HeapBytes.array(minima)),
            ("rows", HeapBytes.array(rows)), ("reportedBy", HeapBytes.array(reportedBy)),
            ("filedDays", HeapBytes.set(filedDays)),
            (
                "search",
                HeapBytes.array(searchSpans) + HeapBytes.array(searchKeys) + HeapBytes.array(searchChains)
            ),
        ]
    }
}

extension SketchIndex: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        slots.write(to: &writer)
        writer.write(integers: minima)
        writer.write(integers: rows)
        writer.write(integers: reportedBy)
        writer.write(searches)
        writer.write(integers: Array(filedDays))
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        slots = try BlockPostings(reading: &reader)
        minima = try reader.read(integers: UInt32.self)
        rows = try reader.read(integers: Int32.self)
        reportedBy = try reader.read(integers: UInt32.self)
        searches = try reader.read(UInt32.self)
        filedDays = Set(try reader.read(integers: Int32.self))
        let sketched = Int32(minima.count / ShingleSketch.slots)
        guard minima.count % ShingleSketch.slots == 0, rows.count == reportedBy.count,
            rows.allSatisfy({ $0 >= -1 && $0 < sketched }),
            slots.isValid(itemsBelow: Int32(clamping: rows.count))
        else { throw reader.invalid("sketch index") }
    }
}
