import ClaimModel
import Foundation
import Testing

@testable import ClaimGraph

/// The story and copy indexes must find every pair the rules could join: a graph built with
/// them exports the same bytes as one that examines every earlier article.
@Suite struct LinkingIndexTests {
    /// Articles about entities named in full and in short (`acme`, `acme corp`), sharing
    /// common names (a regulator, a country), reworded and copied, over a few weeks.
    static func corpus(count: Int, seed: UInt64) -> [AnalyzedArticle] {
        var random = SeededGenerator(state: seed)
        let companies = ["Acme", "Acme Corp", "Globex", "Globex Holdings", "Initech", "Umbrella", "Hooli"]
        let common = ["Regulator", "China", "United States"]
        let outlets = ["Wire", "Paper", "Site", "Daily", "Herald"]
        let sentences = [
            "plans to spend heavily on new factories this year",
            "said capital spending would rise sharply as demand grew",
            "the regulator must still approve the permits for the sites",
            "workers will be hired in three shifts across the plants",
            "rivals announced similar plans earlier this month",
            "shares closed higher on the news in late trading",
            "analysts expect margins to narrow before they recover",
            "the company declined to comment on the figures",
        ]
        var out: [AnalyzedArticle] = []
        for n in 0..<count {
            let company = companies[Int(random.next() % UInt64(companies.count))]
            let other = common[Int(random.next() % UInt64(common.count))]
            let outlet = outlets[Int(random.next() % UInt64(outlets.count))]
            let day = 1 + Int(random.next() % 20)
            let picks = (0..<12).map { _ in sentences[Int(random.next() % UInt64(sentences.count))] }
            let text = picks.map { "\(company) \($0)." }.joined(separator: " ")
            var b = ArticleBuilder(
                outlet: outlet, title: "\(company) report \(n)", day: String(format: "2025-03-%02d", day),
                text: text, entities: random.next() % 3 == 0 ? [other, company] : [company, other])
            let amount = Double(10 + random.next() % 6) * 1e9
            b.add(company, "capital expenditure", [(amount, "USD", 1e9)], period: "2025")
            b.add(company, "headcount", [(Double(1000 * (1 + random.next() % 3)), "count", 1)], period: nil)
            out.append(b.analyzed)
            if random.next() % 4 == 0 {
                // A copy edited by another outlet: most of the wording kept.
                var copy = b
                copy.outlet = outlets[(outlets.firstIndex(of: outlet)! + 1) % outlets.count]
                copy.text = text + " \(copy.outlet) contributed reporting."
                out.append(copy.analyzed)
            }
        }
        return out
    }

    /// The same articles through the indexed candidate search and through the exhaustive scan.
    static func indexedAndExhaustive(_ articles: [AnalyzedArticle]) -> (
        indexed: ClaimGraph, exhaustive: ClaimGraph
    ) {
        var indexed = ClaimGraph()
        var exhaustive = ClaimGraph()
        exhaustive.exhaustiveLinking = true
        for article in articles {
            indexed.insert(article)
            exhaustive.insert(article)
        }
        return (indexed, exhaustive)
    }

    @Test(arguments: [7, 99] as [UInt64])
    func indexedLinkingMatchesExhaustiveScan(seed: UInt64) throws {
        let (indexed, exhaustive) = Self.indexedAndExhaustive(Self.corpus(count: 160, seed: seed))
        let export = indexed.export()
        // The corpus must exercise the rules: stories of several articles and copies.
        #expect(export.stories.contains { $0.articles.count > 2 })
        #expect(export.articles.contains { $0.duplicateOf != nil })
        #expect(try canonicalBytes(export) == canonicalBytes(exhaustive.export()))
    }

    /// Templated texts: many articles a day repeating one wording with other companies and
    /// figures, some three times as long as others (much wording shared, never copies by
    /// length), and copies edited by another outlet.
    static func templatedCorpus(count: Int, seed: UInt64) -> [AnalyzedArticle] {
        var random = SeededGenerator(state: seed)
        let companies = ["Norva", "Kestrel", "Halsen", "Brilo", "Quilmar", "Tesly", "Vakes", "Osmar"]
        let measures = ["revenue", "capital expenditure", "operating profit", "headcount", "deliveries"]
        let outlets = ["Wire", "Paper", "Site", "Daily", "Herald"]
        func pick(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }
        var out: [AnalyzedArticle] = []
        for n in 0..<count {
            let company = pick(companies)
            let outlet = pick(outlets)
            var sentences = ["\(company) figures reported by \(outlet) today."]
            for _ in 0..<(8 * (1 + Int(random.next() % 3))) {
                sentences.append(
                    "\(company) put its \(pick(measures)) at \(1 + random.next() % 40) billion for "
                        + "\(2022 + random.next() % 4).")
            }
            let text = sentences.joined(separator: " ")
            var b = ArticleBuilder(
                outlet: outlet, title: "\(company) figures \(n)",
                day: String(format: "2025-05-%02d", 1 + Int(random.next() % 4)), text: text,
                entities: [company, "Regulator"])
            b.add(company, "revenue", [(Double(1 + random.next() % 40) * 1e9, "USD", 1e9)], period: "2025")
            out.append(b.analyzed)
            if random.next() % 4 == 0 {
                // Edited by another outlet: a sentence dropped, a credit added; sometimes read
                // as about the outlet's desk, so only the wording finds the source.
                var copy = b
                copy.outlet = outlets[(outlets.firstIndex(of: outlet).map { $0 + 1 } ?? 0) % outlets.count]
                copy.text = sentences.dropLast().joined(separator: " ") + " \(copy.outlet) contributed."
                if random.next() % 2 == 0 { copy.entities = ["\(copy.outlet) Desk"] }
                out.append(copy.analyzed)
            }
        }
        return out
    }

