import ClaimModel

/// What the views need to know about one canonical claim, without building its record.
///
/// A class: the pairwise conflict search passes two summaries per pair, and a struct was
/// copied for each call (retaining and releasing its six arrays), however it was passed.
final class ClaimSummary: Sendable {
    let root: Int32
    /// Measure family and scope (`measureBucket`): claims compete only within one bucket.
    let bucket: Int32
    /// Stated periods (id of the period string), publication days of undated mentions
    /// (negative ids below -1), or -1 for an undated mention of an undated article (any time).
    let periods: [(id: Int32, span: PeriodSpan?)]
    /// Per unit, the hull of the members' ranges.
    let hulls: [ValueRange]
    /// Articles stating it, sorted by internal index (only compared for equality).
    let sources: [Int32]
    /// Normalised subject names of its mentions, sorted.
    let subjects: [Int32]
    /// The bound its mentions state most (ties by name), and whether one of them is stated in
    /// a sentence withdrawing or correcting a figure.
    let bound: Bound
    let corrected: Bool
    /// Most of its mentions are stated in sentences crediting a figure to forecasters: an
    /// expectation, the yardstick for others' figures rather than a rival to them.
    let expected: Bool
    /// The story it is attached to (`story(ofClaimMembers:)`), nil when none.
    let story: Int32?
    /// Who its mentions credit (interned attribution ids, sorted): claims stated side by side
    /// by the same articles are rival accounts only when credited to different sources.
    let attributions: [Int32]

    init(
        root: Int32, bucket: Int32, periods: [(id: Int32, span: PeriodSpan?)], hulls: [ValueRange],
        sources: [Int32], subjects: [Int32], bound: Bound, corrected: Bool, expected: Bool, story: Int32?,
        attributions: [Int32] = []
    ) {
        self.root = root
        self.bucket = bucket
        self.periods = periods
        self.hulls = hulls
        self.sources = sources
        self.subjects = subjects
        self.bound = bound
        self.corrected = corrected
        self.expected = expected
        self.story = story
        self.attributions = attributions
    }
}

// Building records from components. Everything here is read-only and sorted, so a view is
// the same whatever order the graph was built in.
extension ClaimGraph {
    // MARK: Ids

    func storyRoot(ofArticle a: Int32) -> Int32 { stories.root(a) }

    func storyID(ofRoot root: Int32) -> String {
        viewID(mark: UInt8(ascii: "s"), article: stories.seed(ofRoot: root), suffix: nil)
    }

    /// `mark`, the first `idPrefixLength` characters of `article`, then `-suffix` when given:
    /// the ids of stories and claims. Built from bytes when those characters are ASCII bytes
    /// (article ids are hex digests; a `Character` prefix walks grapheme breaks).
    func viewID(mark: UInt8, article: Int32, suffix: Int32?) -> String {
        articleStrings.withIDBytes(Int(article)) { Self.viewID(mark: mark, idBytes: $0, suffix: suffix) }
    }

    /// `viewID(mark:article:suffix:)` of an article id's UTF-8.
    static func viewID(mark: UInt8, idBytes: UnsafeBufferPointer<UInt8>, suffix: Int32?) -> String {
        if let fast = asciiViewID(mark: mark, idBytes: idBytes, suffix: suffix) { return fast }
        let raw = String(decoding: idBytes, as: UTF8.self)
        var id = String(UnicodeScalar(mark))
        id += raw.prefix(idPrefixLength)
        if let suffix { id += "-" + String(suffix) }
        return id
    }

