import ClaimModel
import NIOCore

// Encodings of the ClaimModel value types (PROTOCOL.md §5). Writers and readers sit side by side so
// that field order is visibly the same in both.

extension ByteBuffer {
    mutating func writeList<T>(_ elements: [T], _ write: (inout ByteBuffer, T) -> Void) {
        writeCount(elements.count)
        for element in elements { write(&self, element) }
    }

    mutating func writeStrings(_ strings: [String]) {
        writeList(strings) { $0.writeWireString($1) }
    }

    mutating func writeOptional<T>(_ value: T?, _ write: (inout ByteBuffer, T) -> Void) {
        if let value {
            writeInteger(1 as UInt8)
            write(&self, value)
        } else {
            writeInteger(0 as UInt8)
        }
    }

    mutating func writeDay(_ day: Day) {
        writeInteger(UInt16(truncatingIfNeeded: day.year), endianness: .big)
        writeInteger(UInt8(truncatingIfNeeded: day.month))
        writeInteger(UInt8(truncatingIfNeeded: day.day))
    }

    mutating func writeOptionalDay(_ day: Day?) { writeOptional(day) { $0.writeDay($1) } }

    mutating func writeArticleID(_ id: ArticleID) { writeWireString(id.rawValue) }

    mutating func writeArticle(_ a: Article) {
        writeWireString(a.ref)
        writeOptionalString(a.outlet)
        writeWireString(a.title)
        writeOptionalString(a.url)
        writeOptionalDay(a.published)
        writeWireString(a.text)
    }

    mutating func writeValue(_ v: Value) {
        writeDouble(v.amount)
        writeWireString(v.unit.rawValue)
        writeDouble(v.resolution)
    }

    mutating func writeValues(_ values: [Value]) { writeList(values) { $0.writeValue($1) } }

    mutating func writeBound(_ b: Bound) { writeInteger(WireEnums.code(of: b)) }

    mutating func writeQuantity(_ q: Quantity) {
        writeValues(q.values)
        writeBound(q.bound)
        writeValues(q.upper)
    }

    mutating func writeOptionalPeriod(_ p: Period?) { writeOptionalString(p?.rawValue) }

    mutating func writeSpan(_ s: TextSpan) {
        writeSignedVarint(s.start)
        writeSignedVarint(s.end)
    }

    mutating func writeMention(_ m: Mention) {
        writeWireString(m.subject)
        writeWireString(m.measure)
        writeQuantity(m.quantity)
        writeOptionalPeriod(m.period)
        writeOptionalString(m.attribution)
        writeWireBool(m.hedged)
        writeSpan(m.evidence)
        writeSignedVarint(m.passage)
    }

    mutating func writeDenial(_ d: Denial) {
        writeWireString(d.party)
        writeOptionalString(d.target)
        writeOptionalString(d.subject)
        writeStrings(d.topics)
        writeSpan(d.evidence)
        writeSignedVarint(d.passage)
    }

    mutating func writeFeatures(_ f: ArticleFeatures) {
        writeWireString(f.textHash)
        writeInteger(f.simhash, endianness: .big)
        writeList(f.entities) {
            $0.writeWireString($1.name)
            $0.writeSignedVarint($1.count)
        }
        writeStrings(f.keyTerms)
        writeList(f.passages) {
            $0.writeSpan($1.span)
            $0.writeWireBool($1.isMain)
            $0.writeStrings($1.entities)
        }
    }

    mutating func writeAnalyzedArticle(_ a: AnalyzedArticle) {
        writeArticleID(a.id)
        writeArticle(a.article)
        writeList(a.mentions) { $0.writeMention($1) }
        writeList(a.denials) { $0.writeDenial($1) }
        writeFeatures(a.features)
    }

    mutating func writeArticleIDs(_ ids: [ArticleID]) { writeList(ids) { $0.writeArticleID($1) } }

