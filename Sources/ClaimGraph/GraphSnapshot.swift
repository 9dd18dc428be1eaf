import ClaimModel

/// The header of a graph snapshot: what it holds and what it was made under, readable without
/// decoding (or checksumming) the rest.
///
/// Layout (little-endian): magic `CWGRAPH\0` (8 bytes), format version (4), fingerprint of the
/// `GraphRules` (8), the caller's mark (8), articles (8), mentions (8), payload bytes (8),
/// payload checksum (8); then the payload: every stored structure of the graph in a fixed
/// order (`ClaimGraph.snapshot`).
public struct GraphSnapshotHeader: Sendable, Hashable {
    public var formatVersion: UInt32
    public var rulesFingerprint: UInt64
    /// What the caller recorded with the snapshot: the aggregator's high-water mark in its store.
    public var mark: UInt64
    public var articleCount: Int
    public var mentionCount: Int
    public var payloadBytes: Int
    public var checksum: UInt64

    static let magic: UInt64 = 0x0048_5041_5247_5743  // "CWGRAPH\0"
    static let size = 8 + 4 + 8 * 6
}

extension ClaimGraph {
    /// Bumped whenever the payload's structures or their order change, or what they hold
    /// (9: wording sketches are one-permutation MinHash, not comparable with format 8's; 10:
    /// the sketch index's keys are folded to 32 bits, an article's published day is its
    /// ordinal only; 11: articles' strings and clustering cues in one buffer each, not per
    /// entry; 12: an entity's first word no longer among the cues; 13: a valuation is a measure
    /// family's, not a bare value, so groups' measure shapes differ; 14: the cues' key terms
    /// are stems; 15: measure shapes name harvests, buybacks and the stemmed injured, missing
    /// and displaced as families, and a per-share figure has its own scope; 16: a release
    /// clause is in the spending family, so its groups' shapes and buckets differ; 17: a `vote`
    /// is in the share family, and mentions' correction flags read more wording, `first
    /// published`, `preliminary count`): an older snapshot is then refused
    /// (`unsupportedVersion`) and the caller rebuilds.
    public static let snapshotFormatVersion: UInt32 = 17

    /// A fingerprint of `rules`' values: a snapshot made under other rules is refused.
    public static func fingerprint(of rules: GraphRules) -> UInt64 {
        StableHash.of("\(rules)")
    }

