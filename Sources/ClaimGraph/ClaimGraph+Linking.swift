import ClaimModel

// The pairwise rules that build the graph's components as articles arrive. Each rule is a
// symmetric function of the two items' own data, and every pair it could join is examined
// when the later of the two arrives, so components do not depend on arrival order.
extension ClaimGraph {
    // MARK: Measures

    /// The group of (subject, measure key), created on first sight and linked to the
    /// subject's groups whose measure phrases name the same measure.
    mutating func groupFor(subjectKey: Int32, measure: Int32) -> Int32 {
        let keyID: Int32
        if let cached = measureKeys[measure] {
            keyID = cached
        } else {
            keyID = strings.intern(MeasureVocabulary.key(strings[measure]))
            measureKeys[measure] = keyID
        }
        if let group = groupIndex[GroupKey(subject: subjectKey, measure: keyID)] { return group }
        let key = strings[keyID]
        let tokens = MeasureVocabulary.tokens(strings[measure])
        let scope = MeasureVocabulary.scope(tokens)
        let family = MeasureVocabulary.family(tokens) ?? key
        let bucket = strings.intern(family + "|" + scope.joined(separator: " "))
        let group = Int32(groups.count)
        groups.append(
            MeasureGroup(
                subjectKey: subjectKey, bucket: bucket, measureKey: key, tokens: tokens, scope: scope,
                family: family, mentions: []))
        groupIndex[GroupKey(subject: subjectKey, measure: keyID)] = group
        buckets[BucketKey(subject: subjectKey, bucket: bucket), default: []].append(group)
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
        let sa = measureSets.seed(ofRoot: ra)
        let sb = measureSets.seed(ofRoot: rb)
        measureSets.union(
            roots: ra, rb, seed: groups[Int(sb)].measureKey < groups[Int(sa)].measureKey ? sb : sa)
        for x in left {
            for y in right where mentionsAgree(x, y) {
                joinClaims(x, y)
            }
        }
    }

    // MARK: Joining components

    mutating func joinClaims(_ x: Int32, _ y: Int32) {
        let rx = claimSets.find(x)
        let ry = claimSets.find(y)
        guard rx != ry else { return }
        let sx = claimSets.seed(ofRoot: rx)
        let sy = claimSets.seed(ofRoot: ry)
        claimSets.union(roots: rx, ry, seed: mentionPrecedes(sy, sx) ? sy : sx)
    }

    mutating func joinStories(_ x: Int32, _ y: Int32) {
        let rx = stories.find(x)
        let ry = stories.find(y)
        guard rx != ry else { return }
        let sx = stories.seed(ofRoot: rx)
        let sy = stories.seed(ofRoot: ry)
        stories.union(roots: rx, ry, seed: articlePrecedes(sy, sx) ? sy : sx)
    }

    mutating func joinCopies(_ x: Int32, _ y: Int32) {
        let rx = syndication.find(x)
        let ry = syndication.find(y)
        guard rx != ry else { return }
        let sx = syndication.seed(ofRoot: rx)
        let sy = syndication.seed(ofRoot: ry)
        syndication.union(roots: rx, ry, seed: articlePrecedes(sy, sx) ? sy : sx)
    }

    // MARK: Claims

    /// Links a new mention with every agreeing mention of the same subject and measure.
    mutating func linkMention(_ m: Int32) {
        let group = mentions[Int(m)].group
        let root = measureSets.find(group)
        for member in measureSets.members(of: root) {
            for other in groups[Int(member)].mentions where mentionsAgree(m, other) {
                joinClaims(m, other)
            }
        }
        groups[Int(group)].mentions.append(m)
    }

    /// Same period (or compatible ones) and values that can both hold as stated.
    func mentionsAgree(_ a: Int32, _ b: Int32) -> Bool {
        let x = mentions[Int(a)]
        let y = mentions[Int(b)]
        guard periodsCompatible(x, y) else { return false }
        for i in 0..<Int(x.valueCount) {
            let unit = values[Int(x.valueStart) + i].unit
            for j in 0..<Int(y.valueCount) where values[Int(y.valueStart) + j].unit == unit {
                if range(of: x, value: i).overlaps(range(of: y, value: j)) { return true }
            }
        }
        return false
    }

    func periodsCompatible(_ x: MentionEntry, _ y: MentionEntry) -> Bool {
        if x.period < 0 || y.period < 0 || x.period == y.period { return true }
        guard let a = x.span, let b = y.span else { return false }
        return a.isCompatible(with: b)
    }

    func range(of mention: MentionEntry, value i: Int) -> ValueRange {
        let start = Int(mention.valueStart)
        let count = Int(mention.valueCount)
        return ValueRange.range(
            of: values[start + i], upper: values[(start + count)..<(start + count + Int(mention.upperCount))],
            bound: mention.bound)
    }

    func ranges(of mention: MentionEntry) -> [ValueRange] {
        (0..<Int(mention.valueCount)).map { range(of: mention, value: $0) }
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
            joinCopies(a, other)
            joinStories(a, other)
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

    /// The entities and terms an article is indexed under for story candidates: the leading
    /// ones only, so a common word does not make every article a candidate.
    func storyTokens(_ entry: ArticleEntry) -> Set<Int32> {
        Set(entry.entities.prefix(rules.indexedEntities) + entry.terms.prefix(rules.indexedTerms))
    }

    /// Joins the article with similar articles published within the story window that share
    /// a leading entity or term with it.
    mutating func linkStory(_ a: Int32) {
        let entry = articles[Int(a)]
        let day = entry.day ?? Int32.min
        let tokens = storyTokens(entry)
        var seen: Set<Int32> = [a]
        let window = Int32(rules.storyWindowDays)
        let days: [Int32] = entry.day == nil ? [Int32.min] : Array((day - window)...(day + window))
        for token in tokens {
            for d in days {
                guard let list = postings[PostingKey(token: token, day: d)] else { continue }
                for other in list where seen.insert(other).inserted {
                    // Already one story: the pair's verdict could not change the components.
                    if stories.find(a) == stories.find(other) { continue }
                    if storySimilarity(a, other) >= rules.storyThreshold {
                        joinStories(a, other)
                    }
                }
            }
        }
        for token in tokens { postings[PostingKey(token: token, day: day), default: []].append(a) }
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
        var sharedTerms = 0
        for t in x.terms where y.terms.contains(t) { sharedTerms += 1 }
        let termOverlap = Float(sharedTerms) / Float(max(1, min(x.terms.count, y.terms.count)))
        var sharedGroups = 0
        for g in x.claimGroups where y.claimGroups.contains(g) { sharedGroups += 1 }
        let groupOverlap = min(1, Float(sharedGroups) / 2)
        return 0.5 * entityCosine + 0.3 * termOverlap + 0.2 * groupOverlap
    }
}