    /// `viewID` written from bytes, or nil when the id's first characters are not ASCII bytes.
    private static func asciiViewID(mark: UInt8, idBytes bytes: UnsafeBufferPointer<UInt8>, suffix: Int32?)
        -> String?
    {
        // A character is one byte when it and the next are ASCII and not `\r` (`\r\n` is
        // one character; a combining mark joins the byte before it).
        let count = min(bytes.count, idPrefixLength)
        let checked = min(bytes.count, idPrefixLength + 1)
        for i in 0..<checked where bytes[i] >= 0x80 || bytes[i] == UInt8(ascii: "\r") { return nil }
        var digits: (UInt64, UInt64) = (0, 0)
        var digitCount = 0
        if var n = suffix.map({ Int64($0) }) {
            // Written backwards into a small buffer, then copied in order.
            let negative = n < 0
            if negative { n = -n }
            repeat {
                withUnsafeMutableBytes(of: &digits) { $0[digitCount] = UInt8(ascii: "0") + UInt8(n % 10) }
                digitCount += 1
                n /= 10
            } while n > 0
            if negative {
                withUnsafeMutableBytes(of: &digits) { $0[digitCount] = UInt8(ascii: "-") }
                digitCount += 1
            }
        }
        let length = 1 + count + (suffix == nil ? 0 : 1 + digitCount)
        return String(unsafeUninitializedCapacity: length) { out in
            out[0] = mark
            for i in 0..<count { out[1 + i] = bytes[i] }
            if suffix != nil {
                out[1 + count] = UInt8(ascii: "-")
                withUnsafeBytes(of: &digits) { d in
                    for i in 0..<digitCount { out[2 + count + i] = d[digitCount - 1 - i] }
                }
            }
            return length
        }
    }

    func claimRoot(ofMention m: Int32) -> Int32 { claimSets.root(m) }

    func claimID(ofRoot root: Int32) -> String {
        let seed = claimSets.seed(ofRoot: root)
        // Fields read one by one: a copy of the entry would retain every array it holds.
        let article = Int(mentions[Int(seed)].article)
        return viewID(
            mark: UInt8(ascii: "c"), article: Int32(article), suffix: seed - articles[article].mentionStart)
    }

    /// The claim root for an id, or nil.
    func claimRoot(forID id: String) -> Int32? {
        guard id.hasPrefix("c"), let dash = id.lastIndex(of: "-"),
            let offset = Int32(id[id.index(after: dash)...])
        else { return nil }
        let prefix = id[id.index(after: id.startIndex)..<dash]
        guard offset >= 0 else { return nil }
        // Articles whose ids share the prefix are told apart by the claim id they give.
        for article in articles(idPrefix: prefix) where offset < articles[Int(article)].mentionCount {
            let root = claimSets.root(articles[Int(article)].mentionStart + offset)
            if claimID(ofRoot: root) == id { return root }
        }
        return nil
    }

    func storyRoot(forID id: String) -> Int32? {
        guard id.hasPrefix("s") else { return nil }
        for article in articles(idPrefix: id.dropFirst()) {
            let root = stories.root(article)
            if storyID(ofRoot: root) == id { return root }
        }
        return nil
    }

    /// The articles whose ids start with `prefix` (almost always one, or none).
    func articles(idPrefix prefix: Substring) -> [Int32] {
        var found: [Int32] = []
        articleIDs.forEachArticle(prefix: prefix, in: articleStrings) { found.append($0) }
        return found
    }

    // MARK: Claims

    // A closure that names `self` (or a method of it) copies the whole graph, retaining and
    // releasing each of its dozens of buffers: the views below use loops and closures over
    // buffer pointers instead.

    func claimMembers(_ root: Int32) -> [Int32] {
        var members = claimSets.members(of: root)
        if members.count > 1 {
            Self.sortMentions(&members, mentions: mentions, articles: articles, strings: articleStrings)
        }
        return members
    }