    /// Every stored structure of the graph as bytes, with `mark` recorded in the header (see
    /// `GraphSnapshotHeader`). Caches that only serve queries (the view cache) are not kept.
    /// `ClaimGraph(snapshot:rules:)` gives back a graph whose answers and further inserts are
    /// those of this one.
    public func snapshot(mark: UInt64 = 0) -> [UInt8] {
        var writer = SnapshotWriter(reservingCapacity: 64 + mentions.count * 160)
        writer.write(GraphSnapshotHeader.magic)
        writer.write(Self.snapshotFormatVersion)
        writer.write(Self.fingerprint(of: rules))
        writer.write(mark)
        writer.write(UInt64(articles.count))
        writer.write(UInt64(mentions.count))
        let sizes = writer.bytes.count
        writer.write(UInt64(0))
        writer.write(UInt64(0))
        let payload = writer.bytes.count
        writePayload(to: &writer)
        let payloadBytes = writer.bytes.count - payload
        let checksum = writer.bytes.withUnsafeBytes {
            SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[payload...]))
        }
        writer.overwrite(UInt64(payloadBytes), at: sizes)
        writer.overwrite(checksum, at: sizes + 8)
        return writer.bytes
    }

    /// Reads and checks a snapshot's header: magic, format version, size; not the rules (a
    /// caller may want to report them) nor the checksum.
    public static func snapshotHeader(_ bytes: UnsafeRawBufferPointer) throws(GraphSnapshotError)
        -> GraphSnapshotHeader
    {
        var reader = SnapshotReader(bytes)
        let magic = try reader.read(UInt64.self)
        guard magic == GraphSnapshotHeader.magic else { throw .notASnapshot(found: magic) }
        let version = try reader.read(UInt32.self)
        guard version == snapshotFormatVersion else {
            throw .unsupportedVersion(found: version, expected: snapshotFormatVersion)
        }
        let header = GraphSnapshotHeader(
            formatVersion: version, rulesFingerprint: try reader.read(UInt64.self),
            mark: try reader.read(UInt64.self),
            articleCount: Int(clamping: try reader.read(UInt64.self)),
            mentionCount: Int(clamping: try reader.read(UInt64.self)),
            payloadBytes: Int(clamping: try reader.read(UInt64.self)), checksum: try reader.read(UInt64.self))
        guard header.payloadBytes <= reader.remaining else {
            throw .truncated(offset: reader.offset, needed: header.payloadBytes, available: reader.remaining)
        }
        guard header.payloadBytes == reader.remaining else {
            throw .trailingBytes(
                offset: reader.offset + header.payloadBytes, count: reader.remaining - header.payloadBytes)
        }
        return header
    }

    /// The graph a snapshot holds, made under `rules`. Throws when the bytes are not a whole,
    /// intact snapshot of this format made under the same rules; never returns a partial graph.
    public init(snapshot bytes: [UInt8], rules: GraphRules = GraphRules()) throws(GraphSnapshotError) {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(GraphSnapshotError) in try ClaimGraph(snapshot: raw, rules: rules) }
        }
        self = try result.get()
    }

    /// `init(snapshot:rules:)` over bytes in place.
    public init(snapshot bytes: UnsafeRawBufferPointer, rules: GraphRules = GraphRules())
        throws(GraphSnapshotError)
    {
        let header = try Self.snapshotHeader(bytes)
        let expected = Self.fingerprint(of: rules)
        guard header.rulesFingerprint == expected else {
            throw .rulesDiffer(found: header.rulesFingerprint, expected: expected)
        }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[GraphSnapshotHeader.size...])
        let checksum = SnapshotChecksum.of(payload)
        guard checksum == header.checksum else {
            throw .checksumMismatch(found: checksum, expected: header.checksum)
        }
        var reader = SnapshotReader(bytes, offset: GraphSnapshotHeader.size)
        var graph = ClaimGraph(rules: rules)
        try graph.readPayload(from: &reader)
        guard reader.remaining == 0 else {
            throw .trailingBytes(offset: reader.offset, count: reader.remaining)
        }
        guard graph.articles.count == header.articleCount, graph.mentions.count == header.mentionCount else {
            throw .invalid(
                offset: 0,
                what:
                    "count: header says \(header.articleCount) articles, \(header.mentionCount) mentions; "
                    + "payload holds \(graph.articles.count), \(graph.mentions.count)")
        }
        self = graph
    }

    // MARK: Payload

    private func writePayload(to writer: inout SnapshotWriter) {
        articles.write(to: &writer)
        articleStrings.write(to: &writer)
        cueArena.write(to: &writer)
        mentions.write(to: &writer)
        values.write(to: &writer)
        denials.write(to: &writer)
        // Shapes are shared between groups (compared by identity): a table, referred to by index.
        var shapeIDs: [ObjectIdentifier: Int32] = [:]
        var shapes: [MeasureShape] = []
        func shapeID(_ shape: MeasureShape) -> Int32 {
            if let id = shapeIDs[ObjectIdentifier(shape)] { return id }
            let id = Int32(shapes.count)
            shapeIDs[ObjectIdentifier(shape)] = id
            shapes.append(shape)
            return id
        }
        let groupShapes = groups.map { shapeID($0.shape) }
        let keyedShapes = measureShapes.mapValues { shapeID($0) }
        shapes.write(to: &writer)
        writer.write(UInt64(groups.count))
        for (g, (group, shape)) in zip(groups, groupShapes).enumerated() {
            writer.write(group.subjectKey)
            writer.write(group.subjectHead)
            writer.write(group.bucket)
            writer.write(shape)
            writer.write(integers: groupMentions.mentions(ofGroup: Int32(g)))
        }
        keyedShapes.write(to: &writer)

        strings.write(to: &writer)
        units.write(to: &writer)
        textHashIndex.write(to: &writer)
        simhashBands.write(to: &writer)
        groupIndex.write(to: &writer)
        nameKeys.write(to: &writer)
        headKeys.write(to: &writer)
        unnamedAttributions.write(to: &writer)
        periodSpans.write(to: &writer)
        measureKeys.write(to: &writer)
        buckets.write(to: &writer)
        subjectGroups.write(to: &writer)
        leadIndex.write(to: &writer)
        namingIndex.write(to: &writer)
        sketchIndex.write(to: &writer)
        syndication.write(to: &writer)
        stories.write(to: &writer)
        claimSets.write(to: &writer)
        valueIndex.write(to: &writer)
        figureIndex.write(to: &writer)
        namedIndex.write(to: &writer)
        writer.write(integers: figureCells.bits)
        subjectStamps.write(to: &writer)
        claimSpansSubjects.write(to: &writer)
        writer.write(crossSubjectStamp)
        writer.write(exhaustiveLinking)
        writer.write(countUnit)
        writer.write(usersUnit)
    }

    private mutating func readPayload(from reader: inout SnapshotReader) throws(GraphSnapshotError) {
        articles = try reader.decode()
        articleStrings = try reader.decode()
        cueArena = try reader.decode()
        mentions = try reader.decode()
        values = try reader.decode()
        denials = try reader.decode()
        let shapes = try [MeasureShape](reading: &reader)
        let groupCount = try reader.readCount(minimumBytes: 24)
        groups.reserveCapacity(groupCount)
        for _ in 0..<groupCount {
            let subjectKey = try reader.read(Int32.self)
            let subjectHead = try reader.read(Int32.self)
            let bucket = try reader.read(Int32.self)
            let shape = try reader.readIndex(below: shapes.count, what: "measure shape")
            groups.append(
                MeasureGroup(
                    subjectKey: subjectKey, subjectHead: subjectHead, bucket: bucket,
                    shape: shapes[Int(shape)]))
            groupMentions.addGroup()
            for mention in try reader.read(integers: Int32.self) {
                guard mention >= 0 else { throw reader.invalid("group mention \(mention)") }
                groupMentions.append(mention, toGroup: Int32(groups.count - 1))
            }
        }
        let keyedShapes = try [Int32: Int32](reading: &reader)
        measureShapes.reserveCapacity(keyedShapes.count)
        for (key, shape) in keyedShapes {
            guard shapes.indices.contains(Int(shape)) else { throw reader.invalid("measure shape \(shape)") }
            measureShapes[key] = shapes[Int(shape)]
        }

        strings = try reader.decode()
        units = try reader.decode()
        textHashIndex = try reader.decode()
        simhashBands = try reader.decode()
        groupIndex = try reader.decode()
        nameKeys = try reader.decode()
        headKeys = try reader.decode()
        unnamedAttributions = try reader.decode()
        periodSpans = try reader.decode()
        measureKeys = try reader.decode()
        buckets = try reader.decode()
        subjectGroups = try reader.decode()
        leadIndex = try reader.decode()
        namingIndex = try reader.decode()
        sketchIndex = try reader.decode()
        syndication = try reader.decode()
        stories = try reader.decode()
        claimSets = try reader.decode()
        valueIndex = try reader.decode()
        figureIndex = try reader.decode()
        namedIndex = try reader.decode()
        let figureBits = try reader.read(integers: UInt32.self)
        subjectStamps = try reader.decode()
        claimSpansSubjects = try reader.decode()
        crossSubjectStamp = try reader.read(Int32.self)
        exhaustiveLinking = try reader.read(Bool.self)
        countUnit = try reader.read(Int32.self)
        usersUnit = try reader.read(Int32.self)
        try checkConsistency(reader)
        // The precise-figure bits, one per mention; the names figures were filed under follow.
        guard figureBits.count == mentions.count else { throw reader.invalid("figure cell bits") }
        let subjectKeys = mentions.map { groups[Int($0.group)].subjectKey }
        for (bits, key) in zip(figureBits, subjectKeys) where bits != 0 && key < 0 {
            throw reader.invalid("figure subject \(key)")
        }
        figureCells = FigureCells(
            bits: figureBits, subjectKeys: subjectKeys,
            articles: articles.lazy.map {
                (cells: $0.figureCells, mentions: $0.mentionStart..<($0.mentionStart + $0.mentionCount))
            })

        // Functions of the articles: rebuilt as inserts built them.
        for index in articles.indices {
            let id = articleStrings.id(index)
            guard articleIDs.article(id: id, in: articleStrings) == nil else {
                throw reader.invalid("repeated article id")
            }
            articleIDs.add(Int32(index), id: id)
        }
    }

    /// The cross-references a query or an insert follows without checking: a snapshot whose
    /// checksum matched but whose structures disagree is refused rather than trusted.
    private func checkConsistency(_ reader: SnapshotReader) throws(GraphSnapshotError) {
        let articleCount = Int32(articles.count)
        let mentionCount = Int32(mentions.count)
        guard syndication.count == articles.count, stories.count == articles.count,
            claimSets.count == mentions.count, claimSpansSubjects.count == mentions.count
        else { throw reader.invalid("union-find sizes (articles \(articleCount), mentions \(mentionCount))") }
        guard articleStrings.count == articles.count else {
            throw reader.invalid("article strings (\(articleStrings.count) for \(articleCount) articles)")
        }
        for (index, article) in articles.enumerated() where !cueArena.holds(article.cues) {
            throw reader.invalid("article \(index) cues")
        }
        for article in articles
        where article.mentionStart < 0 || article.mentionCount < 0
            || Int(article.mentionStart) + Int(article.mentionCount) > mentions.count
            || article.denialStart < 0
            || article.denialCount < 0 || Int(article.denialStart) + Int(article.denialCount) > denials.count
        {
            throw reader.invalid("article mention or denial range (mentions from \(article.mentionStart))")
        }
        for mention in mentions
        where mention.article < 0 || mention.article >= articleCount || mention.group < 0
            || Int(mention.group) >= groups.count || mention.valueStart < 0
            || Int(mention.valueStart) + Int(mention.valueCount) + Int(mention.upperCount) > values.count
            || !strings.strings.indices.contains(Int(mention.subject))
            || !strings.strings.indices.contains(Int(mention.measure))
        {
            throw reader.invalid("mention reference")
        }
        for group in groups.indices {
            for mention in groupMentions.list(Int32(group)) where mention < 0 || mention >= mentionCount {
                throw reader.invalid("group mention \(mention)")
            }
        }
        for denial in denials where denial.article < 0 || denial.article >= articleCount {
            throw reader.invalid("denial article \(denial.article)")
        }
        // The per-id caches are read without checks: ids and values must be interned strings.
        let stringCount = Int32(strings.strings.count)
        for table in [nameKeys, headKeys, measureKeys]
        where table.count > strings.strings.count || !table.allValues(in: 0..<stringCount) {
            throw reader.invalid("interned id cache")
        }
        guard subjectStamps.count <= strings.strings.count else { throw reader.invalid("subject stamps") }
    }
}

