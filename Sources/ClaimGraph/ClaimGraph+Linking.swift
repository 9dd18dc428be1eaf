import ClaimModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The pairwise rules that build the graph's components as articles arrive. Each rule is a
// symmetric function of the two items' own data, and every pair it could join is examined
// when the later of the two arrives, so components do not depend on arrival order.
extension ClaimGraph {
    // MARK: Measures

    /// The group of (subject, normalised measure phrase), created on first sight.
    mutating func groupFor(subjectKey: Int32, measure: Int32) -> Int32 {
        var keyID = measureKeys[measure]
        if keyID < 0 {
            keyID = strings.intern(MeasureVocabulary.key(strings[measure]))
            measureKeys[measure] = keyID
        }
        if let group = groupIndex.head(of: GroupKey(subject: subjectKey, measure: keyID)) { return group }
        let shape = measureShape(measure, key: keyID)
        let bucket = strings.intern(
            (shape.family.isEmpty
                ? shape.measureKey
                : MeasureVocabulary.competitionKey(family: shape.family, tokens: shape.tokens))
                + "|"
                + shape.scope.joined(separator: " "))
        let head = headKey(subjectKey)
        let group = Int32(groups.count)
        groups.append(
            MeasureGroup(
                subjectKey: subjectKey, subjectHead: head, bucket: bucket, shape: shape))
        groupMentions.addGroup()
        _ = groupIndex.replaceHead(of: GroupKey(subject: subjectKey, measure: keyID), with: group)
        buckets.append(group, to: BucketKey(subject: head, bucket: bucket))
        subjectGroups.append(group, to: subjectKey)
        return group
    }

    /// The shape of an interned measure phrase (whose key is `keyID`), read once per phrase and
    /// shared by the groups of every subject it is stated for.
    mutating func measureShape(_ measure: Int32, key keyID: Int32) -> MeasureShape {
        if let shape = measureShapes[measure] { return shape }
        let tokens = MeasureVocabulary.tokens(strings[measure])
        let shape = MeasureShape(
            measureKey: strings[keyID], tokens: tokens, scope: MeasureVocabulary.scope(tokens),
            family: MeasureVocabulary.family(tokens) ?? "", isGeneric: MeasureVocabulary.isGeneric(tokens)
        )
        measureShapes[measure] = shape
        return shape
    }

    /// Two measure phrases of one subject cannot name the same figure: different scopes,
    /// different families, or unrelated specific words.
    func measuresClash(_ a: Int32, _ b: Int32) -> Bool {
        if a == b { return false }
        return Self.measuresClash(groups[Int(a)].shape, groups[Int(b)].shape)
    }

    static func measuresClash(_ x: MeasureShape, _ y: MeasureShape) -> Bool {
        // One phrase never clashes with itself: an empty token list is generic.
        if x === y { return false }
        if !x.scope.isEmpty, !y.scope.isEmpty, x.scope != y.scope { return true }
        // A change's starting point (`from $4 billion`) is never the figure it changed to.
        if MeasureVocabulary.isPrevious(x.scope) != MeasureVocabulary.isPrevious(y.scope) { return true }
        // What analysts expected is never the figure reported, a stock's price never an offer's.
        if MeasureVocabulary.isUncontested(x.scope) != MeasureVocabulary.isUncontested(y.scope) {
            return true
        }
        if !x.family.isEmpty, !y.family.isEmpty { return x.family != y.family }
        if !x.family.isEmpty || !y.family.isEmpty || x.isGeneric || y.isGeneric { return false }
        for token in x.tokens where y.tokens.contains(token) { return false }
        return true
    }

    // MARK: Joining components

