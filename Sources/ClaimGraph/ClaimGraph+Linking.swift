import ClaimModel

// The pairwise rules that build the graph's components as articles arrive. Each rule is a
// symmetric function of the two items' own data, and every pair it could join is examined
// when the later of the two arrives, so components do not depend on arrival order.
extension ClaimGraph {
    // MARK: Measures

    /// The group of (subject, measure key), created on first sight and linked to the
    /// subject's groups whose measure phrases name the same measure.
    mutating func groupFor(subjectKey: Int32, measure: String) -> Int32 {
        let key = MeasureVocabulary.key(measure)
        if let group = groupIndex[GroupKey(subject: subjectKey, measure: key)] { return group }
        let tokens = MeasureVocabulary.tokens(measure)
        let scope = MeasureVocabulary.scope(tokens)
        let group = Int32(groups.count)
        groups.append(
            MeasureGroup(
                subjectKey: subjectKey, measureKey: key, tokens: tokens, scope: scope,
                family: MeasureVocabulary.family(tokens) ?? key, mentions: []))
        groupIndex[GroupKey(subject: subjectKey, measure: key)] = group
        _ = measureSets.add()
        for other in subjectGroups[subjectKey, default: []] where sameMeasure(group, other) {
            joinMeasures(group, other)
        }
        subjectGroups[subjectKey, default: []].append(group)
        return group
    }

    func sameMeasure(_ a: Int32, _ b: Int32) -> Bool {
        let x = groups[Int(a)]
        let y = groups[Int(b)]
        guard x.scope == y.scope else { return false }
        let shared = x.tokens.filter { y.tokens.contains($0) }.count
        let union = x.tokens.count + y.tokens.count - shared
        return union > 0 && Double(shared) / Double(union) >= rules.measureSimilarity
    }

    /// Joins two measure components and examines the mention pairs that now share a measure.
    mutating func joinMeasures(_ a: Int32, _ b: Int32) {
        let ra = measureSets.find(a)
        let rb = measureSets.find(b)
        guard ra != rb else { return }
        let left = measureSets.members(of: ra).flatMap { groups[Int($0)].mentions }
        let right = measureSets.members(of: rb).flatMap { groups[Int($0)].mentions }
        measureSets.union(ra, rb) { groups[Int($0)].measureKey < groups[Int($1)].measureKey }
        for x in left {
            for y in right where mentionsAgree(x, y) {
                claimSets.union(x, y, precedes: mentionPrecedes)
            }
        }
    }

    // MARK: Claims

    /// Links a new mention with every agreeing mention of the same subject and measure.
    mutating func linkMention(_ m: Int32) {
        let group = mentions[Int(m)].group
        let root = measureSets.find(group)
        for member in measureSets.members(of: root) {
            for other in groups[Int(member)].mentions where mentionsAgree(m, other) {
                claimSets.union(m, other, precedes: mentionPrecedes)
            }
        }
        groups[Int(group)].mentions.append(m)
    }

    /// Same period (or compatible ones) and values that can both hold as stated.
    func mentionsAgree(_ a: Int32, _ b: Int32) -> Bool {
        let x = mentions[Int(a)]
        let y = mentions[Int(b)]
        guard periodsCompatible(x.period, y.period) else { return false }
        return ValueRange.anyOverlap(ranges(of: x), ranges(of: y))
    }

    func periodsCompatible(_ a: Int32, _ b: Int32) -> Bool {
        if a < 0 || b < 0 || a == b { return true }
        guard let pa = Period(strings[a]).flatMap(PeriodSpan.init),
            let pb = Period(strings[b]).flatMap(PeriodSpan.init)
        else { return false }
        return pa.isCompatible(with: pb)
    }

    func ranges(of mention: MentionEntry) -> [ValueRange] {
        let start = Int(mention.valueStart)
        let stated = values[start..<(start + Int(mention.valueCount))]
        let upper = values[
            (start + Int(mention.valueCount))..<(start + Int(mention.valueCount) + Int(mention.upperCount))]
        return ValueRange.ranges(values: stated, upper: upper, bound: mention.bound)
    }

    // MARK: Syndication

    static let simhashBandCount = 4

    static func bandKeys(_ simhash: UInt64) -> [UInt64] {
        (0..<simhashBandCount).map { band in
            UInt64(band) << 60 ^ ((simhash >> UInt64(band * 16)) & 0xffff)
        }
    }

    /// Joins the article with earlier copies of its text: the same text hash, or a SimHash a
    /// few bits away with a similar length. Copies are also one story.
    mutating func linkSyndication(_ a: Int32) {
        let entry = articles[Int(a)]
        var candidates = textHashIndex[entry.textHash, default: []]
        let bands = Self.bandKeys(entry.simhash)
        for band in bands { candidates += simhashBands[band, default: []] }
        for other in Set(candidates) where other != a && isNearCopy(a, other) {
            syndication.union(a, other, precedes: articlePrecedes)
            stories.union(a, other, precedes: articlePrecedes)
        }
        textHashIndex[entry.textHash, default: []].append(a)
        for band in bands { simhashBands[band, default: []].append(a) }
    }

    func isNearCopy(_ a: Int32, _ b: Int32) -> Bool {
        let x = articles[Int(a)]
        let y = articles[Int(b)]
        if x.textHash == y.textHash { return true }
        guard x.textLength > 0, y.textLength > 0 else { return false }
        guard (x.simhash ^ y.simhash).nonzeroBitCount <= rules.nearCopyBits else { return false }
        let ratio = Double(min(x.textLength, y.textLength)) / Double(max(x.textLength, y.textLength))
        return ratio >= rules.nearCopyLengthRatio
    }

    // MARK: Stories

    /// Joins the article with similar articles published within the story window.
    mutating func linkStory(_ a: Int32) {
        let entry = articles[Int(a)]
        let day = entry.day ?? Int32.min
        let tokens = entry.entities + entry.terms.map { $0 }
        var seen: Set<Int32> = [a]
        let window = Int32(rules.storyWindowDays)
        let days: [Int32] = entry.day == nil ? [Int32.min] : Array((day - window)...(day + window))
        for token in Set(tokens) {
            for d in days {
                for other in postings[PostingKey(token: token, day: d), default: []]
                where seen.insert(other).inserted {
                    if storySimilarity(a, other) >= rules.storyThreshold {
                        stories.union(a, other, precedes: articlePrecedes)
                    }
                }
            }
        }
        for token in Set(tokens) { postings[PostingKey(token: token, day: day), default: []].append(a) }
    }

    /// Cosine of entity weights, blended with the overlap of key terms.
    func storySimilarity(_ a: Int32, _ b: Int32) -> Float {
        let x = articles[Int(a)]
        let y = articles[Int(b)]
        var entityCosine: Float = 0
        for (i, e) in x.entities.enumerated() {
            if let j = y.entities.firstIndex(of: e) {
                entityCosine += x.entityWeights[i] * y.entityWeights[j]
            }
        }
        let sharedTerms = x.terms.filter { y.terms.contains($0) }.count
        let termOverlap = Float(sharedTerms) / Float(max(1, min(x.terms.count, y.terms.count)))
        let sharedGroups = x.claimGroups.filter { y.claimGroups.contains($0) }.count
        let groupOverlap = min(1, Float(sharedGroups) / 2)
        return 0.5 * entityCosine + 0.3 * termOverlap + 0.2 * groupOverlap
    }
}