// MARK: Entries

extension MeasureShape: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(measureKey)
        tokens.write(to: &writer)
        scope.write(to: &writer)
        writer.write(family)
        writer.write(isGeneric)
    }

    convenience init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(
            measureKey: try reader.read(String.self), tokens: try reader.decode(), scope: try reader.decode(),
            family: try reader.read(String.self), isGeneric: try reader.read(Bool.self))
    }
}

extension Bound: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt8(Self.allCases.firstIndex(of: self) ?? 0))
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let tag = Int(try reader.read(UInt8.self))
        guard Self.allCases.indices.contains(tag) else { throw reader.invalid("bound \(tag)") }
        self = Self.allCases[tag]
    }
}

extension ArticleEntry: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(outlet)
        writer.write(outletKey)
        day.write(to: &writer)
        writer.write(textHash)
        writer.write(simhash)
        writer.write(textLength)
        writer.write(mentionStart)
        writer.write(mentionCount)
        writer.write(denialStart)
        writer.write(denialCount)
        writer.write(figureCells)
        cues.write(to: &writer)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(
            outlet: try reader.read(Int32.self), outletKey: try reader.read(Int32.self),
            day: try reader.decode(), textHash: try reader.read(UInt64.self),
            simhash: try reader.read(UInt64.self), textLength: try reader.read(Int32.self),
            mentionStart: try reader.read(Int32.self), mentionCount: try reader.read(Int32.self),
            denialStart: try reader.read(Int32.self), denialCount: try reader.read(Int32.self),
            figureCells: try reader.read(UInt64.self), cues: try reader.decode())
    }
}