    mutating func joinClaims(_ x: Int32, _ y: Int32) {
        let rx = claimSets.find(x)
        let ry = claimSets.find(y)
        guard rx != ry else { return }
        let sx = claimSets.seed(ofRoot: rx)
        let sy = claimSets.seed(ofRoot: ry)
        // A claim stated under several subjects changes what other subjects' views show,
        // which their stamps do not track: cached views built before are dropped.
        let spans =
            claimSpansSubjects[Int(rx)] || claimSpansSubjects[Int(ry)]
            || stampKey(ofGroup: mentions[Int(sx)].group) != stampKey(ofGroup: mentions[Int(sy)].group)
        if spans { crossSubjectStamp &+= 1 }
        claimSets.union(roots: rx, ry, seed: mentionPrecedes(sy, sx) ? sy : sx)
        claimSpansSubjects[Int(claimSets.find(rx))] = spans
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

    /// The cells a range covers, on a quarter-octave grid, so two overlapping ranges always
    /// share one. Very wide ranges are clamped to the cells around their value; both sides of
    /// a pair are clamped alike, so the rule stays symmetric.
    func valueCells(range: ValueRange, value: Double) -> ClosedRange<Int32> {
        func cell(_ x: Double) -> Int32 {
            guard x != 0, x.isFinite else { return 0 }
            let c = Int32(clamping: Int((log2(abs(x)) * 4).rounded(.down)))
            return x < 0 ? -1_000 - c : c + 1_000
        }
        var low = cell(range.low)
        var high = cell(range.high)
        if (range.low < 0) != (range.high < 0) || high < low || high - low > 8 {
            let center = cell(value)
            low = center - 1
            high = center + 1
            if range.low < 0, range.high > 0 { low = min(low, 0) }
        }
        return low...high
    }

    /// Links a new mention with every agreeing mention of the same subject found through the
    /// value index, then indexes it. `scratch`: the insert's buffers (see `LinkScratch`).
    ///
    /// What to join is worked out by non-mutating functions, called once per mention: called
    /// from a mutating one, each call of a non-mutating method first copies the whole graph
    /// value (800-odd bytes), which per candidate pair cost more than the test itself.
    mutating func linkMention(_ m: Int32, scratch: inout LinkScratch) {
        claimMatches(m, scratch: &scratch)
        for other in scratch.matches { joinClaims(m, other) }
        for key in scratch.keys { valueIndex.append(m, under: key) }
        if let (subject, day) = figureMatches(m, scratch: &scratch) {
            for other in scratch.matches { joinClaims(m, other) }
            for cell in scratch.cells {
                figureIndex.append(
                    m, day: day,
                    under: DatedValueKey(
                        bucket: ValueBucketKey(subject: subject, unit: cell.unit, cell: cell.cell),
                        span: Self.filingSpan(day)))
            }
        }
        groupMentions.append(m, toGroup: mentions[Int(m)].group)
    }

    /// The value index keys of mention `m` (`scratch.keys`), and the earlier mentions under
    /// them it agrees with (`mentionsAgree`) and is not one claim with yet (`scratch.matches`).
    /// A candidate in the claim of `m` or of an earlier match is skipped untested, as it would
    /// be once those are joined (`scratch.roots`).
    func claimMatches(_ m: Int32, scratch: inout LinkScratch) {
        scratch.keys.clearKeepingCapacity()
        if let known = scratch.keyRange(of: m) {
            scratch.keys.append(contentsOf: scratch.articleKeys[known])
        } else {
            valueKeys(of: m, into: &scratch.keys)
        }
        scratch.matches.clearKeepingCapacity()
        scratch.roots.clearKeepingCapacity()
        scratch.roots.append(claimSets.root(m))
        // Gathered first, then examined in the order found.
        scratch.candidates.clearKeepingCapacity()
        for key in scratch.keys {
            scratch.counts.valueLookups += 1
            valueIndex.forEach(under: key) { scratch.candidates.append($0) }
        }
        scratch.readAhead ^= readAhead(scratch.candidates)
        for other in scratch.candidates {
            scratch.counts.valueVisits += 1
            let root = claimSets.root(other)
            guard !scratch.roots.contains(root) else { continue }
            scratch.counts.agreeTests += 1
            guard mentionsAgree(m, other) else { continue }
            scratch.matches.append(other)
            scratch.roots.append(root)
        }
    }

    /// Appends to `keys` the value index keys of mention `m`, distinct: its subject's head and
    /// the unit and value cells of each of its values' ranges.
    func valueKeys(of m: Int32, into keys: inout [ValueBucketKey]) {
        let mention = mentions[Int(m)]
        let subject = groups[Int(mention.group)].subjectHead
        let start = keys.count
        // Distinct keys: a mention covers a few cells.
        for i in 0..<Int(mention.valueCount) {
            let range = range(of: mention, value: i)
            for cell in valueCells(range: range, value: values[Int(mention.valueStart) + i].amount) {
                let key = ValueBucketKey(subject: subject, unit: range.unit, cell: cell)
                if !keys[start...].contains(key) { keys.append(key) }
            }
        }
    }

    /// Before the article's mentions `mentions` are linked: works out each one's value index
    /// keys (into `scratch`, where `claimMatches` takes them), and starts loading the value
    /// index's slots and latest blocks under all of them (`BlockChains.prefetch`).
    ///
    /// Each mention's look-up needs those lines first, and at 100,000 articles nearly each
    /// misses the cache: made as the mentions are linked, one after another, the misses came in
    /// turn, a mention having only a key or two; started for the whole article at once, they
    /// overlap. Only hints: nothing read, found or joined changes.
    ///
    /// Not so for the figure index: a precise figure looks up some eight keys there, most of
    /// them absent, and those probes already overlap; hinting every figure's slots ahead (some
    /// 80 an article) cost more than the look-ups saved.
    func prefetchLinking(_ mentions: Range<Int32>, _ scratch: inout LinkScratch) {
        scratch.articleKeys.clearKeepingCapacity()
        scratch.keyEnds.clearKeepingCapacity()
        for m in mentions {
            valueKeys(of: m, into: &scratch.articleKeys)
            scratch.keyEnds.append(scratch.articleKeys.count)
        }
        scratch.keyedMentions = mentions
        valueIndex.prefetch(under: scratch.articleKeys[...])
    }

    /// Reads the entries of mentions `items`, their first values and their claims' entries,
    /// before any is tested; returns a meaningless fold of what it read, which the caller keeps
    /// so the reads are made.
    ///
    /// Candidates are filed far apart (other days, other articles), so each of those reads
    /// misses the cache at 100,000 articles; a test reads them one after another and waited
    /// for memory a few times a candidate. Issued together, with no test between them, the
    /// reads of every candidate wait about once.
    func readAhead(_ items: [Int32]) -> Int32 {
        guard items.count > 1 else { return 0 }
        return mentions.withUnsafeBufferPointer { mentions in
            values.withUnsafeBufferPointer { values in
                var fold: Int32 = 0
                for other in items {
                    let mention = mentions[Int(other)]
                    fold ^= claimSets.parentEntry(other)
                    if mention.valueCount > 0 { fold ^= values[Int(mention.valueStart)].unit }
                }
                return fold
            }
        }
    }

    /// Figures stated to three significant digits or more (3,958; 11,300; $55.7 billion).
    static func isPrecise(_ value: CompactValue) -> Bool {
        value.resolution > 0 && abs(value.amount) >= 100 * Double(value.resolution)
    }

    /// The precise-figure rule: a mention is linked with mentions of other subjects stating the
    /// same precise figure for the same measure, in articles published within the story window:
    /// one fact, whichever name extraction gave its subject (`Derna` in one outlet, `Libya` or
    /// the agency that published it in another). Round figures never join this way: many
    /// subjects share them.
    ///
    /// The rule also needs one article to name the other's subject (`nameEachOther`), so the
    /// candidates are found by name, not among every figure of the week: filed figures whose
    /// subject is this one's or one this article names (`figureIndex`), and the filed figures
    /// of the window's articles that name this subject (`namedIndex`), read only in articles
    /// whose cell bits (`ArticleEntry.figureCells`) meet this figure's, and there only where
    /// the mention's own 64 bits (`figureCells`) meet them. Each pair the rule could join is
    /// found when the later mention arrives, however many articles a day brings.
    ///
    /// The window's articles naming a subject are looked up once per insert (`scratch`): the
    /// mentions of one article mostly share a subject.
    ///
    /// For a filed figure `m`, its subject key and day, with its cells in `scratch.cells` and
    /// in `scratch.matches` the earlier mentions it states the same figure as (`sameFigure`)
    /// and is not one claim with yet; nil for a mention the rule does not apply to.
    func figureMatches(_ m: Int32, scratch: inout LinkScratch) -> (subject: Int32, day: Int32)? {
        let mention = mentions[Int(m)]
        guard mention.figureBits != 0, let day = articles[Int(mention.article)].day else { return nil }
        preciseCells(of: mention, into: &scratch.cells)
        let subject = groups[Int(mention.group)].subjectKey
        let naming: Range<Int>
        if let known = scratch.namingArticles(of: subject) {
            naming = known
        } else {
            let start = scratch.naming.count
            articles(naming: subject, around: day, into: &scratch.naming)
            naming = start..<scratch.naming.count
            scratch.rememberNaming(of: subject, naming)
        }
        figureCandidates(m, subject: subject, day: day, naming: naming, scratch: &scratch)
        // As in `claimMatches`: candidates in the claim of `m` or of a match are skipped.
        scratch.matches.clearKeepingCapacity()
        scratch.roots.clearKeepingCapacity()
        scratch.roots.append(claimSets.root(m))
        scratch.counts.figures += 1
        for other in scratch.candidates {
            scratch.counts.figureTests += 1
            let root = claimSets.root(other)
            guard !scratch.roots.contains(root), sameFigure(m, other) else { continue }
            scratch.counts.figureMatches += 1
            scratch.matches.append(other)
            scratch.roots.append(root)
        }
        return (subject, day)
    }

    /// The earlier mentions `figureMatches` examines for `m`, into `scratch.candidates`,
    /// given its cells (`scratch.cells`) and the window's articles naming its subject
    /// (`scratch.naming[naming]`). Not mutating: the index closures read the graph in place.
    func figureCandidates(
        _ m: Int32, subject: Int32, day: Int32, naming: Range<Int>, scratch: inout LinkScratch
    ) {
        scratch.candidates.clearKeepingCapacity()
        let cells = scratch.cells
        if exhaustiveLinking {
            // The reference: every earlier figure the rule applies to that shares a cell.
            for other in 0..<m
            where isFiledFigure(mentions[Int(other)]) && sharesCell(mentions[Int(other)], cells) {
                scratch.candidates.append(other)
            }
            return
        }
        // Names no figure was ever filed under hold none: not looked up.
        scratch.names.clearKeepingCapacity()
        if figureCells.isSubject(subject) { scratch.names.append(subject) }
        for entity in cues(mentions[Int(m)].article).entities
        where entity != subject && !scratch.names.contains(entity) && figureCells.isSubject(entity) {
            scratch.names.append(entity)
        }
        // Figures of other days than the window's are skipped unread: `sameFigure` needs it.
        let days = storyWindow(around: day)
        // The window's first and last spans (mostly all of them): their tables are found
        // once, not per key.
        let spans = Self.filingSpan(days.lowerBound)...Self.filingSpan(days.upperBound)
        let first = figureIndex.table(ofSpan: spans.lowerBound)
        let last = spans.count > 1 ? figureIndex.table(ofSpan: spans.upperBound) : first
        for name in scratch.names {
            for cell in cells {
                for span in spans {
                    scratch.counts.figureLookups += 1
                    figureIndex.forEach(
                        inTable: span == spans.lowerBound
                            ? first : span == spans.upperBound ? last : figureIndex.table(ofSpan: span),
                        under: DatedValueKey(
                            bucket: ValueBucketKey(subject: name, unit: cell.unit, cell: cell.cell),
                            span: span),
                        days: days
                    ) { scratch.candidates.append($0) }
                }
            }
        }
        var cellBits: UInt64 = 0
        for cell in cells { cellBits |= Self.cellBit(cell) }
        let spelled = mentions[Int(m)].subject
        let bits = FigureCells.fold(cellBits)
        // A figure sharing a cell with this one has its bit: the bits turn most away unread.
        // Whether it does share one is left to `sameFigure`, whose value test implies it.
        figureCells.articles.withUnsafeBufferPointer { articles in
            figureCells.bits.withUnsafeBufferPointer { figureBits in
                for article in scratch.naming[naming] {
                    let entry = articles[Int(article)]
                    // Earlier mentions only (this article's own included): later ones are not
                    // linked yet.
                    let end = min(m, entry.mentionEnd)
                    scratch.counts.namingArticles += 1
                    guard entry.cells & cellBits != 0, entry.mentionStart < end else { continue }
                    for other in entry.mentionStart..<end where figureBits[Int(other)] & bits != 0 {
                        scratch.counts.namingMentions += 1
                        // Figures of this subject are `figureIndex`'s. A subject spelled as this
                        // one's is this one's: told without reading its group.
                        let candidate = mentions[Int(other)]
                        guard candidate.subject != spelled, groups[Int(candidate.group)].subjectKey != subject
                        else { continue }
                        scratch.candidates.append(other)
                    }
                }
            }
        }
    }

    /// The days at most the story window away from `day` (just `day` for a negative window,
    /// under which no pair is within it).
    func storyWindow(around day: Int32) -> ClosedRange<Int32> {
        let window = max(0, rules.storyWindowDays)
        return Int32(clamping: Int(day) - window)...Int32(clamping: Int(day) + window)
    }

    /// The bit of `ArticleEntry.figureCells` a (unit, value cell) pair sets.
    static func cellBit(_ key: ValueBucketKey) -> UInt64 {
        var z = UInt64(UInt32(bitPattern: key.unit)) << 32 | UInt64(UInt32(bitPattern: key.cell))
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return 1 << ((z ^ (z >> 31)) >> 58)
    }

    /// `MentionEntry.figureBits` of the cell bits of its precise values: one bit in eight.
    static func mentionBits(_ cellBits: UInt64) -> UInt8 {
        var bits = cellBits
        bits |= bits >> 32
        bits |= bits >> 16
        bits |= bits >> 8
        return UInt8(truncatingIfNeeded: bits)
    }

    /// Files the cell bits of the article's mentions the precise-figure rule applies to
    /// (`figureCells`, `MentionEntry.figureBits`, `ArticleEntry.figureCells`): before its
    /// mentions are linked, which read them.
    mutating func fileFigures(_ a: Int32) {
        let first = articles[Int(a)].mentionStart
        let count = articles[Int(a)].mentionCount
        // Worked out first, then written: reading the graph while writing into it made the
        // compiler copy the whole graph.
        var cells: [ValueBucketKey] = []
        let bits = (first..<(first + count)).map { m -> (bits: UInt64, subjectKey: Int32) in
            let mention = mentions[Int(m)]
            guard isFiledFigure(mention) else { return (0, -1) }
            preciseCells(of: mention, into: &cells)
            var bits: UInt64 = 0
            for cell in cells { bits |= Self.cellBit(cell) }
            return (bits, groups[Int(mention.group)].subjectKey)
        }
        var articleBits: UInt64 = 0
        for (offset, figure) in bits.enumerated() {
            figureCells.append(figure.bits, subjectKey: figure.subjectKey)
            mentions[Int(first) + offset].figureBits = Self.mentionBits(figure.bits)
            articleBits |= figure.bits
        }
        articles[Int(a)].figureCells = articleBits
        figureCells.appendArticle(cells: articleBits, mentions: first..<(first + count))
    }

    /// Appends to `found` the articles published within the story window of `day` that name
    /// `subject` and state a filed figure (`namedIndex`).
    func articles(naming subject: Int32, around day: Int32, into found: inout [Int32]) {
        let days = storyWindow(around: day)
        for span in Self.filingSpan(days.lowerBound)...Self.filingSpan(days.upperBound) {
            namedIndex.forEach(under: PostingKey(token: subject, day: span), days: days) { found.append($0) }
        }
    }

    /// The 8-day span `namedIndex` and `figureIndex` file an item of `day` under: a story
    /// window of a week reads one or two spans, not seven days, nor every day of the corpus.
    static func filingSpan(_ day: Int32) -> Int32 { day >> 3 }

    /// A mention the precise-figure rule applies to: a precise value, a measure that says what it
    /// measures, and a dated article.
    func isFiledFigure(_ mention: MentionEntry) -> Bool {
        guard articles[Int(mention.article)].day != nil, !groups[Int(mention.group)].shape.isGeneric
        else {
            return false
        }
        let start = Int(mention.valueStart)
        return values[start..<(start + Int(mention.valueCount))].contains(where: Self.isPrecise)
    }

    /// The (unit, value cell) pairs a mention's precise values cover, distinct, into `cells`
    /// (emptied first).
    func preciseCells(of mention: MentionEntry, into cells: inout [ValueBucketKey]) {
        cells.clearKeepingCapacity()
        let start = Int(mention.valueStart)
        for value in values[start..<(start + Int(mention.valueCount))] where Self.isPrecise(value) {
            let range = statedRange(value)
            for cell in valueCells(range: range, value: value.amount) {
                let key = ValueBucketKey(subject: 0, unit: range.unit, cell: cell)
                if !cells.contains(key) { cells.append(key) }
            }
        }
    }

    /// Whether one of the mention's precise values covers one of `cells` (`preciseCells`).
    func sharesCell(_ mention: MentionEntry, _ cells: [ValueBucketKey]) -> Bool {
        let start = Int(mention.valueStart)
        for value in values[start..<(start + Int(mention.valueCount))] where Self.isPrecise(value) {
            let range = statedRange(value)
            let covered = valueCells(range: range, value: value.amount)
            if cells.contains(where: { $0.unit == range.unit && covered.contains($0.cell) }) { return true }
        }
        return false
    }

    /// Files the article under the entities it names, for `figureMatches`: before its own
    /// mentions are linked, so two figures of one article are compared too. An article with no
    /// filed figure holds no candidate: it is not filed.
    mutating func fileNamedEntities(_ a: Int32) {
        let entry = articles[Int(a)]
        guard let day = entry.day, entry.figureCells != 0 else { return }
        for entity in cues(of: entry).entities {
            namedIndex.append(a, day: day, under: PostingKey(token: entity, day: Self.filingSpan(day)))
        }
    }

    /// Two mentions of one precise figure: measures that positively agree, compatible periods,
    /// articles within the story window, and a precise value both state.
    ///
    /// The tests read the least first: the values, which turn away nearly every candidate (a
    /// shared value cell is a quarter octave wide), before the articles and measure groups.
    func sameFigure(_ a: Int32, _ b: Int32) -> Bool {
        let x = mentions[Int(a)]
        let y = mentions[Int(b)]
        guard sharePreciseValue(x, y), !Self.toldApartByCorrection(x, y, values), periodsCompatible(x, y),
            let dx = articles[Int(x.article)].day, let dy = articles[Int(y.article)].day,
            abs(Int(dx) - Int(dy)) <= rules.storyWindowDays, measuresAgree(x.group, y.group),
            !measuresClash(x.group, y.group), nameEachOther(x, y)
        else { return false }
        return true
    }

    /// The two mentions state a precise value of one another's (stated ranges that overlap).
    func sharePreciseValue(_ x: MentionEntry, _ y: MentionEntry) -> Bool {
        let xs = Int(x.valueStart)..<(Int(x.valueStart) + Int(x.valueCount))
        let ys = Int(y.valueStart)..<(Int(y.valueStart) + Int(y.valueCount))
        return values.withUnsafeBufferPointer { values in
            for i in xs where Self.isPrecise(values[i]) {
                let stated = statedRange(values[i])
                for j in ys where Self.isPrecise(values[j]) && stated.overlaps(statedRange(values[j])) {
                    return true
                }
            }
            return false
        }
    }

    /// One of the two articles names the other's subject among its entities (`Derna` in the
    /// article that credits the toll to `Libya`): the figures are about the same things, not two
    /// unrelated subjects that happen to share a precise figure in the same week.
    func nameEachOther(_ x: MentionEntry, _ y: MentionEntry) -> Bool {
        // A group's subject key is the normalised name of its mentions' subject.
        let kx = groups[Int(x.group)].subjectKey
        let ky = groups[Int(y.group)].subjectKey
        return kx == ky || cues(y.article).entities.contains(kx) || cues(x.article).entities.contains(ky)
    }

    /// Same period (or compatible ones) and values that can both hold as stated.
    ///
    /// When the measures only fail to clash (one says `amount` or `people`, or one names a
    /// family the other lacks) the figures must be the same figure, not merely compatible under
    /// their bounds: such a mention would otherwise chain claims of different measures
    /// together (`more than 9,000 people` joining `10,100 missing` and `up to 20,000 people`
    /// joining it to `11,300 dead`).
    func mentionsAgree(_ a: Int32, _ b: Int32) -> Bool {
        let x = mentions[Int(a)]
        let y = mentions[Int(b)]
        guard periodsCompatible(x, y), !measuresClash(x.group, y.group),
            sameEntity(groups[Int(x.group)].subjectKey, groups[Int(y.group)].subjectKey)
        else { return false }
        // One article stating two exact figures for one measure tells them apart (`rose to $5
        // billion from $4 billion`): they merge only as the same figure, not within each other's
        // truncation allowance.
        let sameArticleExact = x.article == y.article && x.bound == .exact && y.bound == .exact
        let loose = measuresAgree(x.group, y.group) && !sameArticleExact
        // A correction moves a figure by less than the rounding allowance (60.3% to 59.6%, 8.8%
        // to 8.9%): an exact figure in a sentence withdrawing one merges with exact figures only
        // within their stated precision.
        let precise = x.bound == .exact && y.bound == .exact && (x.corrected || y.corrected)
        for i in 0..<Int(x.valueCount) {
            let unit = comparableUnit(values[Int(x.valueStart) + i].unit)
            for j in 0..<Int(y.valueCount)
            where comparableUnit(values[Int(y.valueStart) + j].unit) == unit {
                if precise {
                    if Self.withinPrecision(values[Int(x.valueStart) + i], values[Int(y.valueStart) + j]) {
                        return true
                    }
                } else if loose {
                    if range(of: x, value: i).overlaps(range(of: y, value: j)) { return true }
                } else if statedRange(values[Int(x.valueStart) + i]).overlaps(
                    statedRange(values[Int(y.valueStart) + j]))
                {
                    return true
                }
            }
        }
        return false
    }

    /// Two exact figures, one of them in a sentence withdrawing a figure, that share no value
    /// within their stated precision (`withinPrecision`): told apart however close (`fell to
    /// 59.6% from the 60.3% first published`).
    static func toldApartByCorrection(_ x: MentionEntry, _ y: MentionEntry, _ values: [CompactValue]) -> Bool
    {
        guard x.bound == .exact, y.bound == .exact, x.corrected || y.corrected else {
            return false
        }
        for i in Int(x.valueStart)..<(Int(x.valueStart) + Int(x.valueCount)) {
            for j in Int(y.valueStart)..<(Int(y.valueStart) + Int(y.valueCount))
            where values[i].unit == values[j].unit && withinPrecision(values[i], values[j]) {
                return false
            }
        }
        return true
    }

    /// Two values no further apart than half the coarser one's stated step (`$20.64 billion`
    /// and `$20.6 billion`), with no allowance relative to their size.
    static func withinPrecision(_ a: CompactValue, _ b: CompactValue) -> Bool {
        let step = Double(max(a.resolution, b.resolution))
        return abs(a.amount - b.amount) <= step * 0.5 + abs(a.amount) * 1e-9
    }

    /// `ValueRange.stated` in the unit figures are compared in.
    func statedRange(_ value: CompactValue) -> ValueRange {
        var range = ValueRange.stated(value)
        range.unit = comparableUnit(range.unit)
        return range
    }

    /// The two measure phrases positively name one measure: the same phrase, one family, or a
    /// shared specific word.
    func measuresAgree(_ a: Int32, _ b: Int32) -> Bool {
        if a == b { return true }
        return Self.measuresAgree(groups[Int(a)].shape, groups[Int(b)].shape)
    }

    static func measuresAgree(_ x: MeasureShape, _ y: MeasureShape) -> Bool {
        if x === y || x.measureKey == y.measureKey { return true }
        if x.isGeneric || y.isGeneric { return false }
        if !x.family.isEmpty || !y.family.isEmpty { return x.family == y.family }
        for token in x.tokens where y.tokens.contains(token) { return true }
        return false
    }

    /// Periods two mentions of one figure can give: for merging, a month or quarter next to a
    /// year counts ("by December", resolved to the month before a year's figure).
    func periodsCompatible(_ x: MentionEntry, _ y: MentionEntry) -> Bool {
        if x.period < 0 || y.period < 0 || x.period == y.period { return true }
        guard let a = x.span, let b = y.span else { return false }
        return a.isCompatible(with: b, adjacentShortSpans: true)
    }

    func range(of mention: MentionEntry, value i: Int) -> ValueRange {
        let start = Int(mention.valueStart)
        let count = Int(mention.valueCount)
        var range = ValueRange.range(
            of: values[start + i],
            upper: values[(start + count)..<(start + count + Int(mention.upperCount))],
            bound: mention.bound)
        range.unit = comparableUnit(range.unit)
        return range
    }

    func ranges(of mention: MentionEntry) -> [ValueRange] {
        (0..<Int(mention.valueCount)).map { range(of: mention, value: $0) }
    }

    // MARK: Syndication

    static let simhashBandCount = 4

    static func bandKey(_ simhash: UInt64, band: Int) -> UInt64 {
        UInt64(band) << 60 ^ ((simhash >> UInt64(band * 16)) & 0xffff)
    }

    /// Joins the article with earlier copies of its text: the same text hash, or a SimHash a
    /// few bits away with a similar length. Copies are also one story.
    ///
    /// Candidates are gathered in `scratch.candidates`, then sorted and made distinct: an
    /// article found under several bands is examined once.
    mutating func linkSyndication(_ a: Int32, _ scratch: inout InsertScratch) {
        let (textHash, simhash) = articles.withUnsafeBufferPointer {
            ($0[Int(a)].textHash, $0[Int(a)].simhash)
        }
        scratch.candidates.clearKeepingCapacity()
        // The five keys' table slots read together first, and the candidates' entries before
        // they are tested: in tables and entries of 100,000 articles each read misses the
        // cache, and read one after another they waited for memory in turn.
        var ahead = textHashIndex.readAhead(under: textHash)
        for band in 0..<Self.simhashBandCount {
            ahead ^= simhashBands.readAhead(under: Self.bandKey(simhash, band: band))
        }
        textHashIndex.forEach(under: textHash) { scratch.candidates.append($0) }
        for band in 0..<Self.simhashBandCount {
            simhashBands.forEach(under: Self.bandKey(simhash, band: band)) { scratch.candidates.append($0) }
        }
        scratch.candidates.sortAndDropRepeats()
        ahead ^= readAhead(articles: scratch.candidates)
        scratch.readAhead ^= ahead
        for other in scratch.candidates where other != a && isNearCopy(a, other) {
            joinCopies(a, other)
            joinStories(a, other)
        }
        scratch.candidates.clearKeepingCapacity()
        textHashIndex.append(a, under: textHash)
        for band in 0..<Self.simhashBandCount {
            simhashBands.append(a, under: Self.bandKey(simhash, band: band))
        }
    }

    /// Reads the entries of articles `items` (their lengths and hashes), all before any is
    /// tested, and returns a meaningless fold of what it read for the caller to keep, so the
    /// reads are made: the entries of candidates found through an index lie far apart, and
    /// read ahead together their cache misses overlap (as `readAhead(_:)` does for mentions).
    func readAhead(articles items: [Int32]) -> Int32 {
        articles.withUnsafeBufferPointer { all in
            var fold: Int32 = 0
            for other in items { fold ^= all[Int(other)].textLength }
            return fold
        }
    }

    func isNearCopy(_ a: Int32, _ b: Int32) -> Bool {
        articles.withUnsafeBufferPointer { all in isNearCopy(all[Int(a)], all[Int(b)]) }
    }

    private func isNearCopy(_ x: ArticleEntry, _ y: ArticleEntry) -> Bool {
        if x.textHash == y.textHash { return true }
        guard x.textLength > 0, y.textLength > 0 else { return false }
        guard (x.simhash ^ y.simhash).nonzeroBitCount <= rules.nearCopyBits else { return false }
        let ratio = Double(min(x.textLength, y.textLength)) / Double(max(x.textLength, y.textLength))
        return ratio >= rules.nearCopyLengthRatio
    }

    // MARK: Stories

    /// The entities and terms an article is indexed under for story candidates: the leading
    /// ones only, so a common word does not make every article a candidate. Appended to
    /// `tokens`; an entity that is also a term appears twice.
    func storyTokens(_ entry: ArticleEntry, into tokens: inout [Int32]) {
        let cues = cues(of: entry)
        tokens.append(contentsOf: cues.entities.prefix(rules.indexedEntities))
        tokens.append(contentsOf: cues.terms.prefix(rules.indexedTerms))
    }

    /// Joins the article with similar articles published within the story window that share
    /// a leading entity or term with it, and with rewritten copies among those.
    ///
    /// A pair can only be joined as one story when the leading entity of one is (or begins
    /// with the words of, or is begun by) one of the leading entities of the other, and only as
    /// rewritten copies when their sketches share enough minima. The candidates are the articles
    /// meeting either condition (from `leadIndex`, `namingIndex` and `sketchIndex`); each is
    /// then held to the full rule, sharing an indexed entity or term included. This examines
    /// exactly the pairs that can produce a join, so the components are those of the scan of
    /// every article sharing a token, at a cost that does not grow with how many articles
    /// mention a common name on one day.
    ///
    /// Candidates are gathered in `scratch` (no sets): sorted and made distinct, then examined
    /// in article order. Each pair's verdict is symmetric and joins only merge, so the order
    /// they are examined in does not change the components.
    mutating func linkStory(_ a: Int32, sketch: ShingleSketch, _ scratch: inout InsertScratch) {
        let entry = articles[Int(a)]
        let day = entry.day ?? Int32.min
        // The story window's days: both indexes below file articles per span of them.
        // (Clamped, as every story window is: a day near a limit never traps.)
        let windowDays = entry.day == nil ? Int32.min...Int32.min : storyWindow(around: day)
        let entities = cues(of: entry).entities
        let leadHead = entities.first.map { headKeys[$0] }
        scratch.namingHeads.clearKeepingCapacity()
        for entity in entities.prefix(rules.leadingEntities) {
            let head = headKeys[entity]
            if !scratch.namingHeads.contains(head) { scratch.namingHeads.append(head) }
        }
        scratch.candidates.clearKeepingCapacity()
        if rules.storyThreshold > 0, rules.looseCopyWording > 0, !exhaustiveLinking {
            if let leadHead {
                // The window's days, read from the one or two spans they fall in.
                for span in Self.filingSpan(windowDays.lowerBound)...Self.filingSpan(windowDays.upperBound) {
                    for head in scratch.namingHeads {
                        leadIndex.forEach(under: PostingKey(token: head, day: span), days: windowDays) {
                            scratch.candidates.append($0)
                        }
                    }
                    namingIndex.forEach(under: PostingKey(token: leadHead, day: span), days: windowDays) {
                        scratch.candidates.append($0)
                    }
                }
            }
            if sketch.minima.count == ShingleSketch.slots {
                // A rewritten copy shares at least `needed` of the sketch's minima and is
                // published within the window: `SketchIndex` finds every such article.
                //
                // Only rewritten copies are kept: an article sharing wording but not a copy can
                // only join as one story, which needs the leading-entity agreement the lists
                // above find. On templated texts many articles of a day share `needed` minima,
                // so the cheap tests (SimHash, length) come first.
                let needed = sketchMinimaNeeded
                // Only days some article was linked on.
                scratch.days.clearKeepingCapacity()
                for d in windowDays where sketchIndex.hasFiled(on: d) { scratch.days.append(d) }
                scratch.found.clearKeepingCapacity()
                sketchIndex.forEachCandidate(sketch: sketch.minima, days: scratch.days, needed: needed) {
                    scratch.found.append($0)
                }
                scratch.readAhead ^= readAhead(articles: scratch.found)
                // The index reports whole spans of days: those outside the window are dropped.
                for other in scratch.found
                where mayBeRewrittenCopy(entry, other)
                    && withinStoryWindow(entry.day, articleDay(other))
                    && sketchIndex.sharedMinima(sketch.minima, other) >= needed
                {
                    scratch.candidates.append(other)
                }
            }
            scratch.candidates.sortAndDropRepeats()
        } else {
            // Thresholds at zero join pairs that share nothing: every article is a candidate.
            scratch.candidates.append(contentsOf: 0..<a)
        }
        scratch.tokens.clearKeepingCapacity()
        storyTokens(entry, into: &scratch.tokens)
        let tokens = scratch.tokens
        for other in scratch.candidates where other != a && withinStoryWindow(entry.day, articleDay(other)) {
            let shares = cueArena.withLists(articles[Int(other)].cues) { o in
                o.entities.prefix(rules.indexedEntities).contains(where: tokens.contains)
                    || o.terms.prefix(rules.indexedTerms).contains(where: tokens.contains)
            }
            guard shares else { continue }
            // Cheapest test first: the wording sketch is only read for close SimHashes.
            if isRewrittenCopy(a, sketch: sketch, other), syndication.find(a) != syndication.find(other) {
                joinCopies(a, other)
                joinStories(a, other)
            }
            // Already one story: the pair's verdict could not change the components.
            if stories.find(a) == stories.find(other) { continue }
            if storySimilarity(a, other) >= rules.storyThreshold {
                joinStories(a, other)
            }
        }
        if let leadHead {
            let span = Self.filingSpan(day)
            leadIndex.append(a, day: day, under: PostingKey(token: leadHead, day: span))
            for head in scratch.namingHeads {
                namingIndex.append(a, day: day, under: PostingKey(token: head, day: span))
            }
        }
        sketchIndex.add(a, minima: sketch.minima, day: day)
    }

    /// The published day of article `a`, read in place.
    func articleDay(_ a: Int32) -> Int32? {
        articles.withUnsafeBufferPointer { $0[Int(a)].day }
    }

    /// Sketch slots in which a rewritten copy holds the same minimum, at least: the share
    /// `rules.looseCopyWording` asks for.
    var sketchMinimaNeeded: Int {
        var needed = 1
        while Double(needed) / Double(ShingleSketch.slots) < rules.looseCopyWording { needed += 1 }
        return needed
    }

    /// The tests of `isRewrittenCopy` but the wording: SimHashes close enough, lengths alike.
    func mayBeRewrittenCopy(_ x: ArticleEntry, _ other: Int32) -> Bool {
        // Read in place: copying the entry would retain and release every array it holds.
        articles.withUnsafeBufferPointer { all in Self.closeForRewrittenCopy(x, all[Int(other)], rules: rules)
        }
    }

    static func closeForRewrittenCopy(_ x: ArticleEntry, _ y: ArticleEntry, rules: GraphRules) -> Bool {
        guard x.textLength > 0, y.textLength > 0,
            (x.simhash ^ y.simhash).nonzeroBitCount <= rules.looseCopyBits
        else { return false }
        let ratio = Double(min(x.textLength, y.textLength)) / Double(max(x.textLength, y.textLength))
        return ratio >= rules.looseCopyLengthRatio
    }

    /// Both undated, or both dated at most the story window apart.
    func withinStoryWindow(_ x: ArticleEntry, _ y: ArticleEntry) -> Bool {
        withinStoryWindow(x.day, y.day)
    }

    /// Both undated, or both dated at most the story window apart.
    func withinStoryWindow(_ x: Int32?, _ y: Int32?) -> Bool {
        switch (x, y) {
        case (nil, nil): return true
        case (let p?, let q?): return abs(Int(p) - Int(q)) <= rules.storyWindowDays
        default: return false
        }
    }

    /// A copy edited by the outlet that republished it: much of the same wording (shingle
    /// sketch), close SimHash and similar length. Only examined for articles in one window.
    /// `sketch`: article `a`'s; `b`'s is read from `sketchIndex`.
    func isRewrittenCopy(_ a: Int32, sketch: ShingleSketch, _ b: Int32) -> Bool {
        let close = articles.withUnsafeBufferPointer { all in
            Self.closeForRewrittenCopy(all[Int(a)], all[Int(b)], rules: rules)
        }
        return close
            && Double(sketchIndex.sharedMinima(sketch.minima, b)) / Double(ShingleSketch.slots)
                >= rules.looseCopyWording
    }

    /// The same name, or one the first words of the other (`meta` and `meta platforms`,
    /// `microsoft` and `microsoft corp`). Outlets name a company in full or in short;
    /// extraction settles aliases within an article, the graph across articles.
    func sameEntity(_ a: Int32, _ b: Int32) -> Bool {
        if a == b { return true }
        let x = strings[a]
        let y = strings[b]
        return Self.startsWithWords(x, y) || Self.startsWithWords(y, x)
    }

    /// Cosine of entity weights, blended with the overlap of key terms.
    ///
    /// Articles of one story agree on what it is about: the leading entity of one is among the
    /// leading entities of the other. Without that, an article that only cites another
    /// company's figures would chain two companies' stories together.
    func storySimilarity(_ a: Int32, _ b: Int32) -> Float {
        // Read the two entries in place: copying them per candidate pair retains and releases
        // every array they hold, which dominated story linking.
        articles.withUnsafeBufferPointer { all in
            storySimilarity(all[Int(a)], all[Int(b)])
        }
    }

    private func storySimilarity(_ x: ArticleEntry, _ y: ArticleEntry) -> Float {
        // The cue lists as buffers: a `CueList` per element read retained and released them.
        cueArena.withLists(x.cues, y.cues) { x, y in storySimilarity(x, y) }
    }

    private func storySimilarity(_ x: CueBuffers, _ y: CueBuffers) -> Float {
        let lead = rules.leadingEntities
        guard let xFirst = x.entities.first, let yFirst = y.entities.first else { return 0 }
        let xLead = x.entities.prefix(lead)
        let yLead = y.entities.prefix(lead)
        // Exact ids first: comparing names as words is only needed when no id matches.
        let agree =
            yLead.contains(xFirst) || xLead.contains(yFirst)
            || yLead.contains(where: { sameEntity($0, xFirst) })
            || xLead.contains(where: { sameEntity($0, yFirst) })
        guard agree else { return 0 }
        var entityCosine: Float = 0
        for i in x.entities.indices {
            let e = x.entities[i]
            if let j = y.entities.firstIndex(of: e) {
                entityCosine += x.weight(i) * y.weight(j)
            } else if case let head = headKeys[e],
                let j = y.entities.firstIndex(where: {
                    headKeys[$0] == head && sameEntity($0, e)
                })
            {
                // One entity named in full by one outlet and in short by the other.
                entityCosine += x.weight(i) * y.weight(j)
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
