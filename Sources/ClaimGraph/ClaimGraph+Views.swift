import ClaimModel

/// What the views need to know about one canonical claim, without building its record.
struct ClaimSummary: Sendable {
    var root: Int32
    /// Measure family and scope (`measureBucket`): claims compete only within one bucket.
    var bucket: Int32
    /// Stated periods (id of the period string), publication days of undated mentions
    /// (negative ids below -1), or -1 for an undated mention of an undated article (any time).
    var periods: [(id: Int32, span: PeriodSpan?)]
    /// Per unit, the hull of the members' ranges.
    var hulls: [ValueRange]
    /// Articles stating it, sorted by internal index (only compared for equality).
    var sources: [Int32]
    /// Normalised subject names of its mentions, sorted.
    var subjects: [Int32]
    /// The bound its mentions state most (ties by name), and whether one of them is stated in
    /// a sentence withdrawing or correcting a figure.
    var bound: Bound
    var corrected: Bool
    /// The story it is attached to (`story(ofClaimMembers:)`), nil when none.
    var story: Int32?
}

// Building records from components. Everything here is read-only and sorted, so a view is
// the same whatever order the graph was built in.
extension ClaimGraph {
    // MARK: Ids

    func storyRoot(ofArticle a: Int32) -> Int32 { stories.root(a) }

    func storyID(ofRoot root: Int32) -> String {
        "s" + articles[Int(stories.seed(ofRoot: root))].id.rawValue.prefix(Self.idPrefixLength)
    }

    func claimRoot(ofMention m: Int32) -> Int32 { claimSets.root(m) }

    func claimID(ofRoot root: Int32) -> String {
        let seed = claimSets.seed(ofRoot: root)
        let mention = mentions[Int(seed)]
        let article = articles[Int(mention.article)]
        return "c" + article.id.rawValue.prefix(Self.idPrefixLength) + "-"
            + String(seed - article.mentionStart)
    }

    /// The claim root for an id, or nil.
    func claimRoot(forID id: String) -> Int32? {
        guard id.hasPrefix("c"), let dash = id.lastIndex(of: "-"),
            let offset = Int32(id[id.index(after: dash)...])
        else { return nil }
        let prefix = id[id.index(after: id.startIndex)..<dash]
        guard let article = articlePrefixIndex[prefix] else { return nil }
        let entry = articles[Int(article)]
        guard offset >= 0, offset < entry.mentionCount else { return nil }
        let root = claimSets.root(entry.mentionStart + offset)
        return claimID(ofRoot: root) == id ? root : nil
    }

    func storyRoot(forID id: String) -> Int32? {
        guard id.hasPrefix("s"), let article = articlePrefixIndex[id.dropFirst()] else { return nil }
        let root = stories.root(article)
        return storyID(ofRoot: root) == id ? root : nil
    }

    // MARK: Claims

    func claimMembers(_ root: Int32) -> [Int32] {
        claimSets.members(of: root).sorted(by: mentionPrecedes)
    }

    /// What a claim's figure covers, from the periods its mentions state: stated days usually
    /// date when a figure was said, so a day that a stated span (a year, a quarter) already
    /// accounts for adds nothing ("guided for last year", said on 24 January, is about the
    /// year). With no stated period, the publication days; else any time (-1).
    static func effectivePeriods(_ periods: [Int32: PeriodSpan?]) -> [(id: Int32, span: PeriodSpan?)] {
        let all = periods.sorted { $0.key < $1.key }.map { (id: $0.key, span: $0.value) }
        let stated = all.filter { $0.id >= 0 }
        if stated.isEmpty { return all }
        let spans = stated.compactMap { $0.span?.isDay == false ? $0.span : nil }
        return stated.filter { period in
            guard let day = period.span, day.isDay else { return true }
            return !spans.contains { $0.isCompatible(with: day) }
        }
    }