extension PeriodSpan: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(first)
        writer.write(last)
        writer.write(isDay)
        writer.write(fiscalPart)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(publishedOn: 0)
        first = try reader.read(Int32.self)
        last = try reader.read(Int32.self)
        isDay = try reader.read(Bool.self)
        fiscalPart = try reader.read(Int8.self)
    }
}

extension MentionEntry: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(article)
        writer.write(subject)
        writer.write(measure)
        writer.write(group)
        writer.write(period)
        span.write(to: &writer)
        writer.write(figureBits)
        writer.write(attribution)
        writer.write(valueStart)
        writer.write(valueCount)
        writer.write(upperCount)
        bound.write(to: &writer)
        // The six flags in one byte.
        var flags: UInt8 = 0
        for (bit, flag) in [hedged, isMain, corrected, expected, unnamed].enumerated() where flag {
            flags |= 1 << bit
        }
        writer.write(flags)
        writer.write(evidenceStart)
        writer.write(evidenceEnd)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let article = try reader.read(Int32.self)
        let subject = try reader.read(Int32.self)
        let measure = try reader.read(Int32.self)
        let group = try reader.read(Int32.self)
        let period = try reader.read(Int32.self)
        let span = try PeriodSpan?(reading: &reader)
        let figureBits = try reader.read(UInt8.self)
        let attribution = try reader.read(Int32.self)
        let valueStart = try reader.read(Int32.self)
        let valueCount = try reader.read(UInt8.self)
        let upperCount = try reader.read(UInt8.self)
        let bound = try Bound(reading: &reader)
        let flags = try reader.read(UInt8.self)
        guard flags < 1 << 5 else { throw reader.invalid("mention flags \(flags)") }
        self.init(
            article: article, subject: subject, measure: measure, group: group, period: period, span: span,
            figureBits: figureBits, attribution: attribution, valueStart: valueStart, valueCount: valueCount,
            upperCount: upperCount, bound: bound, hedged: flags & 1 != 0, isMain: flags & 2 != 0,
            corrected: flags & 4 != 0, expected: flags & 8 != 0, unnamed: flags & 16 != 0,
            evidenceStart: try reader.read(Int32.self), evidenceEnd: try reader.read(Int32.self))
    }
}