    /// What a claim's figure covers, from the periods its mentions state: stated days usually
    /// date when a figure was said, so a day that a stated span (a year, a quarter) already
    /// accounts for adds nothing ("guided for last year", said on 24 January, is about the
    /// year). With no stated period, the publication days; else any time (-1).
    static func effectivePeriods(_ all: [(id: Int32, span: PeriodSpan?)]) -> [(id: Int32, span: PeriodSpan?)]
    {
        var stated: [(id: Int32, span: PeriodSpan?)] = []
        var spans: [PeriodSpan] = []
        for period in all where period.id >= 0 {
            stated.append(period)
            if let span = period.span, !span.isDay { spans.append(span) }
        }
        if stated.isEmpty { return all }
        var kept: [(id: Int32, span: PeriodSpan?)] = []
        for period in stated {
            if let day = period.span, day.isDay, spans.contains(where: { $0.isCompatible(with: day) }) {
                continue
            }
            kept.append(period)
        }
        return kept
    }

    /// Sorts mention indices into canonical order (`mentionPrecedes`).
    static func sortMentions(
        _ list: inout [Int32], mentions: [MentionEntry], articles: [ArticleEntry], strings: ArticleStrings
    ) {
        mentions.withUnsafeBufferPointer { ms in
            articles.withUnsafeBufferPointer { arts in
                list.sort { a, b in
                    let x = ms[Int(a)].article
                    let y = ms[Int(b)].article
                    if x != y { return articlePrecedes(x, y, articles: arts, strings: strings) }
                    return a < b
                }
            }
        }
    }

    /// Sorts article indices into canonical order (`articlePrecedes`).
    static func sortArticles(_ list: inout [Int32], articles: [ArticleEntry], strings: ArticleStrings) {
        articles.withUnsafeBufferPointer { arts in
            list.sort { articlePrecedes($0, $1, articles: arts, strings: strings) }
        }
    }

    /// What the views need to know about a claim. `bucket` is its `measureBucket` and `story`
    /// the story it is attached to (`story(ofClaimMembers:)`), when the caller has them already.
    func summary(ofClaim root: Int32, bucket: Int32? = nil, story knownStory: Int32? = nil) -> ClaimSummary {
        // Claims have a handful of members: small arrays searched in place beat hashing.
        let members = claimSets.members(of: root)
        var periods: [(id: Int32, span: PeriodSpan?)] = []
        var hulls: [ValueRange] = []
        var sources: [Int32] = []
        var subjects: [Int32] = []
        var bounds: [(bound: Bound, count: Int)] = []
        var corrected = false
        var expectedCount = 0
        var attributions: [Int32] = []
        for m in members {
            let mention = mentions[Int(m)]
            if !sources.contains(mention.article) { sources.append(mention.article) }
            if mention.attribution >= 0, !attributions.contains(mention.attribution) {
                attributions.append(mention.attribution)
            }
            let subject = groups[Int(mention.group)].subjectKey
            if !subjects.contains(subject) { subjects.append(subject) }
            if let i = bounds.firstIndex(where: { $0.bound == mention.bound }) {
                bounds[i].count += 1
            } else {
                bounds.append((mention.bound, 1))
            }
            corrected = corrected || mention.corrected
            if mention.expected { expectedCount += 1 }
            // An undated figure is about the time it was published: "$50 billion" printed in
            // January 2025 does not compete with 2024's figure.
            var period: (id: Int32, span: PeriodSpan?) = (mention.period, mention.span)
            if mention.period < 0, let day = articles[Int(mention.article)].day {
                period = (-2 - day, PeriodSpan(publishedOn: day))
            }
            if let i = periods.firstIndex(where: { $0.id == period.id }) {
                periods[i].span = period.span
            } else {
                periods.append(period)
            }
            for i in 0..<Int(mention.valueCount) {
                let range = range(of: mention, value: i)
                if let h = hulls.firstIndex(where: { $0.unit == range.unit }) {
                    hulls[h].low = min(hulls[h].low, range.low)
                    hulls[h].high = max(hulls[h].high, range.high)
                } else {
                    hulls.append(range)
                }
            }
        }
        periods.sort { $0.id < $1.id }
        hulls.sort { $0.unit < $1.unit }
        sources.sort()
        subjects.sort()
        // The bound stated most; ties by name.
        var bound = Bound.exact
        var most = 0
        for entry in bounds
        where entry.count > most || (entry.count == most && entry.bound.rawValue < bound.rawValue) {
            bound = entry.bound
            most = entry.count
        }
        return ClaimSummary(
            root: root, bucket: bucket ?? measureBucket(ofClaim: root),
            periods: Self.effectivePeriods(periods),
            hulls: hulls, sources: sources, subjects: subjects, bound: bound, corrected: corrected,
            expected: expectedCount * 2 > members.count,
            story: knownStory ?? story(ofClaimMembers: members), attributions: attributions.sorted())
    }

