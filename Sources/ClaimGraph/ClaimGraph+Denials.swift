import ClaimModel

// Denials attach to the claims they dispute, within the story of the article reporting them:
// the claims credited to the report or outlet the denial names; else the claims of that
// article credited to unnamed sources; else the story's claims credited to unnamed sources.
extension ClaimGraph {
    struct DenialAttachment {
        var denial: Int32
        var claims: [Int32]
    }

    /// Words that mark a figure as coming from unnamed sources.
    static let unnamedSourceWords: Set<String> = [
        "people", "person", "persons", "sources", "source", "familiar", "anonymous", "anonymously",
        "unnamed", "briefed", "insiders", "insider", "knowledge", "report", "reports", "reported",
        "media", "claim",
    ]

    func isUnnamed(_ attribution: Int32, hedged: Bool) -> Bool {
        guard attribution >= 0 else { return hedged }
        return MeasureVocabulary.words(strings[attribution]).contains { Self.unnamedSourceWords.contains($0) }
    }

    /// The claims each denial of the given stories' articles disputes.
    func denialAttachments(stories storyRoots: [Int32]) -> [DenialAttachment] {
        var reading = StoryReading()
        return denialAttachments(stories: storyRoots, reading: &reading)
    }

    /// The claims each denial of the given stories' articles disputes. `reading`: what the
    /// query has worked out about those stories already.
    func denialAttachments(stories storyRoots: [Int32], reading: inout StoryReading) -> [DenialAttachment] {
        var out: [DenialAttachment] = []
        for storyRoot in storyRoots {
            let members = stories.members(of: storyRoot)
            var storyDenials: [Int32] = []
            for a in members {
                // Fields read one by one: a copy of the entry would retain every array it holds.
                let start = articles[Int(a)].denialStart
                for d in start..<(start + articles[Int(a)].denialCount) where denials[Int(d)].isMain {
                    storyDenials.append(d)
                }
            }
            if storyDenials.isEmpty { continue }
            if let cached = viewCache.denials(ofStory: storyRoot), isCurrent(cached.stamps) {
                out += cached.attachments
                continue
            }
            let first = out.count
            // Only claims attached to this story: the same answer whether one story's page or
            // the whole graph is being built.
            let storyClaims = storyClaims(storyRoot, reading: &reading)
            for d in storyDenials.sorted() {
                let claims = disputedClaims(d, candidates: storyClaims.attached)
                if !claims.isEmpty { out.append(DenialAttachment(denial: d, claims: claims)) }
            }
            viewCache.storeDenials(
                ViewCache.Denials(stamps: storyClaims.stamps, attachments: Array(out[first...])),
                ofStory: storyRoot)
        }
        return out
    }

    private func disputedClaims(_ d: Int32, candidates storyClaims: [Int32]) -> [Int32] {
        let denial = denials[Int(d)]
        // What analysts expected and what a stock traded at are nobody's report to deny.
        let storyClaims = storyClaims.filter { !isUncontested(claim: $0) }
        var candidates = storyClaims
        var aboutParty = false
        // The subject disputed: the one named, else the party's own figures, else any.
        for key in [denial.subjectKey, denial.partyKey] where key >= 0 {
            let name = strings[key]
            let about = candidates.filter { subjectMatches(claim: $0, key: name) }
            if !about.isEmpty {
                candidates = about
                aboutParty = true
                break
            }
        }
        // `Intel denied a report that it would eliminate 30,000 positions`: a figure from unnamed
        // sources that the denial's own sentence states is the one disputed (a named one there is
        // more often the figure that replaced it: `dropped in favour of the 3,958 deaths verified
        // by the WHO`).
        var chosen = candidates.filter { claimHasMention($0, inSentenceOf: denial) }
        if !chosen.isEmpty { return chosen }
        // `... estimate the excess death toll at 1,450. The health department rejected the
        // estimate.`: a denial of `the estimate`, `the figure` with no figure of its own disputes
        // the figures of the sentence right before it.
        if denial.topics.contains(where: Self.figureReferences.contains),
            let previous = previousSentenceEnd(before: denial)
        {
            chosen = candidates.filter { claimHasMention($0, endingAt: previous, in: denial.article) }
            if !chosen.isEmpty { return chosen }
        }
        if denial.targetKey >= 0 {
            let target = strings[denial.targetKey]
            var memo: [Int32: Bool] = [:]
            chosen = candidates.filter { credited(claim: $0, to: target, memo: &memo) }
        }
        if chosen.isEmpty, denial.targetKey < 0, aboutParty {
            chosen = supersededClaims(candidates)
        }
        if chosen.isEmpty {
            chosen = candidates.filter { claimHasUnnamedMention($0, inArticle: denial.article) }
        }
        if chosen.isEmpty, denial.partyKey >= 0 {
            // A party disowning a figure credited to it ("we never issued that toll"): one the
            // denial speaks of, when it names what it denies (`denied a report that the fire had
            // reached the town` disowns none of the fire's figures).
            let party = strings[denial.partyKey]
            var memo: [Int32: Bool] = [:]
            chosen = storyClaims.filter { creditedInAttribution(claim: $0, to: party, memo: &memo) }
            if !denial.topics.isEmpty, !denial.topics.contains(where: Self.disownsAFigure) {
                chosen = chosen.filter { claimMeasureMentions($0, anyOf: denial.topics) }
            }
        }
        if chosen.isEmpty {
            chosen = candidates.filter { claimHasUnnamedMention($0, inArticle: nil) }
        }
        if !denial.topics.isEmpty {
            let onTopic = chosen.filter { claimMeasureMentions($0, anyOf: denial.topics) }
            if !onTopic.isEmpty { chosen = onTopic }
        }
        return chosen
    }

