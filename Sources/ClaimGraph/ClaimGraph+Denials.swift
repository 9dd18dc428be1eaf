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
        "media",
    ]

    func isUnnamed(_ attribution: Int32, hedged: Bool) -> Bool {
        guard attribution >= 0 else { return hedged }
        return MeasureVocabulary.words(strings[attribution]).contains { Self.unnamedSourceWords.contains($0) }
    }

    /// The claims each denial of the given stories' articles disputes.
    func denialAttachments(stories storyRoots: [Int32]) -> [DenialAttachment] {
        var out: [DenialAttachment] = []
        for storyRoot in storyRoots {
            let members = storyArticles(storyRoot)
            var storyClaims: Set<Int32> = []
            for a in members {
                let entry = articles[Int(a)]
                for m in entry.mentionStart..<(entry.mentionStart + entry.mentionCount)
                where mentions[Int(m)].isMain {
                    storyClaims.insert(claimSets.root(m))
                }
            }
            for a in members {
                let entry = articles[Int(a)]
                for d in entry.denialStart..<(entry.denialStart + entry.denialCount) {
                    let claims = disputedClaims(Int32(d), storyClaims: storyClaims)
                    if !claims.isEmpty { out.append(DenialAttachment(denial: Int32(d), claims: claims)) }
                }
            }
        }
        return out
    }

    private func disputedClaims(_ d: Int32, storyClaims: Set<Int32>) -> [Int32] {
        let denial = denials[Int(d)]
        guard denial.isMain else { return [] }
        var candidates = storyClaims.sorted()
        // The subject disputed: the one named, else the party's own figures, else any.
        for name in [denial.subject, denial.party] where name >= 0 {
            let key = MeasureVocabulary.normalizeName(strings[name])
            let about = candidates.filter { subjectMatches(claim: $0, key: key) }
            if !about.isEmpty {
                candidates = about
                break
            }
        }
        var chosen: [Int32] = []
        if denial.target >= 0 {
            let target = MeasureVocabulary.normalizeName(strings[denial.target])
            chosen = candidates.filter { credited(claim: $0, to: target) }
        }
        if chosen.isEmpty {
            let inArticle = candidates.filter { claimHasUnnamedMention($0, inArticle: denial.article) }
            chosen =
                inArticle.isEmpty
                ? candidates.filter { claimHasUnnamedMention($0, inArticle: nil) } : inArticle
        }
        if !denial.topics.isEmpty {
            let onTopic = chosen.filter { claimMeasureMentions($0, anyOf: denial.topics) }
            if !onTopic.isEmpty { chosen = onTopic }
        }
        return chosen
    }

    private func subjectMatches(claim root: Int32, key: String) -> Bool {
        let seed = mentions[Int(claimSets.seed(ofRoot: root))]
        let subject = strings[groups[Int(seed.group)].subjectKey]
        return subject == key || subject.hasPrefix(key + " ") || key.hasPrefix(subject + " ")
    }

    /// The claim is credited to the named report: in an attribution, or as an outlet
    /// publishing it.
    private func credited(claim root: Int32, to target: String) -> Bool {
        guard !target.isEmpty else { return false }
        for m in claimSets.members(of: root) {
            let mention = mentions[Int(m)]
            if mention.attribution >= 0 {
                let attribution = MeasureVocabulary.normalizeName(strings[mention.attribution])
                if contains(attribution, target) { return true }
            }
            let outlet = MeasureVocabulary.normalizeName(strings[articles[Int(mention.article)].outlet])
            if !outlet.isEmpty, contains(outlet, target) || contains(target, outlet) { return true }
        }
        return false
    }

    private func contains(_ text: String, _ phrase: String) -> Bool {
        let t = " " + text + " "
        return !phrase.isEmpty && t.contains(" " + phrase + " ")
    }

    private func claimHasUnnamedMention(_ root: Int32, inArticle article: Int32?) -> Bool {
        claimSets.members(of: root).contains { m in
            let mention = mentions[Int(m)]
            if let article, mention.article != article { return false }
            return isUnnamed(mention.attribution, hedged: mention.hedged)
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
            let article = articles[Int(denial.article)].id
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