extension CompactValue: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(amount)
        writer.write(resolution)
        writer.write(unit)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(
            amount: try reader.read(Double.self), resolution: try reader.read(Float.self),
            unit: try reader.read(Int32.self))
    }
}

extension DenialEntry: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(article)
        writer.write(party)
        writer.write(target)
        writer.write(subject)
        writer.write(partyKey)
        writer.write(subjectKey)
        writer.write(targetKey)
        topics.write(to: &writer)
        writer.write(isMain)
        writer.write(evidenceStart)
        writer.write(evidenceEnd)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(
            article: try reader.read(Int32.self), party: try reader.read(Int32.self),
            target: try reader.read(Int32.self), subject: try reader.read(Int32.self),
            partyKey: try reader.read(Int32.self), subjectKey: try reader.read(Int32.self),
            targetKey: try reader.read(Int32.self), topics: try reader.decode(),
            isMain: try reader.read(Bool.self),
            evidenceStart: try reader.read(Int32.self), evidenceEnd: try reader.read(Int32.self))
    }
}

extension ClaimGraph.PostingKey: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(token)
        writer.write(day)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(token: try reader.read(Int32.self), day: try reader.read(Int32.self))
    }
}

extension ClaimGraph.GroupKey: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(subject)
        writer.write(measure)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(subject: try reader.read(Int32.self), measure: try reader.read(Int32.self))
    }
}

extension ClaimGraph.BucketKey: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(subject)
        writer.write(bucket)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(subject: try reader.read(Int32.self), bucket: try reader.read(Int32.self))
    }
}

extension ValueBucketKey: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(subject)
        writer.write(unit)
        writer.write(cell)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(
            subject: try reader.read(Int32.self), unit: try reader.read(Int32.self),
            cell: try reader.read(Int32.self))
    }
}

extension DatedValueKey: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        bucket.write(to: &writer)
        writer.write(span)
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self.init(bucket: try reader.decode(), span: try reader.read(Int32.self))
    }
}