    func summary(ofClaim root: Int32) -> ClaimSummary {
        let members = claimSets.members(of: root)
        var periods: [Int32: PeriodSpan?] = [:]
        var hulls: [Int32: ValueRange] = [:]
        var sources: Set<Int32> = []
        var subjects: Set<Int32> = []
        var bounds: [Bound: Int] = [:]
        var corrected = false
        for m in members {
            let mention = mentions[Int(m)]
            bounds[mention.bound, default: 0] += 1
            corrected = corrected || mention.corrected
            sources.insert(mention.article)
            subjects.insert(groups[Int(mention.group)].subjectKey)
            if mention.period >= 0 {
                periods[mention.period] = mention.span
            } else if let day = articles[Int(mention.article)].day {
                // An undated figure is about the time it was published: "$50 billion" printed
                // in January 2025 does not compete with 2024's figure.
                periods[-2 - day] = PeriodSpan(publishedOn: day)
            } else {
                periods[-1] = PeriodSpan?.none
            }
            for range in ranges(of: mention) {
                if var hull = hulls[range.unit] {
                    hull.low = min(hull.low, range.low)
                    hull.high = max(hull.high, range.high)
                    hulls[range.unit] = hull
                } else {
                    hulls[range.unit] = range
                }
            }
        }
        return ClaimSummary(
            root: root, bucket: measureBucket(ofClaim: root),
            periods: Self.effectivePeriods(periods),
            hulls: hulls.values.sorted { $0.unit < $1.unit }, sources: sources.sorted(),
            subjects: subjects.sorted(),
            bound: bounds.max {
                $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue
            }?.key ?? .exact,
            corrected: corrected, story: story(ofClaimMembers: members))
    }

    /// The story a claim belongs to: where most of its main-passage mentions are; nil when
    /// it is only stated in passages off their article's topic.
    ///
    /// The claim's subject must also be something the story is about: named by two of its
    /// articles (or the story has one article). A roundup item whose passage was not told
    /// apart from the main text then stays out of the story it was printed next to.
    func story(ofClaimMembers members: [Int32]) -> Int32? {
        var counts: [Int32: Int] = [:]
        for m in members where mentions[Int(m)].isMain {
            counts[stories.root(mentions[Int(m)].article), default: 0] += 1
        }
        // Ties go to the story whose seed article has the least id (its story id is a prefix).
        let chosen = counts.max { lhs, rhs in
            lhs.value != rhs.value
                ? lhs.value < rhs.value
                : articles[Int(stories.seed(ofRoot: lhs.key))].id
                    > articles[Int(stories.seed(ofRoot: rhs.key))].id
        }
        guard let best = chosen?.key, let first = members.first else { return nil }
        let subject = groups[Int(mentions[Int(first)].group)].subjectKey
        if stories.setSize(ofRoot: best) < 2 { return best }
        var naming = 0
        for a in stories.members(of: best)
        where articles[Int(a)].entities.contains(where: { sameEntity($0, subject) }) {
            naming += 1
            if naming >= 2 { return best }
        }
        return nil
    }

    func origins(ofArticles sources: [Int32]) -> Int {
        Set(sources.map { syndication.seed(ofRoot: syndication.root($0)) }).count
    }

