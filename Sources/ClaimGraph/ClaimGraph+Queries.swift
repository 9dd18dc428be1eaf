import ClaimModel

// The views the aggregator serves and `claimwire analyze` exports.
extension ClaimGraph {
    /// A slice of claims with the conflicts and denials that touch them, statuses filled.
    struct ClaimSlice {
        var records: [ClaimRecord]
        var conflicts: [ConflictRecord]
        var denials: [DenialRecord]
    }

    /// What decides the statuses of a list of claims, worked out before any record is built:
    /// each claim's story, the claims in a conflict or denied, and those conflicts and denials.
    struct ClaimStanding {
        /// Per claim of the list, the story it is attached to.
        var stories: [Int32?]
        var contested: Set<Int32>
        var denied: Set<Int32>
        var conflicts: [ConflictRecord]
        var attachments: [DenialAttachment]

        /// The status of claim `root` with `origins` independent origins.
        func status(of root: Int32, origins: Int) -> ClaimStatus {
            if denied.contains(root) { return .denied }
            if contested.contains(root) { return .contested }
            return origins >= 2 ? .corroborated : .singleSource
        }
    }

    /// The standing of `roots`. Conflicts are looked for among the claims of their stories
    /// (`whole`: every story's conflicts, for the whole graph), denials among the articles of
    /// `storyRoots` (nil: the stories the claims are stated in).
    func standing(
        ofClaims roots: [Int32], stories storyRoots: [Int32]? = nil, whole: Bool = false,
        reading: inout StoryReading
    ) -> ClaimStanding {
        let wanted = Set(roots)
        // What the conflict search, the denial search and the records each need to know about
        // the stories read: worked out once for all three (`reading`).
        let sets: [[Int32]]
        if whole && wholeBucketConflicts {
            var keys: Set<BucketKey> = []
            for root in roots { keys.formUnion(bucketKeys(ofClaim: root)) }
            sets = conflictSets(buckets: Array(keys))
        } else if whole {
            sets = allConflictSets(reading: &reading)
        } else {
            sets = conflictSets(involving: roots, reading: &reading)
        }
        var contested: Set<Int32> = []
        var conflicts: [ConflictRecord] = []
        for set in sets where set.contains(where: wanted.contains) {
            contested.formUnion(set)
            conflicts.append(conflictRecord(set))
        }
        var claimStories: [Int32?] = []
        claimStories.reserveCapacity(roots.count)
        for root in roots { claimStories.append(attachedStory(ofClaim: root, reading: &reading)) }
        // Denials attach within a story to the claims attached to it: scanning the wanted
        // claims' own stories finds every denial of them.
        let storiesToScan = storyRoots ?? Set(claimStories.compactMap { $0 }).sorted()
        let attachments = denialAttachments(stories: storiesToScan, reading: &reading).filter {
            $0.claims.contains(where: wanted.contains)
        }
        var denied: Set<Int32> = []
        for attachment in attachments { denied.formUnion(attachment.claims) }
        conflicts.sort { $0.claims.lexicographicallyPrecedes($1.claims) }
        return ClaimStanding(
            stories: claimStories, contested: contested, denied: denied, conflicts: conflicts,
            attachments: attachments)
    }

    /// The record of the `index`th claim of a list whose `standing` is worked out; `id`: its
    /// id, when the caller has it.
    func record(ofClaim root: Int32, at index: Int, standing: ClaimStanding, id: String? = nil) -> ClaimRecord
    {
        var record = record(
            ofClaim: root, members: claimMembers(root), status: .singleSource, story: standing.stories[index],
            id: id)
        record.status = standing.status(of: root, origins: record.origins)
        return record
    }

    /// Builds claim records with statuses for `roots`, with the conflicts and denials that
    /// touch them (see `standing(ofClaims:stories:whole:reading:)`).
    func slice(claims roots: [Int32], stories storyRoots: [Int32]? = nil, whole: Bool = false)
        -> ClaimSlice
    {
        var reading = StoryReading()
        let standing = standing(ofClaims: roots, stories: storyRoots, whole: whole, reading: &reading)
        // Records built in id order: sorting built records would copy each one, retaining
        // every string and array it holds.
        var order: [(id: String, index: Int)] = []
        order.reserveCapacity(roots.count)
        for (index, root) in roots.enumerated() { order.append((claimID(ofRoot: root), index)) }
        order.sort { $0.id < $1.id }
        var records: [ClaimRecord] = []
        records.reserveCapacity(roots.count)
        for (id, index) in order {
            records.append(record(ofClaim: roots[index], at: index, standing: standing, id: id))
        }
        return ClaimSlice(
            records: records, conflicts: standing.conflicts, denials: denialRecords(standing.attachments))
    }

