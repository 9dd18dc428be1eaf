import ClaimModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `ClaimGraph.insert` did with an article.
public enum InsertOutcome: String, Hashable, Sendable, Codable {
    /// New: its mentions and denials are in the graph.
    case accepted
    /// An article with the same id (outlet and normalised text) is already in the graph.
    case duplicate
}

/// The canonical claim graph: articles deduplicated and clustered into stories, mentions
/// merged into canonical claims, competing figures and denials attached.
///
/// Every derived structure is a set of connected components under symmetric pairwise rules
/// (near-copy, story similarity, value compatibility), so the graph is a function of the set
/// of inserted articles: any insertion order gives the same export, byte for byte. Ids derive
/// from content (a story from its earliest article, a claim from its earliest mention).
/// Article texts are not kept; evidence is returned as byte spans for the caller to resolve.
public struct ClaimGraph: Sendable {
    var articles: [ArticleEntry] = []
    /// The articles' ids, refs, titles and urls (`ArticleStrings`), and their clustering cues'
    /// lists (`CueArena`): one buffer each for every article.
    var articleStrings = ArticleStrings()
    var cueArena = CueArena()
    /// The mentions of each of `groups`.
    var groupMentions = GroupMentions()
    var mentions: [MentionEntry] = []
    var values: [CompactValue] = []
    var denials: [DenialEntry] = []
    var groups: [MeasureGroup] = []

    var strings = Interner()
    var units = Interner()

    /// Articles by id, and by the first 12 characters of their id (story and claim ids).
    var articleIDs = ArticleIDIndex()
    /// Articles by text hash, and by each 16-bit band of their SimHash: syndication candidates.
    var textHashIndex = PostingChains<UInt64>()
    var simhashBands = PostingChains<UInt64>()
    /// Measure group of (subject key, measure key), an open-addressing table keyed inline
    /// (every mention looks one up; a `Dictionary` spent it on SipHash).
    var groupIndex = ChainHeads<GroupKey>()
    /// Normalised name of an interned name, and group of an interned measure phrase per
    /// subject: normalising is far dearer than a lookup.
    var nameKeys = InternedTable<Int32>(absent: -1)
    var headKeys = InternedTable<Int32>(absent: -1)
    var unnamedAttributions: [Int32: Bool] = [:]
    var periodSpans: [Int32: PeriodSpan?] = [:]
    var measureKeys = InternedTable<Int32>(absent: -1)
    /// Per interned measure phrase: what it says (see `MeasureShape`).
    var measureShapes: [Int32: MeasureShape] = [:]
    /// Groups by (subject head, measure bucket), and by subject key.
    var buckets = KeyedGroupLists<BucketKey>()
    var subjectGroups = KeyedGroupLists<Int32>()
    /// Story candidates, by (first word of a name, 8-day span of the published day, as
    /// `filingSpan`), each node keeping its day: articles under the head of their leading
    /// entity, and under the heads of their `leadingEntities` first entities.
    /// Two articles can be one story only when the leading entity of one is among the leading
    /// entities of the other, so these find every pair that can be, and no more: a name every
    /// article mentions (a regulator, a country) does not make them all candidates. A story
    /// window reads one or two spans per name, not a list per day.
    var leadIndex = DatedPostingChains<PostingKey>()
    var namingIndex = DatedPostingChains<PostingKey>()
    /// Articles by (sketch slot, minimum, 8-day span): rewritten copies share a good part
    /// of them and are published within the story window (see `SketchIndex`).
    var sketchIndex = SketchIndex()

    struct PostingKey: Hashable, Sendable, ChainKey {
        var token: Int32
        var day: Int32

        static var vacant: PostingKey { PostingKey(token: 0, day: 0) }
        var chainHash: UInt64 { Self.mix(Self.pair(token, day)) }
        /// `day` is the 8-day span (`filingSpan`).
        var span: Int32 { day }
    }

