import ClaimModel
import Foundation
import Testing

@testable import ClaimStore

@Suite("ClaimStore")
struct ClaimStoreTests {
    @Test("articles come back exactly as stored, in arrival order")
    func roundTrip() async throws {
        let directory = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try ClaimStore.open(directory: directory)
        let articles = (0..<7).map { StoreFixtures.article($0) } + [StoreFixtures.article(3, outlet: nil)]
        let results = try await store.insert(articles)
        #expect(results.map(\.outcome) == Array(repeating: .accepted, count: articles.count))
        #expect(results.map(\.id) == articles.map(\.id))
        #expect(try store.loadAll() == articles)

        let withoutText = try store.loadAll(includeText: false)
        #expect(withoutText.map(\.article.text) == Array(repeating: "", count: articles.count))
        #expect(withoutText.map(\.mentions) == articles.map(\.mentions))
        let counts = try store.counts()
        #expect(counts.articles == articles.count)
        #expect(counts.mentions == articles.reduce(0) { $0 + $1.mentions.count })
        #expect(counts.denials == articles.reduce(0) { $0 + $1.denials.count })
    }

    @Test("replay reads ahead on another thread and yields what loadAll does, or stops on error")
    func replay() async throws {
        let directory = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try ClaimStore.open(directory: directory)
        let articles = (0..<700).map { StoreFixtures.article($0) }
        _ = try await store.insert(articles)
        var replayed: [AnalyzedArticle] = []
        try store.replay { replayed.append($0) }
        #expect(replayed == articles)

        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try store.replay { _ in
                seen += 1
                if seen == 300 { throw Stop() }
            }
        }
        #expect(seen == 300)
        try store.close()
    }

    @Test("a resend and a repeat inside one batch are duplicates, not new rows")
    func duplicates() async throws {
        let directory = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try ClaimStore.open(directory: directory)
        let a = StoreFixtures.article(1)
        let b = StoreFixtures.article(2)
        let first = try await store.insert([a, b, a])
        #expect(first.map(\.outcome) == [.accepted, .accepted, .duplicate])
        let second = try await store.insert([b, StoreFixtures.article(2, outlet: "Other Outlet")])
        #expect(second.map(\.outcome) == [.duplicate, .accepted])
        #expect(try store.counts().articles == 3)
        #expect(
            try store.loadAll().map(\.id) == [
                a.id, b.id, StoreFixtures.article(2, outlet: "Other Outlet").id,
            ])
    }

    @Test("an article whose spans fall outside its text is rejected alone")
    func rejection() async throws {
        let directory = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try ClaimStore.open(directory: directory)
        var broken = StoreFixtures.article(5)
        broken.mentions[1].evidence = TextSpan(start: 10, end: 100_000)
        var noValues = StoreFixtures.article(6)
        noValues.mentions[0].quantity.values = []
        var emptyID = StoreFixtures.article(8)
        emptyID.id = ArticleID("")
        let results = try await store.insert([broken, StoreFixtures.article(7), noValues, emptyID])
        let textBytes = broken.article.text.utf8.count
        #expect(
            results.map(\.outcome) == [
                .rejected(
                    .evidenceOutsideText(
                        mention: 1, span: TextSpan(start: 10, end: 100_000), textBytes: textBytes)),
                .accepted,
                .rejected(.quantityWithoutValues(mention: 0)),
                .rejected(.emptyID),
            ])
        #expect(try store.loadAll() == [StoreFixtures.article(7)])
    }

    @Test("a new directory gets the schema; reopening keeps the data and applies nothing twice")
    func migrationAndReopen() async throws {
        let directory = StoreFixtures.temporaryDirectory() + "/nested/data"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try ClaimStore.open(directory: directory)
        #expect(try store.counts() == StoreCounts())
        #expect(try store.loadAll().isEmpty)
        let articles = (0..<4).map { StoreFixtures.article($0) }
        _ = try await store.insert(articles)
        try store.close()

        let reopened = try ClaimStore.open(directory: directory)
        #expect(try reopened.loadAll() == articles)
        let more = try await reopened.insert([StoreFixtures.article(0), StoreFixtures.article(9)])
        #expect(more.map(\.outcome) == [.duplicate, .accepted])
        #expect(try reopened.loadAll() == articles + [StoreFixtures.article(9)])
    }

    @Test("concurrent batches all commit, sharing transactions when they overlap")
    func groupCommit() async throws {
        let directory = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try ClaimStore.open(directory: directory)
        let batches = (0..<40).map { batch in (0..<5).map { StoreFixtures.article(batch * 5 + $0) } }
        let results = try await withThrowingTaskGroup(of: [InsertResult].self) { group in
            for batch in batches { group.addTask { try await store.insert(batch) } }
            var all: [InsertResult] = []
            for try await result in group { all += result }
            return all
        }
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0.outcome == .accepted })
        #expect(store.groupCommitTransactions <= batches.count)
        #expect(store.groupCommitTransactions >= 1)
        #expect(Set(try store.loadAll().map(\.id)) == Set(batches.joined().map(\.id)))
    }

    @Test("evidence sentences are cut from the stored text by byte span")
    func sentences() async throws {
        let directory = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try ClaimStore.open(directory: directory)
        var article = StoreFixtures.article(4)
        // A multi-byte character before the span checks that offsets are bytes, not characters.
        let prefix = "Café — "
        article.article.text = prefix + article.article.text
        let shift = prefix.utf8.count
        for index in article.mentions.indices {
            article.mentions[index].evidence.start += shift
            article.mentions[index].evidence.end += shift
        }
        article.denials = []
        article.features.passages = []
        for index in article.mentions.indices { article.mentions[index].passage = 0 }
        #expect(try await store.insert([article]).first?.outcome == .accepted)
        let span = article.mentions[0].evidence
        let sentences = try store.sentences(for: [
            EvidenceRef(article: article.id, start: span.start, end: span.end),
            EvidenceRef(article: ArticleID("unknown"), start: 0, end: 4),
        ])
        #expect(sentences.count == 1)
        #expect(
            sentences.first?.sentence == "Acme Corp plans to spend about $14 billion on data centres in 2025."
        )
        #expect(sentences.first?.outlet == "Example Wire")
        #expect(sentences.first?.published == article.article.published)
        #expect(try store.articleText(id: article.id) == article.article.text)
        #expect(try store.articleText(id: ArticleID("unknown")) == nil)
        #expect(try store.contains(article.id))
    }

    @Test("a file with migrations this build does not know is refused")
    func unknownMigration() async throws {
        let directory = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try ClaimStore.open(directory: directory).close()
        let path = directory + "/" + ClaimStore.fileName
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [path, "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')"]
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(throws: ClaimStoreError.unknownMigrations(path: path, names: ["v99-future"])) {
            _ = try ClaimStore.open(directory: directory)
        }
    }

    @Test("a second open of a directory in use is refused until the first closes")
    func lockedDirectory() async throws {
        let directory = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try ClaimStore.open(directory: directory)
        #expect(throws: ClaimStoreError.locked(path: directory + "/LOCK")) {
            _ = try ClaimStore.open(directory: directory)
        }
        try first.close()
        let second = try ClaimStore.open(directory: directory)
        #expect(!second.isReadOnly)
        try second.close()
    }

    @Test("a file that is not a database is reported as damaged")
    func notADatabase() throws {
        let directory = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let junk = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
        try junk.write(to: URL(fileURLWithPath: directory + "/" + ClaimStore.fileName))
        do {
            _ = try ClaimStore.open(directory: directory)
            Issue.record("opened a junk file")
        } catch let error as ClaimStoreError {
            guard case .corrupt = error else {
                Issue.record("expected corrupt, got \(error)")
                return
            }
        }
    }
}