    /// The story a claim belongs to: where most of its main-passage mentions are; nil when
    /// it is only stated in passages off their article's topic.
    ///
    /// The claim's subject must also be something the story is about: named by two of its
    /// articles (or the story has one article). A roundup item whose passage was not told
    /// apart from the main text then stays out of the story it was printed next to. The subject
    /// is that of the claim's canonical first member (earliest by `mentionPrecedes`), whatever
    /// order `members` come in: a union-find member list's order depends on how claims merged.
    func story(ofClaimMembers members: [Int32]) -> Int32? {
        guard let candidate = storyCandidate(ofClaimMembers: members) else { return nil }
        return storyNames(candidate) ? candidate.story : nil
    }

    /// A story a claim may be attached to, with the subject it must be about.
    struct StoryCandidate: Hashable {
        var story: Int32
        var subject: Int32
        var head: Int32
    }

    /// The story most of a claim's main-passage mentions are in, and the subject of its
    /// canonical first member; nil when it has no main-passage mention.
    func storyCandidate(ofClaimMembers members: [Int32]) -> StoryCandidate? {
        // Most claims are one mention: its story and its subject.
        if members.count == 1 {
            let m = Int(members[0])
            guard mentions[m].isMain else { return nil }
            let group = Int(mentions[m].group)
            return StoryCandidate(
                story: stories.root(mentions[m].article), subject: groups[group].subjectKey,
                head: groups[group].subjectHead)
        }
        // Main mentions per story, in a small array: a claim touches a few stories.
        var counts: [(root: Int32, count: Int)] = []
        var canonicalFirst: Int32?
        for m in members {
            if let current = canonicalFirst {
                if mentionPrecedes(m, current) { canonicalFirst = m }
            } else {
                canonicalFirst = m
            }
            guard mentions[Int(m)].isMain else { continue }
            let root = stories.root(mentions[Int(m)].article)
            if let i = counts.firstIndex(where: { $0.root == root }) {
                counts[i].count += 1
            } else {
                counts.append((root: root, count: 1))
            }
        }
        // Ties go to the story whose seed article has the least id (its story id is a prefix).
        var chosen: (root: Int32, count: Int)?
        for candidate in counts {
            guard let current = chosen else {
                chosen = candidate
                continue
            }
            if candidate.count != current.count {
                if candidate.count > current.count { chosen = candidate }
            } else if articleStrings.idPrecedes(
                Int(stories.seed(ofRoot: candidate.root)), Int(stories.seed(ofRoot: current.root)))
            {
                chosen = candidate
            }
        }
        guard let best = chosen?.root, let first = canonicalFirst else { return nil }
        let group = Int(mentions[Int(first)].group)
        return StoryCandidate(
            story: best, subject: groups[group].subjectKey, head: groups[group].subjectHead)
    }

