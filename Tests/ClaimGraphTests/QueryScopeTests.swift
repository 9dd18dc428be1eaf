import ClaimModel
import Testing

@testable import ClaimGraph

/// Story pages, claim details and claims by entity find conflicts within the stories they
/// show, and the export and the counts story by story; the reference finds them over whole
/// measure buckets (`wholeBucketConflicts`). On graphs where figures chain subjects and
/// aliases together, they must all agree.
@Suite struct QueryScopeTests {
    /// Articles about a few companies, some named in full and in short, stating figures drawn
    /// from a small set (so precise figures join claims of different subjects, and rival
    /// figures conflict), with context figures about another company and a few denials.
    /// Published over 8 days from `firstDay` days after 1 March 2025 (a story window or so),
    /// figures drawn from amounts of their own for each `firstDay`.
    static func corpus(count: Int, seed: UInt64, firstDay: Int = 0) -> [AnalyzedArticle] {
        var random = SeededGenerator(state: seed)
        func pick<T>(_ list: [T]) -> T { list[Int(random.next() % UInt64(list.count))] }
        let companies = ["Acme", "Acme Corp", "Globex", "Globex Holdings", "Initech", "Hooli"]
        let outlets = ["Wire", "Paper", "Site", "Daily", "Herald"]
        let measures = ["capital expenditure", "capex", "spending", "amount", "headcount", "revenue"]
        let amounts = [10.25, 12.5, 14.75, 20.5, 31.25].map { $0 * Double(1 + firstDay) }
        let sentences = [
            "plans to spend heavily on new factories this year",
            "said capital spending would rise sharply as demand grew",
            "the regulator must still approve the permits for the sites",
            "rivals announced similar plans earlier this month",
            "shares closed higher on the news in late trading",
        ]
        var out: [AnalyzedArticle] = []
        for n in 0..<count {
            let company = pick(companies)
            let other = pick(companies)
            let outlet = pick(outlets)
            let day = firstDay + Int(random.next() % 8)
            let text =
                (0..<6).map { _ in "\(company) \(pick(sentences))." }.joined(separator: " ") + " Note \(n)."
            var b = ArticleBuilder(
                outlet: outlet, title: "\(company) report \(n)",
                day: String(
                    format: "%d-%02d-%02d", 2025 + (2 + day / 28) / 12, 1 + (2 + day / 28) % 12, 1 + day % 28),
                text: text, entities: [company, other])
            for _ in 0..<(1 + random.next() % 3) {
                let precise = random.next() % 2 == 0
                b.add(
                    company, pick(measures), [(pick(amounts) * 1e9, "USD", precise ? 1e7 : 1e9)],
                    bound: pick([.exact, .exact, .atLeast, .approx]),
                    period: random.next() % 3 == 0 ? nil : "2025",
                    attribution: random.next() % 2 == 0 ? "people familiar with the matter" : outlet)
            }
            b.add(other, pick(measures), [(pick(amounts) * 1e9, "USD", 1e7)], period: "2025")
            if random.next() % 6 == 0 {
                b.denials = [Denial(party: company, subject: company, evidence: TextSpan(start: 0, end: 5))]
            }
            out.append(b.analyzed)
        }
        return out
    }

    @Test(arguments: [3, 8, 21, 99] as [UInt64])
    func queriesFindTheExportsConflicts(seed: UInt64) throws {
        var graph = ClaimGraph()
        for article in Self.corpus(count: 70, seed: seed) { graph.insert(article) }
        let export = graph.export()
        #expect(!export.conflicts.isEmpty)
        let records = Dictionary(uniqueKeysWithValues: export.claims.map { ($0.id, $0) })
        for claim in export.claims {
            let detail = try #require(graph.claimDetail(id: claim.id))
            #expect(detail.claim == claim)
            #expect(detail.conflicts == export.conflicts.filter { $0.claims.contains(claim.id) })
        }
        for story in export.stories {
            let page = try #require(graph.story(id: story.id))
            #expect(Set(page.claims) == Set(export.claims.filter { $0.story == story.id }))
            let shown = Set(page.claims.map(\.id))
            #expect(page.conflicts == export.conflicts.filter { $0.claims.contains(where: shown.contains) })
        }
        for entity in ["acme", "acme corp", "globex", "hooli"] {
            for record in graph.claims(ClaimFilter(entity: entity)) { #expect(records[record.id] == record) }
        }
    }

    /// The export and the counts, found story by story, are those found over whole buckets;
    /// also when the stories' views were kept from earlier queries.
    @Test(arguments: [3, 8, 21, 99] as [UInt64])
    func storyByStoryConflictsAreTheWholeBucketOnes(seed: UInt64) {
        var graph = ClaimGraph()
        // Weeks two months apart: stories, and conflicts, of their own.
        for week in 0..<6 {
            for article in Self.corpus(count: 50, seed: seed &+ UInt64(week), firstDay: 60 * week) {
                graph.insert(article)
            }
        }
        var reference = graph
        reference.wholeBucketConflicts = true
        reference.discardCachedViews()
        let export = reference.export()
        #expect(
            export.conflicts.count > 1, "\(export.conflicts.count) conflicts, \(export.stories.count) stories"
        )
        #expect(graph.export() == export)
        #expect(graph.stats() == reference.stats())
        #expect(graph.stats().conflicts == export.conflicts.count)
        // Answered again from the views kept by the first answers.
        #expect(graph.export() == export)
        #expect(graph.stats() == reference.stats())
    }

