import ClaimModel

/// An article as the graph keeps it: metadata and where its clustering cues lie, never the
/// text. Its id, ref, title and url are in the graph's `ArticleStrings`, its cues' lists in the
/// graph's `CueArena` (`ClaimGraph.cues(_:)`): no allocation of its own.
///
/// 72 bytes: the 64-bit fields first, and the day without an optional's tag byte, which
/// padded the entry to 80.
struct ArticleEntry: Sendable {
    var textHash: UInt64
    var simhash: UInt64
    /// The (unit, value cell) pairs of its filed precise figures (`ClaimGraph.isFiledFigure`),
    /// one bit each by hash: an article whose bits miss a figure's holds no candidate for it.
    var figureCells: UInt64
    var outlet: Int32
    /// The outlet's normalised name, for matching a denial's target.
    var outletKey: Int32
    var textLength: Int32
    var mentionStart: Int32
    var mentionCount: Int32
    var denialStart: Int32
    var denialCount: Int32
    /// `day`, or `Int32.min` for none (no day of years 1 to 9999 is that ordinal).
    private var dayOrdinal: Int32
    /// Where its clustering cues lie in the graph's `CueArena`.
    var cues: ArticleCues

    init(
        outlet: Int32, outletKey: Int32, day: Int32?, textHash: UInt64, simhash: UInt64, textLength: Int32,
        mentionStart: Int32, mentionCount: Int32, denialStart: Int32, denialCount: Int32, figureCells: UInt64,
        cues: ArticleCues
    ) {
        self.textHash = textHash
        self.simhash = simhash
        self.figureCells = figureCells
        self.outlet = outlet
        self.outletKey = outletKey
        self.textLength = textLength
        self.mentionStart = mentionStart
        self.mentionCount = mentionCount
        self.denialStart = denialStart
        self.denialCount = denialCount
        dayOrdinal = Int32.min
        self.cues = cues
        self.day = day
    }

    /// The published day as a day ordinal: compared on every candidate pair. (The `Day` is
    /// not kept beside it: it is the ordinal's, for every day of years 1 to 9999.)
    var day: Int32? {
        get { dayOrdinal == Int32.min ? nil : dayOrdinal }
        set { dayOrdinal = newValue.map { max($0, Int32.min + 1) } ?? Int32.min }
    }
    /// The published day.
    var published: Day? { day.map { Day(ordinal: Int($0)) } }
}

extension ClaimGraph {
    /// Article `a`'s clustering cues, read in place: entities of the main passages with
    /// weights summing to 1, strongest first; the first word of each (`headKey`, for telling
    /// `Bayern` and `Bayern Munich` apart from unrelated names with integer compares first);
    /// key terms, most weighty first; measure groups of its main-passage mentions, sorted.
    func cues(_ a: Int32) -> CueLists { cueArena.lists(articles[Int(a)].cues) }

    /// The clustering cues of `entry`, an entry of this graph (see `cues(_:)`).
    func cues(of entry: ArticleEntry) -> CueLists { cueArena.lists(entry.cues) }

    /// Article `a`'s id.
    func articleID(_ a: Int32) -> ArticleID { articleStrings.id(Int(a)) }
}

/// A mention in 52 bytes: strings interned, values in a side table, flags in one byte (the
/// fields are declared so that none needs padding but the last byte before `attribution`).
struct MentionEntry: Sendable {
    var article: Int32
    var subject: Int32
    var measure: Int32
    var group: Int32
    var period: Int32
    /// The period as days, when it has one (kept inline: compared on every merge test).
    var span: PeriodSpan?
    /// Bits of the (unit, value cell) pairs of its precise values when the precise-figure rule
    /// applies to it (`ClaimGraph.isFiledFigure`), 0 when it does not: worked out once, and a
    /// candidate whose bits miss a figure's shares no cell with it. (Declared here, it fills
    /// padding after `span`.)
    var figureBits: UInt8 = 0
    /// `hedged`, `isMain`, `corrected`, `expected` and `unnamed`, one bit each.
    private var flags: UInt8
    var valueCount: UInt8
    var upperCount: UInt8
    var bound: Bound
    var attribution: Int32
    var valueStart: Int32
    var evidenceStart: Int32
    var evidenceEnd: Int32