    /// Near-copies of one text.
    var syndication = DisjointSets()
    /// Stories, over articles.
    var stories = DisjointSets()
    /// Canonical claims, over mentions.
    var claimSets = DisjointSets()
    /// Mentions by subject, unit and value cell: merge candidates.
    /// Its lists are blocks of items side by side (`BlockChains`): a walk reads a line or
    /// two, not a node per item.
    var valueIndex = BlockChains<ValueBucketKey>()
    /// Mentions by subject key, unit and value cell of their precise figures and 8-day span
    /// of their published day; and articles by (entity they name, 8-day span of their
    /// published day). Both keep each item's day. See `figureMatches`.
    var figureIndex = DatedPostingChains<DatedValueKey>()
    var namedIndex = DatedPostingChains<PostingKey>()
    /// Every mention's precise-figure cell bits, for the scan of the articles naming a subject
    /// (see `FigureCells`).
    var figureCells = FigureCells()
    /// Linking's buffers, kept between inserts (not part of the graph's state).
    var linkScratch = LinkScratch()
    /// What linking examined in every insert so far (see `LinkCounts`).
    package var linkCounts: LinkCounts { linkScratch.counts }

    struct GroupKey: Hashable, Sendable, ChainKey {
        var subject: Int32
        var measure: Int32

        static var vacant: GroupKey { GroupKey(subject: 0, measure: 0) }
        var chainHash: UInt64 { Self.mix(Self.pair(subject, measure)) }
    }

    struct BucketKey: Hashable, Sendable {
        var subject: Int32
        var bucket: Int32
    }

    /// The first word of a normalised name, interned: names of one entity in full and in short
    /// (`meta`, `meta platforms`) share it.
    mutating func headKey(_ key: Int32) -> Int32 {
        if case let head = headKeys[key], head >= 0 { return head }
        let head = strings.intern(String(strings[key].prefix { $0 != " " }))
        headKeys[key] = head
        return head
    }

    mutating func nameKey(_ name: Int32) -> Int32 {
        if case let key = nameKeys[name], key >= 0 { return key }
        let key = strings.intern(MeasureVocabulary.normalizeName(strings[name]))
        nameKeys[name] = key
        return key
    }

    /// Bumped for a subject whenever one of its mentions is inserted: its claims, and so the
    /// conflicts among them, change only then. Cached views record the stamps they saw.
    var subjectStamps = InternedTable<Int32>(absent: 0)
    /// Views kept between queries (see `ViewCache`).
    var viewCache = ViewCache()
    /// Buffers of one insert, empty between inserts (see `InsertScratch`).
    var scratch = InsertScratch()

    /// The subject whose stamp a mention of `group` bumps: the subject claims are keyed by.
    func stampKey(ofGroup group: Int32) -> Int32 { groups[Int(group)].subjectHead }
    /// Per claim root: its mentions name more than one subject (see `joinClaims`).
    var claimSpansSubjects: [Bool] = []
    /// Bumped whenever claims of different subjects merge, or a claim of several grows.
    var crossSubjectStamp: Int32 = 0

    /// Examine every earlier article as a story and rewritten-copy candidate, and every earlier
    /// precise figure of a shared value cell, instead of those the indexes find: the reference
    /// the indexed search is tested against.
    var exhaustiveLinking = false
    /// Find the export's and the counts' conflicts over whole measure buckets instead of story
    /// by story: the reference the per-story search is tested against.
    var wholeBucketConflicts = false

    /// Tuning of the rules; the defaults are what the evaluation was run with.
    public var rules: GraphRules

    public init(rules: GraphRules = GraphRules()) {
        self.rules = rules
        // Interned first, so their ids never depend on the order articles arrive in.
        countUnit = units.intern("count")
        usersUnit = units.intern("users")
    }

    /// `users` is a count of people: figures in the two units are compared as one.
    var countUnit: Int32 = -1
    var usersUnit: Int32 = -1

    /// The unit figures are compared in (`users` as `count`).
    func comparableUnit(_ unit: Int32) -> Int32 { unit == usersUnit ? countUnit : unit }

    /// Number of articles held.
    public var articleCount: Int { articles.count }
    /// Number of mentions held.
    public var mentionCount: Int { mentions.count }

    /// Forgets the views kept between queries (`ViewCache`); the next queries rebuild them.
    /// Answers are unchanged: for measuring queries on a cold cache, or to return the memory.
    public mutating func discardCachedViews() {
        viewCache = ViewCache(limit: viewCache.limit)
    }

    /// Adds an article with its mentions and denials. An article whose id is already present
    /// is not added again (`duplicate`); a resend changes nothing.
    /// The same as preparing it (`PreparedArticle`) and inserting that.
    @discardableResult
    public mutating func insert(_ analyzed: AnalyzedArticle) -> InsertOutcome {
        if articleIDs.article(id: analyzed.id, in: articleStrings) != nil { return .duplicate }
        return insert(PreparedArticle(analyzed))
    }

