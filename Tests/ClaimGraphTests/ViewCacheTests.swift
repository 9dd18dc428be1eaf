import ClaimModel
import Foundation
import Testing

@testable import ClaimGraph

/// Views cached by queries must never outlive what they were built from.
@Suite struct ViewCacheTests {
    /// Every query that fills the cache, over the whole graph.
    static func queryEverything(_ graph: ClaimGraph) {
        let export = graph.export()
        for story in export.stories { _ = graph.story(id: story.id) }
        for claim in export.claims { _ = graph.claimDetail(id: claim.id) }
        _ = graph.stats()
    }

    @Test(arguments: [5, 77] as [UInt64])
    func queriesBetweenInsertsGiveTheFreshGraphsAnswers(seed: UInt64) throws {
        var articles = OrderIndependenceTests.corpus() + LinkingIndexTests.corpus(count: 60, seed: seed)
        var generator = SeededGenerator(state: seed)
        articles.shuffle(using: &generator)
        var cached = ClaimGraph()
        for (n, article) in articles.enumerated() {
            cached.insert(article)
            // Query often, so caches are filled and then changed under.
            if n % 7 == 0 { Self.queryEverything(cached) }
        }
        var fresh = ClaimGraph()
        for article in articles { fresh.insert(article) }
        #expect(try canonicalBytes(cached.export()) == canonicalBytes(fresh.export()))
        for story in fresh.export().stories {
            #expect(cached.story(id: story.id) == fresh.story(id: story.id))
            #expect(cached.conflicts(story: story.id) == fresh.conflicts(story: story.id))
        }
        #expect(cached.stats() == fresh.stats())
        #expect(cached.claims(ClaimFilter(entity: "acme")) == fresh.claims(ClaimFilter(entity: "acme")))
    }

    @Test func aChangedCopyLeavesTheOriginalsViewsAlone() throws {
        let articles = OrderIndependenceTests.corpus()
        var original = ClaimGraph()
        for article in articles.dropLast(4) { original.insert(article) }
        Self.queryEverything(original)
        let before = try canonicalBytes(original.export())
        var copy = original
        for article in articles.suffix(4) { copy.insert(article) }
        Self.queryEverything(copy)
        #expect(try canonicalBytes(original.export()) == before)
        var reference = ClaimGraph()
        for article in articles { reference.insert(article) }
        #expect(try canonicalBytes(copy.export()) == canonicalBytes(reference.export()))
    }

    /// A cache that holds fewer stories than are queried drops views and rebuilds them: the
    /// answers are the same, and the cache stays within its limit.
    @Test func aSmallCacheEvictsAndStillAnswersAlike() throws {
        let articles = OrderIndependenceTests.corpus() + LinkingIndexTests.corpus(count: 60, seed: 9)
        var bounded = ClaimGraph()
        bounded.viewCache = ViewCache(limit: 2)
        var fresh = ClaimGraph()
        for article in articles {
            bounded.insert(article)
            fresh.insert(article)
        }
        let stories = fresh.export().stories
        #expect(stories.count > 4, "the fixture must have more stories than the cache holds")
        for _ in 0..<2 {
            for story in stories {
                #expect(bounded.story(id: story.id) == fresh.story(id: story.id))
                #expect(bounded.conflicts(story: story.id) == fresh.conflicts(story: story.id))
            }
        }
        let counts = bounded.viewCache.counts
        #expect(counts.denials <= 2 && counts.conflicts <= 2)
        #expect(counts.conflicts > 0, "story pages must fill the conflicts cache")
        #expect(fresh.viewCache.counts.conflicts > 2, "an unbounded run keeps every story's view")
        // A changed copy gets a cache of the same limit.
        bounded.insert(articles[0])
        var copy = bounded
        copy.insert(LinkingIndexTests.corpus(count: 1, seed: 123)[0])
        #expect(copy.viewCache.limit == 2)
    }
}
