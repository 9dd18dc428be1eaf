import ClaimModel

// Competing figures: claims of one subject, one measure family and scope, and compatible
// periods whose values cannot both hold. Claims that compete directly or through another are
// shown together, as one conflict.
extension ClaimGraph {
    /// Every claim of a subject.
    func claimRoots(ofSubject subjectKey: Int32) -> [Int32] {
        var roots: Set<Int32> = []
        for group in subjectGroups[subjectKey] {
            for m in groupMentions.list(group) { roots.insert(claimSets.root(m)) }
        }
        return roots.sorted()
    }

    /// The measure bucket a claim competes in: the measure family and scope its mentions name
    /// most (a named family before a bare phrase; ties by name); -1 when it names none.
    func measureBucket(ofClaim root: Int32) -> Int32 {
        // Most claims are one mention: its group's bucket, unless the group is generic.
        if claimSets.setSize(ofRoot: root) == 1 {
            let g = Int(mentions[Int(root)].group)
            if groups[g].isGeneric { return bareSumBucket(ofGroup: g) }
            return MeasureVocabulary.isUncontested(groups[g].scope) ? -1 : groups[g].bucket
        }
        // Per bucket: mentions naming it, and whether it is a named family. A small array:
        // claims have few buckets.
        var counts: [(bucket: Int32, count: Int, family: Bool)] = []
        // The bucket bare sums among the mentions take (`bareSumBucket`), when they agree on one.
        var bare: Int32?
        for m in claimSets.members(of: root) {
            // Fields read in place: a copy of the group would retain its arrays.
            let g = Int(mentions[Int(m)].group)
            // A bare `amount` or `count` names nothing of its own (it may take its subject's
            // one money measure, below); an estimate or a stock's price competes with nothing.
            if groups[g].isGeneric {
                let taken = bareSumBucket(ofGroup: g)
                bare = bare == nil || bare == taken ? taken : -1
                continue
            }
            if MeasureVocabulary.isUncontested(groups[g].scope) { continue }
            let bucket = groups[g].bucket
            let family = !groups[g].family.isEmpty
            if let i = counts.firstIndex(where: { $0.bucket == bucket }) {
                counts[i].count += 1
                counts[i].family = family
            } else {
                counts.append((bucket: bucket, count: 1, family: family))
            }
        }
        // A named family before a bare phrase, then the most mentions, then the least name.
        var best: (bucket: Int32, count: Int, family: Bool)?
        for candidate in counts {
            guard let current = best else {
                best = candidate
                continue
            }
            if candidate.family != current.family {
                if candidate.family { best = candidate }
            } else if candidate.count != current.count {
                if candidate.count > current.count { best = candidate }
            } else if strings[candidate.bucket] < strings[current.bucket] {
                best = candidate
            }
        }
        return best?.bucket ?? bare ?? -1
    }

    /// The bucket a bare sum (`€90 million` named `amount`) competes in: the bucket of sums
    /// paid its subject's named figures are stated in (`fee`, `payment`, `cost` are one
    /// bucket), so `Marca's €90 million` meets the fee reported elsewhere. -1 when the group
    /// names something, or its subject's named figures are in no such bucket, in several, or
    /// also in another money family (a bare sum beside revenue and profit could be either).
    ///
    /// Read from the groups of the group's own subject, whose stamp every insert of one of
    /// them bumps, so cached conflicts of its story are redone when the answer may change.
    /// Units are not checked: a bare count taking a money bucket shares no unit with its sums.
    func bareSumBucket(ofGroup g: Int) -> Int32 {
        guard groups[g].isGeneric, !MeasureVocabulary.isUncontested(groups[g].scope) else { return -1 }
        var found: Int32 = -1
        for other in subjectGroups[groups[g].subjectKey] {
            let o = Int(other)
            guard !groups[o].isGeneric, !groups[o].family.isEmpty else { continue }
            // A sum of another family (revenue, a loss) leaves a bare sum ambiguous.
            guard groups[o].family == MeasureVocabulary.paidFamily, groups[o].scope.isEmpty else {
                if MeasureVocabulary.isMoneyFamily(groups[o].family) { return -1 }
                continue
            }
            if found == -1 {
                found = groups[o].bucket
            } else if found != groups[o].bucket {
                return -1
            }
        }
        return found
    }