    /// The record of a claim; `status` is filled by the caller from conflicts and denials.
    func record(ofClaim root: Int32, status: ClaimStatus) -> ClaimRecord {
        let members = claimMembers(root)
        var subjects: [Int32: Int] = [:]
        var measures: [Int32: Int] = [:]
        var periods: [Int32: Int] = [:]
        var bounds: [Bound: Int] = [:]
        var valueCounts: [ValueKey: (count: Int, resolution: Float)] = [:]
        var attributions: Set<String> = []
        var sources: Set<Int32> = []
        var evidence: Set<EvidenceKey> = []
        var upper: [Value] = []
        var allHedged = true
        for m in members {
            let mention = mentions[Int(m)]
            subjects[mention.subject, default: 0] += 1
            measures[mention.measure, default: 0] += 1
            if mention.period >= 0 { periods[mention.period, default: 0] += 1 }
            bounds[mention.bound, default: 0] += 1
            let start = Int(mention.valueStart)
            for value in values[start..<(start + Int(mention.valueCount))] {
                let key = ValueKey(unit: units[value.unit], amount: value.amount)
                let old = valueCounts[key]
                valueCounts[key] = (
                    (old?.count ?? 0) + 1, min(old?.resolution ?? value.resolution, value.resolution)
                )
            }
            if mention.bound == .range, upper.isEmpty {
                let upperStart = start + Int(mention.valueCount)
                upper = values[upperStart..<(upperStart + Int(mention.upperCount))].map {
                    Value(
                        amount: $0.amount, unit: QuantityUnit(units[$0.unit]),
                        resolution: Double($0.resolution))
                }
            }
            if mention.attribution >= 0 { attributions.insert(strings[mention.attribution]) }
            sources.insert(mention.article)
            evidence.insert(
                EvidenceKey(article: mention.article, start: mention.evidenceStart, end: mention.evidenceEnd))
            allHedged = allHedged && mention.hedged
        }
        func mostCommon(_ counts: [Int32: Int]) -> String? {
            counts.map { (strings[$0.key], $0.value) }
                .max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }?.0
        }
        let bound = bounds.max {
            $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue
        }?.key
        let orderedValues = valueCounts.sorted { lhs, rhs in
            if lhs.value.count != rhs.value.count { return lhs.value.count > rhs.value.count }
            if lhs.key.unit != rhs.key.unit { return lhs.key.unit < rhs.key.unit }
            return lhs.key.amount < rhs.key.amount
        }
        let sourceList = sources.sorted { articles[Int($0)].id < articles[Int($1)].id }
        let storyRoot = story(ofClaimMembers: members)
        return ClaimRecord(
            id: claimID(ofRoot: root), story: storyRoot.map { storyID(ofRoot: $0) },
            subject: mostCommon(subjects) ?? "", measure: mostCommon(measures) ?? "",
            values: orderedValues.map {
                Value(
                    amount: $0.key.amount, unit: QuantityUnit($0.key.unit),
                    resolution: Double($0.value.resolution))
            },
            bound: bound ?? .exact, upper: bound == .range ? upper : [],
            period: mostCommon(periods).flatMap { Period($0) },
            sources: sourceList.map { articles[Int($0)].id }, origins: origins(ofArticles: sourceList),
            attributions: attributions.sorted(), hedged: allHedged, status: status,
            evidence: sortedEvidence(evidence))
    }

    /// Evidence in (article id, start, end) order: never by internal index, which follows
    /// arrival order.
    func sortedEvidence(_ keys: Set<EvidenceKey>) -> [EvidenceRef] {
        keys.map {
            EvidenceRef(article: articles[Int($0.article)].id, start: Int($0.start), end: Int($0.end))
        }
        .sorted { ($0.article, $0.start, $0.end) < ($1.article, $1.start, $1.end) }
    }

    struct ValueKey: Hashable {
        var unit: String
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
            id: entry.id, ref: entry.ref, outlet: outlet.isEmpty ? nil : outlet, title: entry.title,
            url: entry.url, published: entry.published, story: storyID(ofRoot: stories.root(a)),
            duplicateOf: original == a ? nil : articles[Int(original)].id,
            mentionCount: Int(entry.mentionCount))
    }

    func storyArticles(_ root: Int32) -> [Int32] {
        stories.members(of: root).sorted(by: articlePrecedes)
    }

    func record(ofStory root: Int32, related: [String]) -> StoryRecord {
        let members = storyArticles(root)
        let seed = articles[Int(stories.seed(ofRoot: root))]
        let days = members.compactMap { articles[Int($0)].published }
        return StoryRecord(
            id: storyID(ofRoot: root), title: seed.title, articles: members.map { articles[Int($0)].id },
            related: related, firstPublished: days.min(), lastPublished: days.max())
    }

    /// Entities of a story by summed weight, strongest first.
    func storyEntities(_ members: [Int32]) -> [Int32] {
        var weights: [Int32: Float] = [:]
        for a in members {
            let entry = articles[Int(a)]
            for (i, e) in entry.entities.enumerated() { weights[e, default: 0] += entry.entityWeights[i] }
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
        guard let head = headKeys[lead] else { return [] }
        var found: Set<Int32> = []
        for day in (first - Self.relatedWindowDays)...(last + Self.relatedWindowDays) {
            leadIndex.forEach(under: PostingKey(token: head, day: day)) { other in
                let otherRoot = stories.root(other)
                if otherRoot != root, articles[Int(other)].entities.first == lead { found.insert(otherRoot) }
            }
        }
        return found.map { storyID(ofRoot: $0) }.sorted().prefix(Self.relatedLimit).map { $0 }
    }
}
