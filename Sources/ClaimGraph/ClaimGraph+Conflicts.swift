import ClaimModel

// Competing figures: claims of one subject, one measure family and scope, and compatible
// periods whose values cannot both hold. Claims that compete directly or through another are
// shown together, as one conflict.
extension ClaimGraph {
    /// Every claim of a subject.
    func claimRoots(ofSubject subjectKey: Int32) -> [Int32] {
        var roots: Set<Int32> = []
        for group in subjectGroups[subjectKey, default: []] {
            for m in groups[Int(group)].mentions { roots.insert(claimSets.root(m)) }
        }
        return roots.sorted()
    }

    /// The bucket a claim competes in: its subject, and the measure family and scope its
    /// mentions name most (a named family before a bare phrase; ties by name).
    func bucket(ofClaim root: Int32) -> BucketKey {
        // Per bucket: mentions naming it, and whether it is a named family (the last group
        // seen decides, as members come in set order). A small array: claims have few buckets.
        var counts: [(bucket: Int32, count: Int, family: Bool)] = []
        var subject: Int32 = -1
        for m in claimSets.members(of: root) {
            // Fields read in place: a copy of the group would retain its arrays.
            let g = Int(mentions[Int(m)].group)
            subject = groups[g].subjectKey
            // A bare `amount` or `count` says too little to compete with anything.
            if groups[g].isGeneric { continue }
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
        return BucketKey(subject: subject, bucket: best?.bucket ?? -1)
    }

    /// Conflicts within the given buckets, each as sorted claim roots. A bucket's conflicts
    /// are kept in the view cache until its subject gets a new mention.
    func conflictSets(buckets keys: [BucketKey]) -> [[Int32]] {
        var out: [[Int32]] = []
        for key in keys {
            let stamp = subjectStamps[key.subject] ?? 0
            if let cached = viewCache.conflicts(key, stamp: stamp) {
                out += cached
                continue
            }
            let found = computeConflictSets(bucket: key)
            viewCache.storeConflicts(found, for: key, stamp: stamp)
            out += found
        }
        return out
    }

    private func computeConflictSets(bucket key: BucketKey) -> [[Int32]] {
        var roots: Set<Int32> = []
        for group in buckets[key, default: []] {
            for m in groups[Int(group)].mentions { roots.insert(claimSets.root(m)) }
        }
        guard roots.count > 1 else { return [] }
        var claims: [ClaimSummary] = []
        for root in roots.sorted() where bucket(ofClaim: root) == key {
            claims.append(summary(ofClaim: root))
        }
        guard key.bucket >= 0, claims.count > 1 else { return [] }
        return conflictComponents(claims)
    }

    private func conflictComponents(_ claims: [ClaimSummary]) -> [[Int32]] {
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
        for i in claims.indices {
            for j in claims.indices where j > i && compete(claims[i], claims[j]) {
                parent[find(i)] = find(j)
                linked.insert(i)
                linked.insert(j)
            }
        }
        var components: [Int: [Int32]] = [:]
        for i in linked { components[find(i), default: []].append(claims[i].root) }
        return components.values.map { $0.sorted() }
    }

    /// Some periods agree, some unit is shared, and in no shared unit do the figures overlap.
    ///
    /// Figures stated by exactly the same articles do not compete: an article giving two
    /// figures side by side is telling two measures apart, not reporting rival accounts.
    func compete(_ a: ClaimSummary, _ b: ClaimSummary) -> Bool {
        if a.sources == b.sources { return false }
        var periodsAgree = false
        for p in a.periods {
            for q in b.periods
            where p.id < 0 || q.id < 0 || p.id == q.id
                || p.span.map({ x in q.span.map { x.isCompatible(with: $0) } ?? false }) ?? false
            {
                periodsAgree = true
                break
            }
            if periodsAgree { break }
        }
        guard periodsAgree else { return false }
        var shared = false
        for x in a.hulls {
            for y in b.hulls where x.unit == y.unit {
                if x.overlaps(y) { return false }
                shared = true
            }
        }
        return shared
    }

    func conflictRecord(_ roots: [Int32]) -> ConflictRecord {
        ConflictRecord(claims: roots.map { claimID(ofRoot: $0) }.sorted(), kind: .divergentFigures)
    }
}