    /// The claims stated in a main passage of one of a story's articles, sorted: every claim
    /// that can be attached to it (`story(ofClaimMembers:)`).
    func claimRoots(statedInStory root: Int32) -> [Int32] {
        var roots: Set<Int32> = []
        for a in stories.members(of: root) {
            let entry = articles[Int(a)]
            for m in entry.mentionStart..<(entry.mentionStart + entry.mentionCount)
            where mentions[Int(m)].isMain {
                roots.insert(claimSets.root(m))
            }
        }
        return roots.sorted()
    }

    func allClaimRoots() -> [Int32] {
        var roots: [Int32] = []
        for m in 0..<Int32(mentions.count) where claimSets.root(m) == m { roots.append(m) }
        return roots
    }

    func allStoryRoots() -> [Int32] {
        var roots: [Int32] = []
        for a in 0..<Int32(articles.count) where stories.root(a) == a { roots.append(a) }
        return roots
    }

    // MARK: Public queries

    /// The whole graph in the export format, every list sorted: the same set of articles
    /// gives the same bytes whatever order they were inserted in.
    public func export() -> GraphExport {
        let storyRoots = allStoryRoots()
        let claims = slice(claims: allClaimRoots(), stories: storyRoots, whole: true)
        let articleRecords = (0..<Int32(articles.count)).map { record(ofArticle: $0) }.sorted {
            $0.id < $1.id
        }
        let storyRecords = storyRoots.map { record(ofStory: $0, related: relatedStories($0)) }.sorted {
            $0.id < $1.id
        }
        return GraphExport(
            articles: articleRecords, stories: storyRecords, claims: claims.records,
            conflicts: claims.conflicts, denials: claims.denials)
    }

    /// Stories, the latest and largest first.
    public func stories(limit: Int) -> [StorySummary] {
        struct Entry {
            var root: Int32
            var last: Day?
            var size: Int
            var id: String
        }
        var entries: [Entry] = []
        for root in allStoryRoots() {
            let members = stories.members(of: root)
            let last = members.compactMap { articles[Int($0)].published }.max()
            entries.append(Entry(root: root, last: last, size: members.count, id: storyID(ofRoot: root)))
        }
        entries.sort { lhs, rhs in
            if lhs.last != rhs.last {
                return (lhs.last ?? Day(ordinal: Int.min / 4)) > (rhs.last ?? Day(ordinal: Int.min / 4))
            }
            if lhs.size != rhs.size { return lhs.size > rhs.size }
            return lhs.id < rhs.id
        }
        return entries.prefix(max(0, limit)).map { summary(ofStory: $0.root) }
    }

    func summary(ofStory root: Int32) -> StorySummary {
        let page = storyPage(root)
        let record = page.stories.first ?? record(ofStory: root, related: [])
        let outlets = Set(
            storyArticles(root).map { articles[Int($0)].outlet }.filter { !strings[$0].isEmpty })
        return StorySummary(
            id: record.id, title: record.title, articleCount: record.articles.count,
            outletCount: outlets.count,
            claimCount: page.claims.count, conflictCount: page.conflicts.count,
            denialCount: page.denials.count,
            firstPublished: record.firstPublished, lastPublished: record.lastPublished)
    }

    /// One story's page: its articles, the claims attached to it, their conflicts and denials.
    public func story(id: String) -> GraphExport? {
        storyRoot(forID: id).map { storyPage($0) }
    }

    func storyPage(_ root: Int32) -> GraphExport {
        let members = storyArticles(root)
        let id = storyID(ofRoot: root)
        // Only the claims attached to this story are shown; a claim's denials are found in the
        // story it is attached to, so this story is the only one to scan for them.
        var attachedRoots: [Int32] = []
        for claim in claimRoots(statedInStory: root) where story(ofClaimMembers: claimMembers(claim)) == root
        {
            attachedRoots.append(claim)
        }
        let claims = slice(claims: attachedRoots, stories: [root])
        let attached = claims.records.filter { $0.story == id }
        let ids = Set(attached.map(\.id))
        return GraphExport(
            articles: members.map { record(ofArticle: $0) }.sorted { $0.id < $1.id },
            stories: [record(ofStory: root, related: relatedStories(root))],
            claims: attached,
            conflicts: claims.conflicts.filter { $0.claims.contains(where: ids.contains) },
            denials: claims.denials.filter { $0.claims.contains(where: ids.contains) })
    }