    /// The subject heads of a claim's mentions (several when one precise figure was stated
    /// under different subjects).
    func subjectHeads(ofClaim root: Int32) -> Set<Int32> {
        var heads: Set<Int32> = []
        for m in claimSets.members(of: root) { heads.insert(groups[Int(mentions[Int(m)].group)].subjectHead) }
        return heads
    }

    /// The buckets a claim competes in: each of its subject heads with its measure bucket.
    func bucketKeys(ofClaim root: Int32) -> [BucketKey] {
        let measure = measureBucket(ofClaim: root)
        return subjectHeads(ofClaim: root).map { BucketKey(subject: $0, bucket: measure) }
    }

    /// Conflicts within the given buckets of the whole graph, each as sorted claim roots. A
    /// claim stated under several subject heads links their buckets: the claims of every head
    /// reached are examined together. The reference the per-story search is tested against
    /// (`wholeBucketConflicts`): it reads whole buckets, which grow with the graph.
    func conflictSets(buckets keys: [BucketKey]) -> [[Int32]] {
        computeConflictSets(buckets: keys)
    }

    /// Every conflict of the graph, each as sorted claim roots: what the export and the counts
    /// show. Claims compete only within one story (`compete`) and each claim is attached to
    /// one story at most, so these are the components of every story, each found once, and
    /// stories whose views are kept (`viewCache`) are not read again.
    func allConflictSets(reading: inout StoryReading) -> [[Int32]] {
        var out: [[Int32]] = []
        for storyRoot in allStoryRoots() { out += conflictComponents(ofStory: storyRoot, reading: &reading) }
        return out
    }

    /// The conflicts the given claims are in, each as sorted claim roots: the components of
    /// `conflictSets(buckets:)` that hold one of them, found without leaving their stories.
    ///
    /// Claims compete only within one story and one measure bucket (`compete`), so a claim's
    /// conflict is a component of the claims attached to its story in its bucket, and each of
    /// those states a main-passage figure in one of the story's articles. The search reads
    /// those stories' claims only, however many subjects or heads a claim spans: the cost of a
    /// query follows the stories it shows, not the size of the graph.
    ///
    /// `reading`: what the query has worked out about those stories already.
    func conflictSets(involving roots: [Int32], reading: inout StoryReading) -> [[Int32]] {
        var storyRoots: Set<Int32> = []
        for root in roots {
            if let storyRoot = attachedStory(ofClaim: root, reading: &reading) {
                storyRoots.insert(storyRoot)
            }
        }
        let wantedRoots = Set(roots)
        var out: [[Int32]] = []
        for storyRoot in storyRoots {
            for component in conflictComponents(ofStory: storyRoot, reading: &reading)
            where component.contains(where: wantedRoots.contains) {
                out.append(component)
            }
        }
        return out
    }

    /// The conflict components among the claims attached to a story, in every measure bucket;
    /// kept in the `viewCache` until an insert changes a subject of the story's claims, a story
    /// they are stated in, or a claim across subjects (`stamps(ofStory:claims:)`).
    func conflictComponents(ofStory storyRoot: Int32, reading: inout StoryReading) -> [[Int32]] {
        if let cached = viewCache.conflicts(ofStory: storyRoot), isCurrent(cached.stamps) {
            return cached.components
        }
        let storyClaims = storyClaims(storyRoot, reading: &reading)
        var byBucket: [Int32: [ClaimSummary]] = [:]
        for claim in storyClaims.attached {
            let bucket = measureBucket(ofClaim: claim)
            guard bucket >= 0 else { continue }
            byBucket[bucket, default: []].append(summary(ofClaim: claim, bucket: bucket, story: storyRoot))
        }
        var components: [[Int32]] = []
        for claims in byBucket.values where claims.count > 1 { components += conflictComponents(claims) }
        viewCache.storeConflicts(
            ViewCache.Conflicts(stamps: storyClaims.stamps, components: components), ofStory: storyRoot)
        return components
    }