    /// Precise figures of a few facts stated under different subjects (a city, its country, an
    /// agency) in articles that name other subjects beside their own, over three weeks: the
    /// precise-figure rule joins figures across subjects when one article names the other's.
    static func preciseCorpus(count: Int, seed: UInt64) -> [AnalyzedArticle] {
        var random = SeededGenerator(state: seed)
        let subjects = [
            "Derna", "Libya", "Red Crescent", "Benghazi", "Tripoli", "Sirte", "Tobruk", "Misrata", "Bayda",
            "Sabha",
        ]
        // Many figures, so components are small and each pair the rule joins matters.
        let tolls = (0..<30).map { 1_000 + 37 * Double($0) }
        let outlets = ["Wire", "Paper", "Site", "Daily", "Herald"]
        var out: [AnalyzedArticle] = []
        for n in 0..<count {
            let subject = subjects[Int(random.next() % UInt64(subjects.count))]
            let named = subjects[Int(random.next() % UInt64(subjects.count))]
            let day = 1 + Int(random.next() % 21)
            var b = ArticleBuilder(
                outlet: outlets[Int(random.next() % UInt64(outlets.count))], title: "\(subject) toll \(n)",
                day: String(format: "2023-09-%02d", day), entities: [subject, named])
            let toll = tolls[Int(random.next() % UInt64(tolls.count))]
            b.add(subject, "deaths", [(toll, "count", 1)], period: nil)
            b.add(
                named, "deaths", [(tolls[Int(random.next() % UInt64(tolls.count))], "count", 1)], period: nil)
            out.append(b.analyzed)
        }
        return out
    }

    @Test(arguments: [5, 23] as [UInt64])
    func indexedLinkingMatchesExhaustiveScanOnPreciseFigures(seed: UInt64) throws {
        let (indexed, exhaustive) = Self.indexedAndExhaustive(Self.preciseCorpus(count: 120, seed: seed))
        // The corpus must exercise the rule: claims joined across subjects.
        #expect(indexed.claimSpansSubjects.contains(true))
        #expect(try canonicalBytes(indexed.export()) == canonicalBytes(exhaustive.export()))
    }

    @Test(arguments: [11, 58] as [UInt64])
    func indexedLinkingMatchesExhaustiveScanOnTemplatedTexts(seed: UInt64) throws {
        let articles = Self.templatedCorpus(count: 150, seed: seed)
        let (indexed, exhaustive) = Self.indexedAndExhaustive(articles)
        let export = indexed.export()
        #expect(export.articles.contains { $0.duplicateOf != nil })
        #expect(try canonicalBytes(export) == canonicalBytes(exhaustive.export()))
        // The corpus must share wording between articles that are not copies: pairs whose
        // sketches agree enough but whose lengths are too far apart.
        let rules = GraphRules()
        let sketches = articles.map { ShingleSketch(text: $0.article.text) }
        var wordingOnly = 0
        for i in articles.indices {
            for j in articles.indices
            where j > i && sketches[i].similarity(to: sketches[j]) >= rules.looseCopyWording {
                let (x, y) = (articles[i].article.text.utf8.count, articles[j].article.text.utf8.count)
                if Double(min(x, y)) / Double(max(x, y)) < rules.looseCopyLengthRatio { wordingOnly += 1 }
            }
        }
        #expect(wordingOnly > 10)
        // Shuffled, the same bytes.
        var shuffled = ClaimGraph()
        var generator = SeededGenerator(state: seed)
        for article in articles.shuffled(using: &generator) { shuffled.insert(article) }
        #expect(try canonicalBytes(shuffled.export()) == canonicalBytes(export))
    }

    /// Precise figures (a toll) stated under several place names, by articles naming some of
    /// the others, over two weeks: the precise-figure rule joins some across subjects.
    static func figureCorpus(count: Int, seed: UInt64) -> [AnalyzedArticle] {
        var random = SeededGenerator(state: seed)
        let places = ["Derna", "Libya", "Benghazi", "Tripoli", "Red Crescent", "Sirte"]
        let measures = ["deaths", "death toll", "people killed", "missing", "capital expenditure"]
        let outlets = ["Wire", "Paper", "Site", "Daily", "Herald"]
        func pick(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }
        var out: [AnalyzedArticle] = []
        for n in 0..<count {
            let subject = pick(places)
            var named = [subject]
            for _ in 0..<Int(random.next() % 3) {
                let place = pick(places)
                if !named.contains(place) { named.append(place) }
            }
            var b = ArticleBuilder(
                outlet: pick(outlets), title: "\(subject) flood toll \(n)",
                day: String(format: "2023-09-%02d", 10 + Int(random.next() % 14)), entities: named)
            for _ in 0..<3 {
                let amount = Double(3_950 + random.next() % 12)
                b.add(
                    random.next() % 2 == 0 ? subject : pick(places), pick(measures), [(amount, "count", 1)],
                    period: random.next() % 2 == 0 ? nil : "2023")
            }
            out.append(b.analyzed)
        }
        return out
    }

    @Test(arguments: [5, 77] as [UInt64])
    func indexedFigureLinkingMatchesExhaustiveScan(seed: UInt64) throws {
        let (indexed, exhaustive) = Self.indexedAndExhaustive(Self.figureCorpus(count: 120, seed: seed))
        // Places share no words, so only the precise-figure rule joins claims across subjects.
        #expect(indexed.claimSpansSubjects.contains(true))
        #expect(try canonicalBytes(indexed.export()) == canonicalBytes(exhaustive.export()))
    }
}