    /// Whether a story is about a subject: named by two of its articles, or the story has one
    /// article (`story(ofClaimMembers:)`).
    func storyNames(_ candidate: StoryCandidate) -> Bool {
        if stories.setSize(ofRoot: candidate.story) < 2 { return true }
        var naming = 0
        // Names of one entity share their first word (`headKey`): only those are compared.
        // Each article's cue lists are read in place (a `CueList` per read retained their
        // buffer), and the closure names the string table, not `self` (which would copy the
        // graph).
        let strings = self.strings
        let headKeys = self.headKeys
        let subject = strings[candidate.subject]
        for a in stories.members(of: candidate.story) {
            let names = cueArena.withLists(articles[Int(a)].cues) { cues in
                for entity in cues.entities where headKeys[entity] == candidate.head {
                    if entity == candidate.subject { return true }
                    // As `sameEntity`.
                    let name = strings[entity]
                    if Self.startsWithWords(name, subject) || Self.startsWithWords(subject, name) {
                        return true
                    }
                }
                return false
            }
            if names {
                naming += 1
                if naming >= 2 { return true }
            }
        }
        return false
    }

    func origins(ofArticles sources: [Int32]) -> Int {
        // A claim has a handful of sources: a small array searched in place beats hashing.
        var seeds: [Int32] = []
        seeds.reserveCapacity(sources.count)
        for a in sources {
            let seed = syndication.seed(ofRoot: syndication.root(a))
            if !seeds.contains(seed) { seeds.append(seed) }
        }
        return seeds.count
    }

    /// The record of a claim; `status` is filled by the caller from conflicts and denials.
    func record(ofClaim root: Int32, status: ClaimStatus) -> ClaimRecord {
        let members = claimMembers(root)
        return record(ofClaim: root, members: members, status: status, story: story(ofClaimMembers: members))
    }

    /// The record of a claim whose canonically sorted `members` (`claimMembers`) and story
    /// (`story(ofClaimMembers:)`) the caller has worked out already.
    ///
    /// A claim has a handful of distinct subjects, measures, periods and values: counted in
    /// small arrays searched in place, which beats hashing into dictionaries per claim.
    /// `id`: the claim's id (`claimID(ofRoot:)`) when the caller has it already.
    func record(
        ofClaim root: Int32, members: [Int32], status: ClaimStatus, story storyRoot: Int32?, id: String? = nil
    ) -> ClaimRecord {
        var subjects: [(key: Int32, count: Int)] = []
        var measures: [(key: Int32, count: Int)] = []
        var periods: [(key: Int32, count: Int)] = []
        var bounds: [(bound: Bound, count: Int)] = []
        var valueCounts: [(key: ValueKey, count: Int, resolution: Float)] = []
        var attributionIDs: [Int32] = []
        var sources: [Int32] = []
        var evidence: [EvidenceKey] = []
        evidence.reserveCapacity(members.count)
        var upper: [Value] = []
        var allHedged = true
        for m in members {
            let mention = mentions[Int(m)]
            Self.count(mention.subject, in: &subjects)
            Self.count(mention.measure, in: &measures)
            if mention.period >= 0 { Self.count(mention.period, in: &periods) }
            if let i = bounds.firstIndex(where: { $0.bound == mention.bound }) {
                bounds[i].count += 1
            } else {
                bounds.append((mention.bound, 1))
            }
            let start = Int(mention.valueStart)
            // By index: iterating a slice retained and released the table.
            for v in start..<(start + Int(mention.valueCount)) {
                let value = values[v]
                let key = ValueKey(unit: value.unit, amount: value.amount)
                if let i = valueCounts.firstIndex(where: { $0.key == key }) {
                    valueCounts[i].count += 1
                    valueCounts[i].resolution = min(valueCounts[i].resolution, value.resolution)
                } else {
                    valueCounts.append((key, 1, value.resolution))
                }
            }
            if mention.bound == .range, upper.isEmpty {
                let upperStart = start + Int(mention.valueCount)
                upper = values[upperStart..<(upperStart + Int(mention.upperCount))].map {
                    Value(
                        amount: $0.amount, unit: QuantityUnit(units[$0.unit]),
                        resolution: Double($0.resolution))
                }
            }
            if mention.attribution >= 0, !attributionIDs.contains(mention.attribution) {
                attributionIDs.append(mention.attribution)
            }
            if !sources.contains(mention.article) { sources.append(mention.article) }
            evidence.append(
                EvidenceKey(article: mention.article, start: mention.evidenceStart, end: mention.evidenceEnd))
            allHedged = allHedged && mention.hedged
        }
        // The bound stated most; ties by name.
        var bound: Bound?
        var most = 0
        for entry in bounds
        where bound == nil || entry.count > most
            || (entry.count == most && entry.bound.rawValue < (bound?.rawValue ?? ""))
        {
            bound = entry.bound
            most = entry.count
        }
        // Most claims have one value, one source and at most one attribution: the lists are
        // sorted only when there is something to order.
        if valueCounts.count > 1 {
            let unitNames = units
            valueCounts.sort { lhs, rhs in
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                if lhs.key.unit != rhs.key.unit { return unitNames[lhs.key.unit] < unitNames[rhs.key.unit] }
                return lhs.key.amount < rhs.key.amount
            }
        }
        var attributions: [String] = []
        for id in attributionIDs { attributions.append(strings[id]) }
        if attributions.count > 1 { attributions.sort() }
        if sources.count > 1 {
            let strings = articleStrings
            sources.sort { strings.idPrecedes(Int($0), Int($1)) }
        }
        var sourceIDs: [ArticleID] = []
        sourceIDs.reserveCapacity(sources.count)
        for a in sources { sourceIDs.append(articleID(a)) }
        var storyID: String?
        if let storyRoot { storyID = self.storyID(ofRoot: storyRoot) }
        var recordValues: [Value] = []
        recordValues.reserveCapacity(valueCounts.count)
        for entry in valueCounts {
            recordValues.append(
                Value(
                    amount: entry.key.amount, unit: QuantityUnit(units[entry.key.unit]),
                    resolution: Double(entry.resolution)))
        }
        return ClaimRecord(
            id: id ?? claimID(ofRoot: root), story: storyID,
            subject: mostCommon(subjects) ?? "", measure: mostCommon(measures) ?? "",
            values: recordValues,
            bound: bound ?? .exact, upper: bound == .range ? upper : [],
            period: mostCommon(periods).flatMap { Period($0) },
            sources: sourceIDs, origins: origins(ofArticles: sources),
            attributions: attributions, hedged: allHedged, status: status,
            evidence: sortedEvidence(evidence))
    }