    mutating func writeArticleRecord(_ r: ArticleRecord) {
        writeArticleID(r.id)
        writeWireString(r.ref)
        writeOptionalString(r.outlet)
        writeWireString(r.title)
        writeOptionalString(r.url)
        writeOptionalDay(r.published)
        writeOptionalString(r.story)
        writeOptional(r.duplicateOf) { $0.writeArticleID($1) }
        writeSignedVarint(r.mentionCount)
    }

    mutating func writeStoryRecord(_ s: StoryRecord) {
        writeWireString(s.id)
        writeWireString(s.title)
        writeArticleIDs(s.articles)
        writeStrings(s.related)
        writeOptionalDay(s.firstPublished)
        writeOptionalDay(s.lastPublished)
    }

    mutating func writeEvidenceRefs(_ refs: [EvidenceRef]) {
        writeList(refs) {
            $0.writeArticleID($1.article)
            $0.writeSignedVarint($1.start)
            $0.writeSignedVarint($1.end)
        }
    }

    mutating func writeClaimRecord(_ c: ClaimRecord) {
        writeWireString(c.id)
        writeOptionalString(c.story)
        writeWireString(c.subject)
        writeWireString(c.measure)
        writeValues(c.values)
        writeBound(c.bound)
        writeValues(c.upper)
        writeOptionalPeriod(c.period)
        writeArticleIDs(c.sources)
        writeSignedVarint(c.origins)
        writeStrings(c.attributions)
        writeWireBool(c.hedged)
        writeInteger(WireEnums.code(of: c.status))
        writeEvidenceRefs(c.evidence)
    }

    mutating func writeConflictRecord(_ c: ConflictRecord) {
        writeStrings(c.claims)
        writeInteger(WireEnums.code(of: c.kind))
    }

    mutating func writeDenialRecord(_ d: DenialRecord) {
        writeWireString(d.by)
        writeStrings(d.claims)
        writeArticleIDs(d.sources)
        writeOptionalString(d.target)
        writeEvidenceRefs(d.evidence)
    }

    mutating func writeGraphExport(_ g: GraphExport) {
        writeList(g.articles) { $0.writeArticleRecord($1) }
        writeList(g.stories) { $0.writeStoryRecord($1) }
        writeList(g.claims) { $0.writeClaimRecord($1) }
        writeList(g.conflicts) { $0.writeConflictRecord($1) }
        writeList(g.denials) { $0.writeDenialRecord($1) }
    }

    mutating func writeStorySummary(_ s: StorySummary) {
        writeWireString(s.id)
        writeWireString(s.title)
        writeSignedVarint(s.articleCount)
        writeSignedVarint(s.outletCount)
        writeSignedVarint(s.claimCount)
        writeSignedVarint(s.conflictCount)
        writeSignedVarint(s.denialCount)
        writeOptionalDay(s.firstPublished)
        writeOptionalDay(s.lastPublished)
    }

    mutating func writeClaimEvidence(_ e: ClaimEvidence) {
        writeClaimRecord(e.claim)
        writeList(e.sentences) {
            $0.writeArticleID($1.article)
            $0.writeOptionalString($1.outlet)
            $0.writeWireString($1.title)
            $0.writeOptionalDay($1.published)
            $0.writeSignedVarint($1.start)
            $0.writeSignedVarint($1.end)
            $0.writeWireString($1.sentence)
        }
        writeList(e.conflicts) { $0.writeConflictRecord($1) }
        writeList(e.denials) { $0.writeDenialRecord($1) }
    }

    mutating func writeGraphStats(_ s: GraphStats) {
        for n in [
            s.articles, s.duplicates, s.mentions, s.claims, s.stories, s.conflicts, s.denials, s.outlets,
        ] {
            writeSignedVarint(n)
        }
    }

    mutating func writeClaimFilter(_ f: ClaimFilter) {
        writeOptionalString(f.entity)
        writeOptionalString(f.story)
        writeOptional(f.status) { $0.writeInteger(WireEnums.code(of: $1)) }
        writeSignedVarint(f.minSources)
        writeSignedVarint(f.limit)
    }
}