    /// Adds a prepared article: what `insert(_:)` of its analysed article does, less what
    /// `PreparedArticle` worked out beforehand. This part reads and writes the graph, so
    /// articles are committed one at a time.
    @discardableResult
    public mutating func insert(_ prepared: PreparedArticle) -> InsertOutcome {
        let analyzed = prepared.analyzed
        if articleIDs.article(id: analyzed.id, in: articleStrings) != nil { return .duplicate }
        // A copy of this graph may still read the cache: keep it theirs.
        if !isKnownUniquelyReferenced(&viewCache) { viewCache = ViewCache(limit: viewCache.limit) }
        let index = Int32(articles.count)
        let features = analyzed.features
        let article = analyzed.article

        var entry = ArticleEntry(
            outlet: strings.intern(article.outlet ?? "", hash: prepared.hashes[0]), outletKey: -1,
            day: article.published.map { Int32(clamping: $0.ordinal) },
            textHash: Self.hashPrefix(features.textHash), simhash: features.simhash,
            textLength: Int32(clamping: article.text.utf8.count),
            mentionStart: Int32(mentions.count), mentionCount: Int32(analyzed.mentions.count),
            denialStart: Int32(denials.count), denialCount: Int32(analyzed.denials.count),
            figureCells: 0, cues: ArticleCues())

        entry.outletKey = nameKey(entry.outlet)

        var scratch = takeScratch()
        defer { putBack(&scratch) }
        // Every string the insert interns: its probe's reads started together (see `prefetch`).
        strings.prefetch(prepared.hashes[...])

        fileMentions(of: prepared, article: index, into: &scratch)

        for (offset, denial) in analyzed.denials.enumerated() {
            let party = strings.intern(denial.party)
            let subject = denial.subject.map { strings.intern($0) } ?? -1
            let target = denial.target.map { strings.intern($0) } ?? -1
            denials.append(
                DenialEntry(
                    article: index, party: party, target: target, subject: subject, partyKey: nameKey(party),
                    subjectKey: subject >= 0 ? nameKey(subject) : -1,
                    targetKey: target >= 0 ? nameKey(target) : -1,
                    topics: prepared.denialTopics[offset], isMain: prepared.denialIsMain[offset],
                    evidenceStart: Int32(clamping: denial.evidence.start),
                    evidenceEnd: Int32(clamping: denial.evidence.end)))
        }

        entry.cues = clusteringCues(features, prepared, &scratch)
        articles.append(entry)
        articleStrings.append(id: analyzed.id, ref: article.ref, title: article.title, url: article.url)
        articleIDs.add(index, id: analyzed.id)
        _ = syndication.add()
        _ = stories.add()
        fileFigures(index)
        fileNamedEntities(index)
        // Linking's buffers are taken out while linking, so they are not part of the graph it reads.
        var links = LinkScratch()
        swap(&links, &linkScratch)
        links.startInsert()
        prefetchLinking(entry.mentionStart..<(entry.mentionStart + Int32(analyzed.mentions.count)), &links)
        for offset in 0..<Int32(analyzed.mentions.count) {
            _ = claimSets.add()
            claimSpansSubjects.append(false)
            linkMention(entry.mentionStart + offset, scratch: &links)
        }
        swap(&links, &linkScratch)
        linkSyndication(index, &scratch)
        // Afterwards `sketchIndex` holds the sketch.
        linkStory(index, sketch: prepared.sketch, &scratch)
        return .accepted
    }

    /// Whether passage `passage` is one of the article's main passages (an unknown one is).
    static func isMain(_ passage: Int, in features: ArticleFeatures) -> Bool {
        features.passages.indices.contains(passage) ? features.passages[passage].isMain : true
    }

    /// Appends the article's mentions and their values, in one pass over the mentions read in
    /// place through a pointer (copying a `Mention`, even to pass it on, retains and releases
    /// each of its strings and arrays), and
    /// gathers in `scratch` the measure groups and subjects of its main passages.
    mutating func fileMentions(
        of prepared: PreparedArticle, article index: Int32, into scratch: inout InsertScratch
    ) {
        prepared.analyzed.mentions.withUnsafeBufferPointer { all in
            guard let first = all.baseAddress else { return }
            prepared.hashes.withUnsafeBufferPointer { stored in
                let hashes = UnsafeBufferPointer(rebasing: stored[prepared.mentionHashStart...])
                for offset in all.indices {
                    fileMention(
                        first + offset, article: index, cues: prepared.mentionCues[offset],
                        hashes: UnsafeBufferPointer(rebasing: hashes[4 * offset..<4 * offset + 4]),
                        into: &scratch)
                }
            }
        }
    }