    /// Counts one more `key` in a small list of counts.
    static func count(_ key: Int32, in counts: inout [(key: Int32, count: Int)]) {
        if let i = counts.firstIndex(where: { $0.key == key }) {
            counts[i].count += 1
        } else {
            counts.append((key, 1))
        }
    }

    /// The interned string counted most often (ties: the least string).
    func mostCommon(_ counts: [(key: Int32, count: Int)]) -> String? {
        var best: (text: String, count: Int)?
        for (key, count) in counts {
            if let current = best, count < current.count { continue }
            let text = strings[key]
            if let current = best, count == current.count && text >= current.text { continue }
            best = (text, count)
        }
        return best?.text
    }

    /// Evidence in (article id, start, end) order: never by internal index, which follows
    /// arrival order.
    /// `keys` may repeat a key; each is listed once.
    func sortedEvidence(_ keys: some Collection<EvidenceKey>) -> [EvidenceRef] {
        // The keys are sorted and repeats dropped before any reference is built: most keys
        // of a claim share an article, told apart by integer compares.
        var sorted = Array(keys)
        if sorted.count > 1 {
            let strings = articleStrings
            sorted.sort { x, y in
                if x.article != y.article { return strings.idPrecedes(Int(x.article), Int(y.article)) }
                return (x.start, x.end) < (y.start, y.end)
            }
        }
        var unique: [EvidenceRef] = []
        unique.reserveCapacity(sorted.count)
        var last: EvidenceKey?
        // Keys of one article are adjacent: its id is built once and shared by their references.
        var lastID: (article: Int32, id: ArticleID)?
        for key in sorted where key != last {
            let id = lastID?.article == key.article ? lastID?.id : nil
            let article = id ?? articleID(key.article)
            lastID = (key.article, article)
            unique.append(EvidenceRef(article: article, start: Int(key.start), end: Int(key.end)))
            last = key
        }
        return unique
    }

