import ClaimModel
import Foundation
import Testing

@testable import ClaimGraph

/// Articles prepared on other threads and committed in order make the graph inserting them one
/// at a time makes: the same export, stats and stories, the same outcomes, and linking examined
/// the same candidates. (Snapshot bytes are no test: dictionaries are written in their order,
/// which differs between two graphs of one history.)
@Suite struct PreparedArticleTests {
    /// The order-independence corpus with each article resent (duplicates), and more of it than
    /// one chunk of the sizes tried.
    static func articles() -> [AnalyzedArticle] {
        let corpus = OrderIndependenceTests.corpus() + LinkingIndexTests.corpus(count: 70, seed: 3)
        return corpus + corpus.prefix(5)
    }

    @Test(arguments: [(1, 1), (1, 3), (2, 4), (3, 7), (4, 64)])
    func parallelPreparationGivesTheSequentialGraph(threads: Int, chunk: Int) throws {
        let articles = Self.articles()
        var sequential = ClaimGraph()
        let expectedOutcomes = articles.map { sequential.insert($0) }
        var pipelined = ClaimGraph()
        let outcomes = pipelined.insert(contentsOf: articles, preparingThreads: threads, chunk: chunk)
        #expect(outcomes == expectedOutcomes)
        #expect(outcomes.contains(.duplicate))
        #expect(try canonicalBytes(pipelined.export()) == canonicalBytes(sequential.export()))
        #expect(pipelined.stats() == sequential.stats())
        #expect(pipelined.stories(limit: 100) == sequential.stories(limit: 100))
        // What linking examined: the same candidates, so the same indexes.
        #expect(pipelined.linkCounts == sequential.linkCounts)
    }

    @Test func shuffledPipelinesGiveOneExport() throws {
        let articles = Self.articles()
        var reference = ClaimGraph()
        for article in articles { reference.insert(article) }
        var generator = SeededGenerator(state: 7)
        var graph = ClaimGraph()
        _ = graph.insert(contentsOf: articles.shuffled(using: &generator), preparingThreads: 2, chunk: 5)
        #expect(try canonicalBytes(graph.export()) == canonicalBytes(reference.export()))
    }

    @Test func aPreparedArticleInsertsAsItsAnalysedArticle() throws {
        let articles = Self.articles()
        var direct = ClaimGraph()
        var prepared = ClaimGraph()
        for article in articles {
            #expect(prepared.insert(PreparedArticle(article)) == direct.insert(article))
        }
        #expect(try canonicalBytes(prepared.export()) == canonicalBytes(direct.export()))
        #expect(prepared.linkCounts == direct.linkCounts)
    }

    /// What the preparation reads off the text: the sketch, and the cues of each mention's sentence.
    @Test func preparationReadsTheArticleAlone() {
        var b = ArticleBuilder(
            outlet: "Wire", title: "Acme", day: "2025-01-10",
            text:
                "Analysts had expected Acme to spend $10 billion. Acme corrected its figure to $12 billion.",
            entities: ["Acme"])
        b.add(
            "Acme", "capital expenditure", [(10e9, "USD", 1e9)], period: "2025",
            sentence: "Analysts had expected Acme to spend $10 billion.")
        b.add(
            "Acme", "capital expenditure", [(12e9, "USD", 1e9)], period: nil, attribution: "Acme",
            passage: 7, sentence: "Acme corrected its figure to $12 billion.")
        let prepared = PreparedArticle(b.analyzed)
        #expect(prepared.sketch == ShingleSketch(text: b.analyzed.article.text))
        #expect(prepared.mentionCues == [[.expected, .main], [.corrected, .main]])
        let mentionHashes = Array(prepared.hashes[prepared.mentionHashStart...])
        #expect(mentionHashes.count == 8)
        #expect(prepared.hashes[0] == Interner.hash(of: "Wire"))
        #expect(mentionHashes[0] == Interner.hash(of: "Acme"))
        #expect(mentionHashes[2] == 0 && mentionHashes[6] == Interner.hash(of: "Acme"))
    }
}