extension PayloadReader {
    mutating func readList<T>(
        _ field: String, limit: Int, minimumElementBytes: Int,
        _ read: (inout PayloadReader) throws(WireProtocolError) -> T
    ) throws(WireProtocolError) -> [T] {
        let count = try readCount(field, limit: limit, minimumElementBytes: minimumElementBytes)
        var result: [T] = []
        // Capped: the count is bounded by the bytes that remain, but an element in memory can be
        // much larger than its minimum encoding.
        result.reserveCapacity(min(count, 1024))
        for _ in 0..<count { result.append(try read(&self)) }
        return result
    }

    mutating func readStrings(_ field: String) throws(WireProtocolError) -> [String] {
        try readList(field, limit: limits.maxListCount, minimumElementBytes: 1) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readString(field)
        }
    }

    mutating func readOptional<T>(
        _ field: String, _ read: (inout PayloadReader) throws(WireProtocolError) -> T
    ) throws(WireProtocolError) -> T? {
        try readPresence(field) ? try read(&self) : nil
    }

    mutating func readDay(_ field: String) throws(WireProtocolError) -> Day {
        let year = Int(try readUInt16(field))
        let month = Int(try readByte(field))
        let day = Int(try readByte(field))
        guard let value = Day(year: year, month: month, day: day) else {
            throw .invalidDay(year: year, month: month, day: day)
        }
        return value
    }

    mutating func readOptionalDay(_ field: String) throws(WireProtocolError) -> Day? {
        try readPresence(field) ? try readDay(field) : nil
    }

    mutating func readArticleID(_ field: String) throws(WireProtocolError) -> ArticleID {
        ArticleID(try readString(field))
    }

    mutating func readArticle() throws(WireProtocolError) -> Article {
        let ref = try readString("article.ref")
        let outlet = try readOptionalString("article.outlet")
        let title = try readString("article.title")
        let url = try readOptionalString("article.url")
        let published = try readOptionalDay("article.published")
        let text = try readString("article.text")
        return Article(ref: ref, outlet: outlet, title: title, url: url, published: published, text: text)
    }

    mutating func readValue() throws(WireProtocolError) -> Value {
        let amount = try readDouble("value.amount")
        let unit = try readString("value.unit")
        let resolution = try readDouble("value.resolution")
        return Value(amount: amount, unit: QuantityUnit(unit), resolution: resolution)
    }

    mutating func readValues(_ field: String) throws(WireProtocolError) -> [Value] {
        try readList(field, limit: limits.maxListCount, minimumElementBytes: 17) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readValue()
        }
    }

    mutating func readBound(_ field: String) throws(WireProtocolError) -> Bound {
        let code = try readByte(field)
        guard let bound = WireEnums.bound(code) else {
            throw .unknownEnumValue(field: field, value: UInt64(code))
        }
        return bound
    }

    mutating func readStatus(_ field: String) throws(WireProtocolError) -> ClaimStatus {
        let code = try readByte(field)
        guard let status = WireEnums.status(code) else {
            throw .unknownEnumValue(field: field, value: UInt64(code))
        }
        return status
    }

    mutating func readQuantity() throws(WireProtocolError) -> Quantity {
        let values = try readValues("quantity.values")
        let bound = try readBound("quantity.bound")
        let upper = try readValues("quantity.upper")
        return Quantity(values: values, bound: bound, upper: upper)
    }

    mutating func readOptionalPeriod(_ field: String) throws(WireProtocolError) -> Period? {
        guard let raw = try readOptionalString(field) else { return nil }
        guard let period = Period(raw) else { throw .invalidPeriod(raw) }
        return period
    }

    mutating func readSpan(_ field: String) throws(WireProtocolError) -> TextSpan {
        let start = try readSignedVarint(field)
        let end = try readSignedVarint(field)
        return TextSpan(start: start, end: end)
    }

    mutating func readMention() throws(WireProtocolError) -> Mention {
        let subject = try readString("mention.subject")
        let measure = try readString("mention.measure")
        let quantity = try readQuantity()
        let period = try readOptionalPeriod("mention.period")
        let attribution = try readOptionalString("mention.attribution")
        let hedged = try readBool("mention.hedged")
        let evidence = try readSpan("mention.evidence")
        let passage = try readSignedVarint("mention.passage")
        return Mention(
            subject: subject, measure: measure, quantity: quantity, period: period,
            attribution: attribution, hedged: hedged, evidence: evidence, passage: passage)
    }

    mutating func readDenial() throws(WireProtocolError) -> Denial {
        let party = try readString("denial.party")
        let target = try readOptionalString("denial.target")
        let subject = try readOptionalString("denial.subject")
        let topics = try readStrings("denial.topics")
        let evidence = try readSpan("denial.evidence")
        let passage = try readSignedVarint("denial.passage")
        return Denial(
            party: party, target: target, subject: subject, topics: topics, evidence: evidence,
            passage: passage)
    }

    mutating func readFeatures() throws(WireProtocolError) -> ArticleFeatures {
        let textHash = try readString("features.textHash")
        let simhash = try readUInt64("features.simhash")
        let entities = try readList("features.entities", limit: limits.maxListCount, minimumElementBytes: 2) {
            (r: inout PayloadReader) throws(WireProtocolError) in
            EntityCount(name: try r.readString("entity.name"), count: try r.readSignedVarint("entity.count"))
        }
        let keyTerms = try readStrings("features.keyTerms")
        let passages = try readList("features.passages", limit: limits.maxListCount, minimumElementBytes: 4) {
            (r: inout PayloadReader) throws(WireProtocolError) in
            Passage(
                span: try r.readSpan("passage.span"), isMain: try r.readBool("passage.isMain"),
                entities: try r.readStrings("passage.entities"))
        }
        return ArticleFeatures(
            textHash: textHash, simhash: simhash, entities: entities, keyTerms: keyTerms, passages: passages)
    }

    mutating func readAnalyzedArticle() throws(WireProtocolError) -> AnalyzedArticle {
        let id = try readArticleID("analyzed.id")
        let article = try readArticle()
        let mentions = try readList("analyzed.mentions", limit: limits.maxListCount, minimumElementBytes: 11)
        {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readMention()
        }
        let denials = try readList("analyzed.denials", limit: limits.maxListCount, minimumElementBytes: 7) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readDenial()
        }
        let features = try readFeatures()
        return AnalyzedArticle(
            id: id, article: article, mentions: mentions, denials: denials, features: features)
    }

    mutating func readArticleIDs(_ field: String) throws(WireProtocolError) -> [ArticleID] {
        try readList(field, limit: limits.maxListCount, minimumElementBytes: 1) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readArticleID(field)
        }
    }

    mutating func readArticleRecord() throws(WireProtocolError) -> ArticleRecord {
        let id = try readArticleID("articleRecord.id")
        let ref = try readString("articleRecord.ref")
        let outlet = try readOptionalString("articleRecord.outlet")
        let title = try readString("articleRecord.title")
        let url = try readOptionalString("articleRecord.url")
        let published = try readOptionalDay("articleRecord.published")
        let story = try readOptionalString("articleRecord.story")
        let duplicateOf = try readOptional("articleRecord.duplicateOf") {
            (r: inout PayloadReader) throws(WireProtocolError) in
            try r.readArticleID("articleRecord.duplicateOf")
        }
        let mentionCount = try readSignedVarint("articleRecord.mentionCount")
        return ArticleRecord(
            id: id, ref: ref, outlet: outlet, title: title, url: url, published: published, story: story,
            duplicateOf: duplicateOf, mentionCount: mentionCount)
    }

    mutating func readStoryRecord() throws(WireProtocolError) -> StoryRecord {
        let id = try readString("story.id")
        let title = try readString("story.title")
        let articles = try readArticleIDs("story.articles")
        let related = try readStrings("story.related")
        let first = try readOptionalDay("story.firstPublished")
        let last = try readOptionalDay("story.lastPublished")
        return StoryRecord(
            id: id, title: title, articles: articles, related: related, firstPublished: first,
            lastPublished: last)
    }

    mutating func readEvidenceRefs(_ field: String) throws(WireProtocolError) -> [EvidenceRef] {
        try readList(field, limit: limits.maxListCount, minimumElementBytes: 3) {
            (r: inout PayloadReader) throws(WireProtocolError) in
            EvidenceRef(
                article: try r.readArticleID("evidence.article"),
                start: try r.readSignedVarint("evidence.start"),
                end: try r.readSignedVarint("evidence.end"))
        }
    }

    mutating func readClaimRecord() throws(WireProtocolError) -> ClaimRecord {
        let id = try readString("claim.id")
        let story = try readOptionalString("claim.story")
        let subject = try readString("claim.subject")
        let measure = try readString("claim.measure")
        let values = try readValues("claim.values")
        let bound = try readBound("claim.bound")
        let upper = try readValues("claim.upper")
        let period = try readOptionalPeriod("claim.period")
        let sources = try readArticleIDs("claim.sources")
        let origins = try readSignedVarint("claim.origins")
        let attributions = try readStrings("claim.attributions")
        let hedged = try readBool("claim.hedged")
        let status = try readStatus("claim.status")
        let evidence = try readEvidenceRefs("claim.evidence")
        return ClaimRecord(
            id: id, story: story, subject: subject, measure: measure, values: values, bound: bound,
            upper: upper, period: period, sources: sources, origins: origins, attributions: attributions,
            hedged: hedged, status: status, evidence: evidence)
    }

    mutating func readConflictRecord() throws(WireProtocolError) -> ConflictRecord {
        let claims = try readStrings("conflict.claims")
        let code = try readByte("conflict.kind")
        guard let kind = WireEnums.conflictKind(code) else {
            throw .unknownEnumValue(field: "conflict.kind", value: UInt64(code))
        }
        return ConflictRecord(claims: claims, kind: kind)
    }

    mutating func readDenialRecord() throws(WireProtocolError) -> DenialRecord {
        let by = try readString("denialRecord.by")
        let claims = try readStrings("denialRecord.claims")
        let sources = try readArticleIDs("denialRecord.sources")
        let target = try readOptionalString("denialRecord.target")
        let evidence = try readEvidenceRefs("denialRecord.evidence")
        return DenialRecord(by: by, claims: claims, sources: sources, target: target, evidence: evidence)
    }

    mutating func readConflictRecords(_ field: String) throws(WireProtocolError) -> [ConflictRecord] {
        try readList(field, limit: limits.maxListCount, minimumElementBytes: 2) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readConflictRecord()
        }
    }

    mutating func readDenialRecords(_ field: String) throws(WireProtocolError) -> [DenialRecord] {
        try readList(field, limit: limits.maxListCount, minimumElementBytes: 5) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readDenialRecord()
        }
    }

    mutating func readClaimRecords(_ field: String) throws(WireProtocolError) -> [ClaimRecord] {
        try readList(field, limit: limits.maxListCount, minimumElementBytes: 14) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readClaimRecord()
        }
    }

    mutating func readGraphExport() throws(WireProtocolError) -> GraphExport {
        let articles = try readList("export.articles", limit: limits.maxListCount, minimumElementBytes: 9) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readArticleRecord()
        }
        let stories = try readList("export.stories", limit: limits.maxListCount, minimumElementBytes: 6) {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readStoryRecord()
        }
        let claims = try readClaimRecords("export.claims")
        let conflicts = try readConflictRecords("export.conflicts")
        let denials = try readDenialRecords("export.denials")
        return GraphExport(
            articles: articles, stories: stories, claims: claims, conflicts: conflicts, denials: denials)
    }

    mutating func readStorySummary() throws(WireProtocolError) -> StorySummary {
        let id = try readString("summary.id")
        let title = try readString("summary.title")
        let articleCount = try readSignedVarint("summary.articleCount")
        let outletCount = try readSignedVarint("summary.outletCount")
        let claimCount = try readSignedVarint("summary.claimCount")
        let conflictCount = try readSignedVarint("summary.conflictCount")
        let denialCount = try readSignedVarint("summary.denialCount")
        let first = try readOptionalDay("summary.firstPublished")
        let last = try readOptionalDay("summary.lastPublished")
        return StorySummary(
            id: id, title: title, articleCount: articleCount, outletCount: outletCount,
            claimCount: claimCount, conflictCount: conflictCount, denialCount: denialCount,
            firstPublished: first, lastPublished: last)
    }

    mutating func readClaimEvidence() throws(WireProtocolError) -> ClaimEvidence {
        let claim = try readClaimRecord()
        let sentences = try readList(
            "claimEvidence.sentences", limit: limits.maxListCount, minimumElementBytes: 7
        ) {
            (r: inout PayloadReader) throws(WireProtocolError) in
            let article = try r.readArticleID("sentence.article")
            let outlet = try r.readOptionalString("sentence.outlet")
            let title = try r.readString("sentence.title")
            let published = try r.readOptionalDay("sentence.published")
            let start = try r.readSignedVarint("sentence.start")
            let end = try r.readSignedVarint("sentence.end")
            let sentence = try r.readString("sentence.sentence")
            return EvidenceSentence(
                article: article, outlet: outlet, title: title, published: published, start: start, end: end,
                sentence: sentence)
        }
        let conflicts = try readConflictRecords("claimEvidence.conflicts")
        let denials = try readDenialRecords("claimEvidence.denials")
        return ClaimEvidence(claim: claim, sentences: sentences, conflicts: conflicts, denials: denials)
    }

    mutating func readGraphStats() throws(WireProtocolError) -> GraphStats {
        GraphStats(
            articles: try readSignedVarint("stats.articles"),
            duplicates: try readSignedVarint("stats.duplicates"),
            mentions: try readSignedVarint("stats.mentions"), claims: try readSignedVarint("stats.claims"),
            stories: try readSignedVarint("stats.stories"),
            conflicts: try readSignedVarint("stats.conflicts"),
            denials: try readSignedVarint("stats.denials"), outlets: try readSignedVarint("stats.outlets"))
    }

    mutating func readClaimFilter() throws(WireProtocolError) -> ClaimFilter {
        let entity = try readOptionalString("filter.entity")
        let story = try readOptionalString("filter.story")
        let status = try readOptional("filter.status") {
            (r: inout PayloadReader) throws(WireProtocolError) in try r.readStatus("filter.status")
        }
        let minSources = try readSignedVarint("filter.minSources")
        let limit = try readSignedVarint("filter.limit")
        return ClaimFilter(entity: entity, story: story, status: status, minSources: minSources, limit: limit)
    }
}