    /// `hashes`: of the mention's subject, measure, attribution and period (`PreparedArticle`).
    private mutating func fileMention(
        _ mention: UnsafePointer<Mention>, article index: Int32, cues: PreparedArticle.MentionCues,
        hashes: UnsafeBufferPointer<UInt64>,
        into scratch: inout InsertScratch
    ) {
        let subjectID = strings.intern(mention.pointee.subject, hash: hashes[0])
        let subjectKey = nameKey(subjectID)
        let measureID = strings.intern(mention.pointee.measure, hash: hashes[1])
        let group = groupFor(subjectKey: subjectKey, measure: measureID)
        subjectStamps[stampKey(ofGroup: group)] &+= 1
        let valueStart = Int32(values.count)
        let attribution = mention.pointee.attribution.map { strings.intern($0, hash: hashes[2]) } ?? -1
        // Values, then upper bounds.
        for value in mention.pointee.quantity.values { appendValue(value) }
        for value in mention.pointee.quantity.upper { appendValue(value) }
        let period = mention.pointee.period.map { strings.intern($0.rawValue, hash: hashes[3]) } ?? -1
        let main = cues.contains(.main)
        mentions.append(
            MentionEntry(
                article: index, subject: subjectID, measure: measureID, group: group,
                period: period, span: mention.pointee.period.flatMap { periodSpan(period, $0) },
                attribution: attribution,
                valueStart: valueStart, valueCount: UInt8(clamping: mention.pointee.quantity.values.count),
                upperCount: UInt8(clamping: mention.pointee.quantity.upper.count),
                bound: mention.pointee.quantity.bound,
                hedged: mention.pointee.hedged, isMain: main, corrected: cues.contains(.corrected),
                expected: cues.contains(.expected),
                unnamed: unnamed(attribution, hedged: mention.pointee.hedged),
                evidenceStart: Int32(clamping: mention.pointee.evidence.start),
                evidenceEnd: Int32(clamping: mention.pointee.evidence.end)))
        guard main else { return }
        // Distinct groups and subjects in small arrays: an article states a few of each.
        if !scratch.mainGroups.contains(group) { scratch.mainGroups.append(group) }
        if let known = scratch.subjectWeights.firstIndex(where: { $0.key == subjectKey }) {
            scratch.subjectWeights[known].weight += 1
        } else {
            scratch.subjectWeights.append((subjectKey, 1))
        }
    }

    private mutating func appendValue(_ value: borrowing Value) {
        values.append(
            CompactValue(
                amount: value.amount, resolution: Float(value.resolution),
                unit: units.intern(value.unit.rawValue)))
    }

    /// The clustering cues: entities of the main passages, plus the subjects of its figures
    /// (`scratch.subjectWeights`), ranked and weighted; key terms by stem
    /// (`PreparedArticle.termStems`); main measure groups
    /// (`scratch.mainGroups`).
    /// `prepared`: the hashes of the names and terms, as far as it holds them.
    mutating func clusteringCues(
        _ features: ArticleFeatures, _ prepared: PreparedArticle, _ scratch: inout InsertScratch
    ) -> ArticleCues {
        // Weights in a small array, each key's sum taken in the same order as ever (entities,
        // then subjects): an article ranks a handful.
        func add(_ key: Int32, _ weight: Float, _ weights: inout [(key: Int32, weight: Float)]) {
            if let known = weights.firstIndex(where: { $0.key == key }) {
                weights[known].weight += weight
            } else {
                weights.append((key, weight))
            }
        }
        let named = features.entities.prefix(rules.entitiesPerArticle)
        let namedTotal = Float(max(1, named.reduce(0) { $0 + $1.count }))
        for (offset, entity) in named.enumerated() {
            let name =
                offset < prepared.entityHashCount
                ? strings.intern(entity.name, hash: prepared.hashes[1 + offset])
                : strings.intern(entity.name)
            add(nameKey(name), Float(entity.count) / namedTotal, &scratch.entityWeights)
        }
        // Whole counts: the sum is exact in any order.
        let subjectTotal = Float(max(1, scratch.subjectWeights.reduce(0) { $0 + $1.weight }))
        for (key, weight) in scratch.subjectWeights {
            add(key, rules.subjectWeight * weight / subjectTotal, &scratch.entityWeights)
        }
        // Ties broken by the name, never by intern order, which depends on arrival order.
        scratch.entityWeights.sort {
            $0.weight != $1.weight ? $0.weight > $1.weight : strings[$0.key] < strings[$1.key]
        }
        if scratch.entityWeights.count > rules.entitiesPerArticle {
            scratch.entityWeights.removeLast(scratch.entityWeights.count - rules.entitiesPerArticle)
        }
        let norm = (scratch.entityWeights.reduce(Float(0)) { $0 + $1.weight * $1.weight }).squareRoot()
        // Each entity's first word, read from `headKeys` when stories are compared.
        for ranked in scratch.entityWeights { _ = headKey(ranked.key) }
        for (offset, term) in prepared.termStems.prefix(rules.termsPerArticle).enumerated() {
            scratch.terms.append(
                offset < prepared.termHashCount
                    ? strings.intern(term, hash: prepared.hashes[1 + prepared.entityHashCount + offset])
                    : strings.intern(term))
        }
        scratch.mainGroups.sort()
        return cueArena.append(
            entities: scratch.entityWeights.lazy.map(\.key),
            weights: scratch.entityWeights.lazy.map { norm > 0 ? $0.weight / norm : 0 },
            terms: scratch.terms, claimGroups: scratch.mainGroups)
    }