    init(
        article: Int32, subject: Int32, measure: Int32, group: Int32, period: Int32, span: PeriodSpan?,
        figureBits: UInt8 = 0, attribution: Int32, valueStart: Int32, valueCount: UInt8, upperCount: UInt8,
        bound: Bound, hedged: Bool, isMain: Bool, corrected: Bool, expected: Bool, unnamed: Bool,
        evidenceStart: Int32, evidenceEnd: Int32
    ) {
        self.article = article
        self.subject = subject
        self.measure = measure
        self.group = group
        self.period = period
        self.span = span
        self.figureBits = figureBits
        flags =
            (hedged ? 1 : 0) | (isMain ? 2 : 0) | (corrected ? 4 : 0) | (expected ? 8 : 0)
            | (unnamed ? 16 : 0)
        self.valueCount = valueCount
        self.upperCount = upperCount
        self.bound = bound
        self.attribution = attribution
        self.valueStart = valueStart
        self.evidenceStart = evidenceStart
        self.evidenceEnd = evidenceEnd
    }

    var hedged: Bool { flags & 1 != 0 }
    var isMain: Bool { flags & 2 != 0 }
    /// Stated in a sentence that withdraws or corrects a figure (`CorrectionCue`).
    var corrected: Bool { flags & 4 != 0 }
    /// Stated in a sentence crediting a figure to forecasters (`ExpectationCue`).
    var expected: Bool { flags & 8 != 0 }
    /// Credited to unnamed sources (people familiar, reports) or hedged without a source.
    var unnamed: Bool { flags & 16 != 0 }
}

/// A denial as the graph keeps it.
struct DenialEntry: Sendable {
    var article: Int32
    var party: Int32
    var target: Int32
    var subject: Int32
    /// Normalised party, subject and target names (-1 when absent).
    var partyKey: Int32
    var subjectKey: Int32
    var targetKey: Int32
    var topics: [String]
    var isMain: Bool
    var evidenceStart: Int32
    var evidenceEnd: Int32
}

/// Where a mention's value range falls: subject head, unit and a quarter-octave cell.
struct ValueBucketKey: Hashable, Sendable, ChainKey {
    var subject: Int32
    var unit: Int32
    var cell: Int32

    static var vacant: ValueBucketKey { ValueBucketKey(subject: 0, unit: 0, cell: 0) }
    /// Subject and unit only: the cell is the offset, so a mention's adjacent cells are
    /// adjacent slots (a subject's cells in one unit are few and spread: runs stay short).
    var chainHash: UInt64 { Self.mix(Self.pair(subject, unit)) }
    var chainOffset: Int { Int(cell) }
}

/// A `ValueBucketKey` within one 8-day span of published days (`ClaimGraph.filingSpan`): the
/// precise-figure index's key, so a lookup walks the figures of the story window's span only,
/// not those of every day the subject and cell were ever stated on.
struct DatedValueKey: Hashable, Sendable, ChainKey {
    var bucket: ValueBucketKey
    var span: Int32

    static var vacant: DatedValueKey { DatedValueKey(bucket: .vacant, span: 0) }
    /// As `ValueBucketKey`'s, the cell as the offset: a figure's cells are one probe region.
    var chainHash: UInt64 {
        Self.mix(
            Self.pair(bucket.subject, bucket.unit) ^ UInt64(UInt32(bitPattern: span)) &* 0xff51_afd7_ed55_8ccd
        )
    }
    var chainOffset: Int { Int(bucket.cell) }
}

/// What a normalised measure phrase says, whichever subject it is stated for: one per measure
/// key, shared by every subject's group of it (a few dozen phrases serve thousands of
/// subjects, and comparing two groups' measures starts with comparing these by identity).
final class MeasureShape: Sendable {
    let measureKey: String
    let tokens: [String]
    let scope: [String]
    /// The measure's broad family, or empty for none.
    let family: String
    /// Says nothing about what is measured (`amount`, `count`).
    let isGeneric: Bool

    init(measureKey: String, tokens: [String], scope: [String], family: String, isGeneric: Bool) {
        self.measureKey = measureKey
        self.tokens = tokens
        self.scope = scope
        self.family = family
        self.isGeneric = isGeneric
    }
}

/// Mentions of one subject under one normalised measure key (the mentions themselves are in
/// the graph's `GroupMentions`).
struct MeasureGroup: Sendable {
    var subjectKey: Int32
    /// First word of the subject's normalised name: `meta` for `Meta` and `Meta Platforms`.
    /// Mentions and claims are compared within one head; `sameSubject` decides the rest.
    var subjectHead: Int32
    /// Family and scope, interned: claims compete only within one bucket of one subject.
    var bucket: Int32
    let shape: MeasureShape

    var measureKey: String { shape.measureKey }
    var tokens: [String] { shape.tokens }
    var scope: [String] { shape.scope }
    /// The measure's broad family, or empty for none.
    var family: String { shape.family }
    /// Says nothing about what is measured (`amount`, `count`).
    var isGeneric: Bool { shape.isGeneric }
}