    /// Claims matching a filter, the best supported first.
    ///
    /// Filtered and ordered on what a record is filtered and ordered by (status, sources,
    /// origins, id, story), worked out without building it; records are built for the claims
    /// returned only, in their order, so a page of an entity's claims costs its page, and no
    /// record is copied to be sorted (a copy retains every string and array it holds).
    public func claims(_ filter: ClaimFilter) -> [ClaimRecord] {
        var roots: [Int32]
        if let story = filter.story {
            guard let root = storyRoot(forID: story) else { return [] }
            roots = storyPage(root).claims.compactMap { claimRoot(forID: $0.id) }
        } else if let entity = filter.entity {
            guard let key = strings.lookup(MeasureVocabulary.normalizeName(entity)) else { return [] }
            roots = claimRoots(ofSubject: key)
        } else {
            roots = allClaimRoots()
        }
        var reading = StoryReading()
        let standing = standing(ofClaims: roots, reading: &reading)
        struct Candidate {
            var index: Int
            var origins: Int
            var sources: Int
            var id: String
        }
        var candidates: [Candidate] = []
        candidates.reserveCapacity(roots.count)
        for (index, root) in roots.enumerated() {
            let sources = sourceArticles(ofClaim: root)
            guard sources.count >= filter.minSources else { continue }
            let origins = origins(ofArticles: sources)
            if let status = filter.status, standing.status(of: root, origins: origins) != status { continue }
            if let story = filter.story, standing.stories[index].map({ storyID(ofRoot: $0) }) != story {
                continue
            }
            candidates.append(
                Candidate(index: index, origins: origins, sources: sources.count, id: claimID(ofRoot: root)))
        }
        candidates.sort { lhs, rhs in
            if lhs.origins != rhs.origins { return lhs.origins > rhs.origins }
            if lhs.sources != rhs.sources { return lhs.sources > rhs.sources }
            return lhs.id < rhs.id
        }
        if filter.limit > 0, candidates.count > filter.limit { candidates.removeSubrange(filter.limit...) }
        var records: [ClaimRecord] = []
        records.reserveCapacity(candidates.count)
        for candidate in candidates {
            records.append(
                record(
                    ofClaim: roots[candidate.index], at: candidate.index, standing: standing, id: candidate.id
                ))
        }
        return records
    }

    /// The articles stating a claim, each once (unordered).
    func sourceArticles(ofClaim root: Int32) -> [Int32] {
        var sources: [Int32] = []
        for m in claimSets.members(of: root) {
            let article = mentions[Int(m)].article
            if !sources.contains(article) { sources.append(article) }
        }
        return sources
    }

    /// One claim, or nil for an unknown id.
    public func claim(id: String) -> ClaimRecord? {
        guard let root = claimRoot(forID: id) else { return nil }
        return slice(claims: [root]).records.first
    }

    /// A claim with the conflicts and denials that involve it; `sentences` is left empty for
    /// the caller, who holds the texts, to fill from `evidence(for:)`.
    public func claimDetail(id: String) -> ClaimEvidence? {
        guard let root = claimRoot(forID: id) else { return nil }
        let slice = slice(claims: [root])
        guard let record = slice.records.first else { return nil }
        return ClaimEvidence(claim: record, sentences: [], conflicts: slice.conflicts, denials: slice.denials)
    }

    /// Where a claim is stated: article and sentence byte span, sorted.
    public func evidence(for claimID: String) -> [EvidenceRef] {
        guard let root = claimRoot(forID: claimID) else { return [] }
        var keys: Set<EvidenceKey> = []
        for m in claimSets.members(of: root) {
            let mention = mentions[Int(m)]
            keys.insert(
                EvidenceKey(article: mention.article, start: mention.evidenceStart, end: mention.evidenceEnd))
        }
        return sortedEvidence(keys)
    }

    /// The article record for an id, or nil.
    public func article(id: ArticleID) -> ArticleRecord? {
        articleIDs.article(id: id, in: articleStrings).map { record(ofArticle: $0) }
    }

    /// True when an article with this id is held.
    public func contains(_ id: ArticleID) -> Bool { articleIDs.article(id: id, in: articleStrings) != nil }

    /// One story's competing figures: the conflicts touching its claims, with those claims.
    public func conflicts(story id: String) -> GraphExport {
        guard let root = storyRoot(forID: id) else { return GraphExport() }
        let page = storyPage(root)
        let involved = Set(page.conflicts.flatMap(\.claims))
        let roots = involved.compactMap { claimRoot(forID: $0) }.sorted()
        let claims = slice(claims: roots)
        return GraphExport(
            stories: page.stories, claims: claims.records, conflicts: page.conflicts, denials: [])
    }

    /// Counts over the whole graph.
    public func stats() -> GraphStats {
        let claimRoots = allClaimRoots()
        let storyRoots = allStoryRoots()
        var reading = StoryReading()
        let conflicts =
            wholeBucketConflicts
            ? conflictSets(buckets: Array(buckets.keys)).count : allConflictSets(reading: &reading).count
        let denialCount = denialRecords(denialAttachments(stories: storyRoots, reading: &reading)).count
        var duplicates = 0
        for a in 0..<Int32(articles.count) where syndication.seed(ofRoot: syndication.root(a)) != a {
            duplicates += 1
        }
        let outlets = Set(articles.map(\.outlet)).filter { !strings[$0].isEmpty }.count
        return GraphStats(
            articles: articles.count, duplicates: duplicates, mentions: mentions.count,
            claims: claimRoots.count,
            stories: storyRoots.count, conflicts: conflicts, denials: denialCount, outlets: outlets)
    }
}