    /// The scratch buffers, taken out of the graph until `putBack`.
    mutating func takeScratch() -> InsertScratch {
        var taken = InsertScratch()
        swap(&taken, &scratch)
        return taken
    }

    /// Empties the scratch buffers and returns them to the graph.
    mutating func putBack(_ taken: inout InsertScratch) {
        taken.clear()
        swap(&taken, &scratch)
    }

    /// The span of an interned period, parsed once: a few periods date most figures.
    mutating func periodSpan(_ id: Int32, _ period: Period) -> PeriodSpan? {
        if let known = periodSpans[id] { return known }
        let span = PeriodSpan(period)
        periodSpans[id] = span
        return span
    }

    /// `isUnnamed`, remembered per attribution: the same few phrases credit most figures.
    mutating func unnamed(_ attribution: Int32, hedged: Bool) -> Bool {
        guard attribution >= 0 else { return isUnnamed(attribution, hedged: hedged) }
        if let known = unnamedAttributions[attribution] { return known }
        let verdict = isUnnamed(attribution, hedged: hedged)
        unnamedAttributions[attribution] = verdict
        return verdict
    }

    static let idPrefixLength = 12

    static func hashPrefix(_ hex: String) -> UInt64 {
        var value: UInt64 = 0
        var digits = 0
        for byte in hex.utf8 {
            guard digits < 16 else { break }
            let nibble: UInt64
            switch byte {
            case 48...57: nibble = UInt64(byte - 48)
            case 97...102: nibble = UInt64(byte - 87)
            case 65...70: nibble = UInt64(byte - 55)
            default: return StableHash.of(hex)
            }
            value = value << 4 | nibble
            digits += 1
        }
        return digits == 16 ? value : StableHash.of(hex)
    }

    // MARK: Canonical orders

    /// Articles in canonical order: earliest published first (undated last), then by id.
    func articlePrecedes(_ a: Int32, _ b: Int32) -> Bool {
        // Read in place: copying the entries would retain and release every array they hold.
        articles.withUnsafeBufferPointer { all in
            Self.articlePrecedes(a, b, articles: all, strings: articleStrings)
        }
    }

    /// `articlePrecedes(_:_:)` over entries read in place.
    static func articlePrecedes(
        _ a: Int32, _ b: Int32, articles: UnsafeBufferPointer<ArticleEntry>, strings: ArticleStrings
    ) -> Bool {
        switch (articles[Int(a)].day, articles[Int(b)].day) {
        case let (p?, q?) where p != q: return p < q
        case (.some, nil): return true
        case (nil, .some): return false
        default: return strings.idPrecedes(Int(a), Int(b))
        }
    }

    func mentionPrecedes(_ a: Int32, _ b: Int32) -> Bool {
        let x = mentions.withUnsafeBufferPointer { $0[Int(a)].article }
        let y = mentions.withUnsafeBufferPointer { $0[Int(b)].article }
        if x != y { return articlePrecedes(x, y) }
        return a < b
    }
}