    /// Every query that keeps a story's conflicts, over the whole graph.
    static func queryEverything(_ graph: ClaimGraph, entities: [String]) {
        let export = graph.export()
        for story in export.stories { _ = graph.story(id: story.id) }
        for claim in export.claims { _ = graph.claimDetail(id: claim.id) }
        for entity in entities { _ = graph.claims(ClaimFilter(entity: entity)) }
    }

    /// Stories' conflicts kept between queries give, after further inserts, what a graph that
    /// never answered a query gives.
    @Test(arguments: [3, 21] as [UInt64])
    func keptConflictsFollowInserts(seed: UInt64) throws {
        let entities = ["acme", "acme corp", "globex", "globex holdings", "initech", "hooli"]
        let articles = Self.corpus(count: 70, seed: seed)
        var cached = ClaimGraph()
        for (n, article) in articles.enumerated() {
            cached.insert(article)
            if n % 5 == 0 { Self.queryEverything(cached, entities: entities) }
        }
        var fresh = ClaimGraph()
        for article in articles { fresh.insert(article) }
        let export = fresh.export()
        #expect(!export.conflicts.isEmpty)
        for story in export.stories {
            #expect(cached.story(id: story.id) == fresh.story(id: story.id))
        }
        for claim in export.claims {
            #expect(cached.claimDetail(id: claim.id) == fresh.claimDetail(id: claim.id))
        }
        for entity in entities {
            #expect(cached.claims(ClaimFilter(entity: entity)) == fresh.claims(ClaimFilter(entity: entity)))
        }
    }

    /// Claims of a filter as `claims(_:)` answered them before it ordered claims without
    /// building their records: every record of the slice, filtered, sorted, cut to the limit.
    static func referenceClaims(_ graph: ClaimGraph, _ filter: ClaimFilter) -> [ClaimRecord] {
        var roots: [Int32] = []
        if let story = filter.story {
            guard let root = graph.storyRoot(forID: story) else { return [] }
            roots = graph.storyPage(root).claims.compactMap { graph.claimRoot(forID: $0.id) }
        } else if let entity = filter.entity {
            guard let key = graph.strings.lookup(MeasureVocabulary.normalizeName(entity)) else { return [] }
            roots = graph.claimRoots(ofSubject: key)
        } else {
            roots = graph.allClaimRoots()
        }
        var records = graph.slice(claims: roots).records.filter { record in
            (filter.status == nil || record.status == filter.status)
                && record.sources.count >= filter.minSources
                && (filter.story == nil || record.story == filter.story)
        }
        records.sort { lhs, rhs in
            if lhs.origins != rhs.origins { return lhs.origins > rhs.origins }
            if lhs.sources.count != rhs.sources.count { return lhs.sources.count > rhs.sources.count }
            return lhs.id < rhs.id
        }
        return filter.limit > 0 ? Array(records.prefix(filter.limit)) : records
    }

    /// Claims are filtered and ordered without building their records, and only a page's
    /// records are built: the answers, whole lists and pages, are the records' own order.
    @Test(arguments: [3, 21] as [UInt64])
    func claimListsAndPagesFollowTheRecords(seed: UInt64) throws {
        var graph = ClaimGraph()
        for article in Self.corpus(count: 70, seed: seed) { graph.insert(article) }
        let export = graph.export()
        var filters: [ClaimFilter] = [ClaimFilter(), ClaimFilter(status: .contested)]
        for entity in ["acme", "acme corp", "globex", "hooli"] {
            filters.append(ClaimFilter(entity: entity))
            filters.append(ClaimFilter(entity: entity, minSources: 2))
            for status in [ClaimStatus.corroborated, .singleSource, .contested, .denied] {
                filters.append(ClaimFilter(entity: entity, status: status))
            }
        }
        for story in export.stories.prefix(4) { filters.append(ClaimFilter(story: story.id)) }
        var paged = 0
        for filter in filters {
            let whole = Self.referenceClaims(graph, filter)
            #expect(graph.claims(filter) == whole, "\(filter)")
            for limit in [1, 2, 5, whole.count - 1, whole.count + 3] where limit > 0 {
                var page = filter
                page.limit = limit
                #expect(graph.claims(page) == Self.referenceClaims(graph, page), "\(filter), limit \(limit)")
                if limit < whole.count { paged += 1 }
            }
        }
        #expect(paged > 20, "the filters must leave lists longer than their pages")
        #expect(!graph.claims(ClaimFilter(status: .contested)).isEmpty, "the fixture must have conflicts")
    }
}