    struct ValueKey: Hashable {
        var unit: Int32
        var amount: Double
    }

    struct EvidenceKey: Hashable, Comparable {
        var article: Int32
        var start: Int32
        var end: Int32

        static func < (lhs: EvidenceKey, rhs: EvidenceKey) -> Bool {
            (lhs.article, lhs.start, lhs.end) < (rhs.article, rhs.start, rhs.end)
        }
    }

    // MARK: Articles and stories

    func record(ofArticle a: Int32) -> ArticleRecord {
        let entry = articles[Int(a)]
        let copyRoot = syndication.root(a)
        let original = syndication.seed(ofRoot: copyRoot)
        let outlet = strings[entry.outlet]
        return ArticleRecord(
            id: articleID(a), ref: articleStrings.ref(Int(a)), outlet: outlet.isEmpty ? nil : outlet,
            title: articleStrings.title(Int(a)), url: articleStrings.url(Int(a)), published: entry.published,
            story: storyID(ofRoot: stories.root(a)), duplicateOf: original == a ? nil : articleID(original),
            mentionCount: Int(entry.mentionCount))
    }

    func storyArticles(_ root: Int32) -> [Int32] {
        var members = stories.members(of: root)
        Self.sortArticles(&members, articles: articles, strings: articleStrings)
        return members
    }

    func record(ofStory root: Int32, related: [String]) -> StoryRecord {
        let members = storyArticles(root)
        let seed = stories.seed(ofRoot: root)
        let days = members.compactMap { articles[Int($0)].published }
        return StoryRecord(
            id: storyID(ofRoot: root), title: articleStrings.title(Int(seed)),
            articles: members.map(articleID),
            related: related, firstPublished: days.min(), lastPublished: days.max())
    }

    /// Entities of a story by summed weight, strongest first.
    func storyEntities(_ members: [Int32]) -> [Int32] {
        var weights: [Int32: Float] = [:]
        for a in members {
            let cues = cues(a)
            for (i, e) in cues.entities.enumerated() { weights[e, default: 0] += cues.entityWeights[i] }
        }
        return weights.sorted {
            $0.value != $1.value ? $0.value > $1.value : strings[$0.key] < strings[$1.key]
        }
        .map(\.key)
    }

    /// How far around a story related stories are looked for.
    static let relatedWindowDays: Int32 = 30
    static let relatedLimit = 8

    /// Other stories, near in time, whose articles name this story's leading entity.
    func relatedStories(_ root: Int32) -> [String] {
        let members = storyArticles(root)
        guard let lead = storyEntities(members).first else { return [] }
        let days = members.compactMap { articles[Int($0)].day }
        guard let first = days.min(), let last = days.max() else { return [] }
        // Articles led by `lead` are indexed under its first word; every entity of an article
        // had its first word taken when the article was inserted.
        let head = headKeys[lead]
        guard head >= 0 else { return [] }
        var found: Set<Int32> = []
        let window = (first - Self.relatedWindowDays)...(last + Self.relatedWindowDays)
        for span in Self.filingSpan(window.lowerBound)...Self.filingSpan(window.upperBound) {
            leadIndex.forEach(under: PostingKey(token: head, day: span), days: window) { other in
                let otherRoot = stories.root(other)
                if otherRoot != root, cues(other).entities.first == lead { found.insert(otherRoot) }
            }
        }
        return found.map { storyID(ofRoot: $0) }.sorted().prefix(Self.relatedLimit).map { $0 }
    }
}