    private func computeConflictSets(buckets keys: [BucketKey]) -> [[Int32]] {
        var out: [[Int32]] = []
        var byMeasure: [Int32: [Int32]] = [:]
        for key in keys where key.bucket >= 0 { byMeasure[key.bucket, default: []].append(key.subject) }
        for measure in byMeasure.keys.sorted() {
            var pending = byMeasure[measure, default: []]
            var heads = Set(pending)
            var roots: Set<Int32> = []
            var claims: [Int32] = []
            while let head = pending.popLast() {
                // Every group of the head: a bare sum's group is kept under a bucket of its own
                // and competes in the one it takes (`bareSumBucket`); a reference may read all.
                for key in buckets.keys where key.subject == head {
                    for group in buckets[key] {
                        for m in groupMentions.list(group) {
                            let root = claimSets.root(m)
                            guard roots.insert(root).inserted, measureBucket(ofClaim: root) == measure else {
                                continue
                            }
                            claims.append(root)
                            for other in subjectHeads(ofClaim: root) where heads.insert(other).inserted {
                                pending.append(other)
                            }
                        }
                    }
                }
            }
            guard claims.count > 1 else { continue }
            out += conflictComponents(claims.sorted().map { summary(ofClaim: $0) })
        }
        return out
    }

    /// Claims that compete directly or through another, each component as sorted roots.
    func conflictComponents(_ claims: [ClaimSummary]) -> [[Int32]] {
        var parent = Array(claims.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var linked = Set<Int>()
        // Only claims of one story compete: pairs are only looked for among each story's
        // claims (in index order, as a scan of every pair would test them); a summary is a
        // class, so passing one per pair costs a reference, not a copy of its arrays.
        var byStory: [Int32: [Int]] = [:]
        for i in claims.indices {
            if let story = claims[i].story { byStory[story, default: []].append(i) }
        }
        claims.withUnsafeBufferPointer { c in
            for members in byStory.values {
                for x in members.indices {
                    for y in members.indices where y > x && compete(c[members[x]], c[members[y]]) {
                        let i = members[x]
                        let j = members[y]
                        parent[find(i)] = find(j)
                        linked.insert(i)
                        linked.insert(j)
                    }
                }
            }
        }
        var components: [Int: [Int32]] = [:]
        for i in linked { components[find(i), default: []].append(claims[i].root) }
        return components.values.map { $0.sorted() }
    }

    /// Some periods agree, some unit is shared, and in no shared unit do the figures overlap.
    ///
    /// Figures stated by exactly the same articles do not compete: an article giving two
    /// figures side by side is telling two measures apart, not reporting rival accounts;
    /// unless it credits them to different sources (`police counted 55,000, while unions put
    /// the number at 300,000`) or withdraws one of them (`CorrectionCue`).
    ///
    /// Only claims of one story compete: a figure reported months earlier in another story is
    /// an older account or another measure, not a rival one (the same subject's 2024 orders in
    /// a September story and a January story).
    ///
    /// Forecasters' expectations are the yardstick a figure is measured against, not a rival
    /// account of it ("$60-65 billion, above the $50 billion analysts expected"): an
    /// expectation only competes with another expectation.
    func compete(_ a: ClaimSummary, _ b: ClaimSummary) -> Bool {
        if a.expected != b.expected { return false }
        if a.sources == b.sources, !Self.creditedToDifferentSources(a, b), !Self.withdrawnAndReplaced(a, b) {
            return false
        }
        guard let story = a.story, story == b.story else { return false }
        // One head (`meta`), but the subjects must name one entity (not `meta ai`).
        guard sharesEntity(a.subjects, b.subjects) else { return false }
        func agree(_ p: (id: Int32, span: PeriodSpan?), _ q: (id: Int32, span: PeriodSpan?)) -> Bool {
            if p.id == -1 || q.id == -1 || p.id == q.id { return true }
            guard let x = p.span, let y = q.span else { return false }
            return x.isCompatible(with: y) && !x.isPartAndWhole(with: y)
        }
        guard a.periods.contains(where: { p in b.periods.contains { agree(p, $0) } }) else { return false }
        if Self.isRunningTally(strings[a.bucket]), Self.tallyRises(a, b) || Self.tallyRises(b, a) {
            return false
        }
        // A percentage of a price is a move, a reading taken at a moment: outlets quoting it
        // before the open and during the session both report truly. Moves compete only when
        // both are stated for one day.
        let moves = strings[a.bucket].hasPrefix(Self.priceBucketPrefix) && !Self.sameStatedDay(a, b)
        var shared = false
        for x in a.hulls {
            for y in b.hulls where x.unit == y.unit {
                if moves && units[x.unit] == Self.percentUnit { continue }
                if !Self.sameMagnitude(x, y) { continue }
                if x.overlaps(y), !Self.apartBeyondRounding(a, x, b, y) { return false }
                if Self.reconciles(a, x, with: b, y) || Self.reconciles(b, y, with: a, x) { return false }
                shared = true
            }
        }
        return shared
    }

    /// Some subject of `a` names one entity with some subject of `b` (`sameEntity`). Names
    /// of one entity share their first word (`headKeys`): names whose heads differ are told
    /// apart without reading their text.
    func sharesEntity(_ a: [Int32], _ b: [Int32]) -> Bool {
        for x in a {
            let xHead = headKeys[x]
            for y in b {
                if x == y { return true }
                let yHead = headKeys[y]
                if xHead >= 0, yHead >= 0, xHead != yHead { continue }
                if sameEntity(x, y) { return true }
            }
        }
        return false
    }

    /// One of two exact claims is stated in a sentence withdrawing a figure: an article
    /// correcting itself gives the figure it withdrew and the one that replaced it (`an earlier
    /// version of this story said 965,000 houses ... The figure is 96,500`), both exactly; a
    /// rough figure beside an exact one (`906,516 voters, of roughly 1.52 million citizens`) is
    /// another measure.
    static func withdrawnAndReplaced(_ a: ClaimSummary, _ b: ClaimSummary) -> Bool {
        (a.corrected || b.corrected) && a.bound == .exact && b.bound == .exact
    }

    /// Both claims name who they come from, and no source is shared.
    static func creditedToDifferentSources(_ a: ClaimSummary, _ b: ClaimSummary) -> Bool {
        !a.attributions.isEmpty && !b.attributions.isEmpty
            && !a.attributions.contains(where: { b.attributions.contains($0) })
    }

    /// Rival accounts of one figure differ by a margin, not by orders of magnitude: figures
    /// more than `magnitudeRatio` apart are different things under one name (one site's floor
    /// area and a whole footprint, a part and the whole), unless one is the other with its
    /// scale slipped (1.3 million printed as 1.3 billion: a power of ten apart).
    static func sameMagnitude(_ x: ValueRange, _ y: ValueRange) -> Bool {
        let a = abs(x.low + x.high) / 2
        let b = abs(y.low + y.high) / 2
        guard a > 0, b > 0 else { return true }
        let ratio = max(a, b) / min(a, b)
        if ratio <= magnitudeRatio { return true }
        // The power of ten nearest the ratio; the smaller figure scaled by it must reach the
        // larger one.
        var power = 1.0
        while ratio / power > 3.1623 { power *= 10 }
        let (small, large) = a < b ? (x, y) : (y, x)
        let low = min(abs(small.low), abs(small.high)) * power
        let high = max(abs(small.low), abs(small.high)) * power
        return low <= max(abs(large.low), abs(large.high)) && min(abs(large.low), abs(large.high)) <= high
    }

    static let magnitudeRatio = 10.0

    /// A correction moves a figure by less than the allowance for rounding (60.3% to 59.6%):
    /// when one of two exact claims is stated in a sentence withdrawing a figure, their ranges
    /// must overlap without it (each narrowed by `ValueRange.relativeFloor` of its size).
    static func apartBeyondRounding(_ a: ClaimSummary, _ x: ValueRange, _ b: ClaimSummary, _ y: ValueRange)
        -> Bool
    {
        guard a.corrected || b.corrected, a.bound == .exact, b.bound == .exact else { return false }
        func narrowed(_ r: ValueRange) -> (low: Double, high: Double) {
            let pad = abs(r.low + r.high) / 2 * ValueRange.relativeFloor
            return r.high - r.low > 2 * pad
                ? (r.low + pad, r.high - pad) : ((r.low + r.high) / 2, (r.low + r.high) / 2)
        }
        let p = narrowed(x)
        let q = narrowed(y)
        return p.high < q.low || q.high < p.low
    }

    /// Buckets of running tallies: counts of the dead and the injured only grow as a disaster's
    /// toll is established (`14 dead` on Saturday, `61` on Sunday, `131` on Monday).
    static let runningTallyBuckets = ["deaths|", "injured|"]

    static func isRunningTally(_ bucket: String) -> Bool {
        runningTallyBuckets.contains { bucket.hasPrefix($0) }
    }

    /// `earlier`'s tally is dated before `later`'s and lower in every shared unit: a tally that
    /// grew, not a rival account of it. Neither may be stated in a sentence withdrawing or
    /// correcting a figure (a withdrawn count competes with the one that replaced it).
    static func tallyRises(_ earlier: ClaimSummary, _ later: ClaimSummary) -> Bool {
        guard !earlier.corrected, !later.corrected, endsBefore(earlier, later) else { return false }
        var shared = false
        for x in earlier.hulls {
            for y in later.hulls where x.unit == y.unit {
                if x.high >= y.low { return false }
                shared = true
            }
        }
        return shared
    }

    static let priceBucketPrefix = "price|"
    static let percentUnit = "percent"

    /// Both claims are stated for one day (a date in the text, not a publication day).
    static func sameStatedDay(_ a: ClaimSummary, _ b: ClaimSummary) -> Bool {
        a.periods.contains { p in
            p.id >= 0 && p.span?.isDay == true && b.periods.contains { $0.id == p.id }
        }
    }

    /// Whether `a`'s one-sided figure holds with `b`'s figure, so the two can both stand.
    ///
    /// A figure stated in a sentence withdrawing or revising one is never reconciled by its own
    /// bound ("revised to more than 9,000" replaces 10,100). A withdrawn figure is reconciled
    /// only with bounds stated before it: "over 5,000" on the 12th is satisfied by the 10,100
    /// reported later, withdrawn or not, while "more than 9,000" stated after it replaces it.
    static func reconciles(_ a: ClaimSummary, _ x: ValueRange, with b: ClaimSummary, _ y: ValueRange) -> Bool
    {
        guard !a.corrected, boundHolds(a.bound, x, for: b.bound, y) else { return false }
        return !b.corrected || endsBefore(a, b)
    }

    /// Every period of `a` ends before any period of `b` begins (false when one is unknown).
    static func endsBefore(_ a: ClaimSummary, _ b: ClaimSummary) -> Bool {
        var aLast = Int32.min
        var bFirst = Int32.max
        for p in a.periods {
            guard let span = p.span else { return false }
            aLast = max(aLast, span.last)
        }
        for p in b.periods {
            guard let span = p.span else { return false }
            bFirst = min(bFirst, span.first)
        }
        return !a.periods.isEmpty && !b.periods.isEmpty && aLast < bFirst
    }

    /// A one-sided figure that another, stated figure satisfies: "over 60 million" and "71
    /// million as of December" can both hold. (Two one-sided figures, "more than $12bn" and
    /// "over $20bn", are rival estimates.)
    static func boundHolds(_ bound: Bound, _ range: ValueRange, for other: Bound, _ figure: ValueRange)
        -> Bool
    {
        guard other == .exact || other == .approx else { return false }
        switch bound {
        case .atLeast: return figure.low >= range.low
        case .atMost: return figure.high <= range.high
        default: return false
        }
    }

    /// A conflict is a correction when one of its figures is stated in a sentence that
    /// withdraws or corrects a figure; otherwise outlets diverge.
    func conflictRecord(_ roots: [Int32]) -> ConflictRecord {
        let corrected = roots.contains { root in
            claimSets.members(of: root).contains { mentions[Int($0)].corrected }
        }
        return ConflictRecord(
            claims: roots.map { claimID(ofRoot: $0) }.sorted(),
            kind: corrected ? .correction : .divergentFigures)
    }
}