    /// A denial's topic that disowns a figure as such (`denying it had ever issued it`, `never
    /// gave out the figures`), whatever it measures.
    static func disownsAFigure(_ topic: String) -> Bool {
        disowningRoots.contains { topic.hasPrefix($0) }
    }

    /// Stems of issuing a figure and of the figure itself.
    static let disowningRoots = [
        "issu", "give", "gave", "given", "publish", "releas", "provid", "figure", "toll", "number", "count",
        "estimat", "statistic", "data",
    ]

    /// Whether every mention of the claim states an estimate or a stock's price.
    func isUncontested(claim root: Int32) -> Bool {
        claimSets.members(of: root).allSatisfy {
            MeasureVocabulary.isUncontested(groups[Int(mentions[Int($0)].group)].scope)
        }
    }

    /// A party disputing figures about itself without naming a report: among its competing
    /// figures, the ones its latest account replaces: within each conflict, the claims stating
    /// a period earlier than the one claim with the latest ("we only spent 95 million", said in
    /// October, against the summer's reported 100 million). Undated claims are left alone.
    private func supersededClaims(_ candidates: [Int32]) -> [Int32] {
        let summaries = candidates.map { summary(ofClaim: $0) }.filter { $0.bucket >= 0 }
        var components: [[Int32]] = []
        // Conflicts form within one measure bucket, as in the export.
        for bucket in Set(summaries.map(\.bucket)) {
            components += conflictComponents(summaries.filter { $0.bucket == bucket })
        }
        var out: [Int32] = []
        for component in components {
            var latest: [(root: Int32, last: Int32)] = []
            for root in component {
                guard let claim = summaries.first(where: { $0.root == root }) else { continue }
                let stated = claim.periods.filter { $0.id >= 0 }.compactMap { $0.span?.last }
                if let last = stated.max() { latest.append((root, last)) }
            }
            guard latest.count >= 2, let top = latest.map(\.last).max(),
                latest.filter({ $0.last == top }).count == 1
            else { continue }
            out += latest.filter { $0.last < top }.map(\.root)
        }
        return out.sorted()
    }

    private func subjectMatches(claim root: Int32, key: String) -> Bool {
        let seed = mentions[Int(claimSets.seed(ofRoot: root))]
        let subject = strings[groups[Int(seed.group)].subjectKey]
        return subject == key || Self.startsWithWords(subject, key) || Self.startsWithWords(key, subject)
    }

    /// `text` begins with the words of `prefix` (`bayern munich` begins with `bayern`).
    static func startsWithWords(_ text: String, _ prefix: String) -> Bool {
        // Compared as contiguous bytes: the generic `starts(with:)` on the UTF-8 views was
        // most of the pairwise conflict search.
        var text = text
        var prefix = prefix
        return text.withUTF8 { t in
            prefix.withUTF8 { p in
                guard !p.isEmpty, t.count > p.count, t[p.count] == UInt8(ascii: " ") else { return false }
                for i in 0..<p.count where t[i] != p[i] { return false }
                return true
            }
        }
    }

    /// The claim is credited to the named report: in an attribution, or as an outlet
    /// publishing it. `memo` caches verdicts per attribution and outlet string.
    private func credited(claim root: Int32, to target: String, memo: inout [Int32: Bool]) -> Bool {
        guard !target.isEmpty else { return false }
        for m in claimSets.members(of: root) {
            let mention = mentions[Int(m)]
            if mention.attribution >= 0 {
                let verdict =
                    memo[mention.attribution]
                    ?? contains(MeasureVocabulary.normalizeName(strings[mention.attribution]), target)
                memo[mention.attribution] = verdict
                if verdict { return true }
            }
            let outletKey = articles[Int(mention.article)].outletKey
            let outlet = strings[outletKey]
            if !outlet.isEmpty {
                let verdict = memo[-2 - outletKey] ?? (contains(outlet, target) || contains(target, outlet))
                memo[-2 - outletKey] = verdict
                if verdict { return true }
            }
        }
        return false
    }