/// The one-byte codes of the model's enums (PROTOCOL.md §5.2).
enum WireEnums {
    static func code(of bound: Bound) -> UInt8 {
        switch bound {
        case .exact: return 0
        case .approx: return 1
        case .atLeast: return 2
        case .atMost: return 3
        case .range: return 4
        }
    }

    static func bound(_ code: UInt8) -> Bound? {
        switch code {
        case 0: return .exact
        case 1: return .approx
        case 2: return .atLeast
        case 3: return .atMost
        case 4: return .range
        default: return nil
        }
    }

    static func code(of status: ClaimStatus) -> UInt8 {
        switch status {
        case .corroborated: return 0
        case .singleSource: return 1
        case .contested: return 2
        case .denied: return 3
        }
    }

    static func status(_ code: UInt8) -> ClaimStatus? {
        switch code {
        case 0: return .corroborated
        case 1: return .singleSource
        case 2: return .contested
        case 3: return .denied
        default: return nil
        }
    }

    static func code(of kind: ConflictKind) -> UInt8 {
        switch kind {
        case .divergentFigures: return 0
        case .correction: return 1
        }
    }

    static func conflictKind(_ code: UInt8) -> ConflictKind? {
        switch code {
        case 0: return .divergentFigures
        case 1: return .correction
        default: return nil
        }
    }
}