    /// `phrase` occurs in `text` as whole words (both already normalised: words joined by
    /// single spaces).
    private func creditedInAttribution(claim root: Int32, to name: String, memo: inout [Int32: Bool]) -> Bool
    {
        for m in claimSets.members(of: root) {
            let attribution = mentions[Int(m)].attribution
            guard attribution >= 0 else { continue }
            let verdict =
                memo[attribution] ?? contains(MeasureVocabulary.normalizeName(strings[attribution]), name)
            memo[attribution] = verdict
            if verdict { return true }
        }
        return false
    }

    private func contains(_ text: String, _ phrase: String) -> Bool {
        let t = Array(text.utf8)
        let p = Array(phrase.utf8)
        guard !p.isEmpty, p.count <= t.count else { return false }
        let space = UInt8(ascii: " ")
        for start in 0...(t.count - p.count) {
            guard start == 0 || t[start - 1] == space else { continue }
            let end = start + p.count
            guard end == t.count || t[end] == space else { continue }
            if t[start..<end].elementsEqual(p) { return true }
        }
        return false
    }

    private func claimHasUnnamedMention(_ root: Int32, inArticle article: Int32?) -> Bool {
        claimSets.members(of: root).contains { m in
            let mention = mentions[Int(m)]
            if let article, mention.article != article { return false }
            return mention.unnamed
        }
    }

    /// A mention of the claim from unnamed sources, stated in the sentence that reports the
    /// denial.
    /// Nouns by which a denial refers to a figure stated before it.
    static let figureReferences: Set<String> = [
        "estimate", "estimates", "figure", "figures", "number", "numbers", "tally", "count", "toll",
    ]

    /// Where the sentence right before the denial's ends, when it states a figure: the end of a
    /// mention of the denial's article at most a space or a line break before the denial's
    /// sentence starts.
    private func previousSentenceEnd(before denial: DenialEntry) -> Int32? {
        let entry = articles[Int(denial.article)]
        var latest: Int32?
        for m in entry.mentionStart..<(entry.mentionStart + entry.mentionCount) {
            let end = mentions[Int(m)].evidenceEnd
            if end <= denial.evidenceStart, end > latest ?? -1 { latest = end }
        }
        guard let latest, denial.evidenceStart - latest <= 2 else { return nil }
        return latest
    }

    private func claimHasMention(_ root: Int32, endingAt end: Int32, in article: Int32) -> Bool {
        claimSets.members(of: root).contains { m in
            mentions[Int(m)].article == article && mentions[Int(m)].evidenceEnd == end
        }
    }

    private func claimHasMention(_ root: Int32, inSentenceOf denial: DenialEntry) -> Bool {
        claimSets.members(of: root).contains { m in
            let mention = mentions[Int(m)]
            return mention.article == denial.article && mention.unnamed
                && mention.evidenceStart >= denial.evidenceStart
                && mention.evidenceEnd <= denial.evidenceEnd
        }
    }

    private func claimMeasureMentions(_ root: Int32, anyOf topics: [String]) -> Bool {
        claimSets.members(of: root).contains { m in
            let tokens = groups[Int(mentions[Int(m)].group)].tokens
            return topics.contains { tokens.contains($0) }
        }
    }

    /// Denial records: one per party and set of disputed claims, with every article
    /// reporting it.
    func denialRecords(_ attachments: [DenialAttachment]) -> [DenialRecord] {
        struct Key: Hashable {
            var party: String
            var claims: [String]
        }
        var records: [Key: DenialRecord] = [:]
        for attachment in attachments {
            let denial = denials[Int(attachment.denial)]
            let claimIDs = attachment.claims.map { claimID(ofRoot: $0) }.sorted()
            let party = strings[denial.party]
            let key = Key(party: MeasureVocabulary.normalizeName(party), claims: claimIDs)
            let article = articleID(denial.article)
            let ref = EvidenceRef(
                article: article, start: Int(denial.evidenceStart), end: Int(denial.evidenceEnd))
            var record = records[key] ?? DenialRecord(by: party, claims: claimIDs, sources: [])
            if party < record.by { record.by = party }
            if denial.target >= 0 {
                let target = strings[denial.target]
                if let current = record.target, current <= target {
                    // Keep the least name: the same record whatever the order of its articles.
                } else {
                    record.target = target
                }
            }
            record.sources.append(article)
            record.evidence.append(ref)
            records[key] = record
        }
        return records.values.map { record in
            var record = record
            record.sources = Array(Set(record.sources)).sorted()
            record.evidence = Array(Set(record.evidence)).sorted {
                ($0.article, $0.start, $0.end) < ($1.article, $1.start, $1.end)
            }
            return record
        }
        .sorted { ($0.by, $0.claims.joined(separator: ",")) < ($1.by, $1.claims.joined(separator: ",")) }
    }
}
