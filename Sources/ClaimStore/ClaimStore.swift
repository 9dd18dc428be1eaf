import ClaimModel
import Foundation
import GRDB

/// The durable store of accepted articles: SQLite through GRDB, one file `claims.sqlite` in the
/// data directory, WAL journal, `synchronous=FULL`.
///
/// Durability: every `insert` returns only after the transaction holding its articles has
/// committed, and with WAL plus `synchronous=FULL` a commit returns only after the WAL has been
/// fsynced; so an article reported `accepted` survives a process kill or a power loss.
/// Concurrent `insert` calls share transactions (group commit), which spreads that fsync.
///
/// Readers (rebuild, evidence lookups) run on their own connections beside the writer and see
/// committed data only.
public final class ClaimStore: Sendable {
    /// The database file.
    public let path: String
    /// True when the store was opened read-only (the directory or file cannot be written):
    /// every insert throws `ClaimStoreError.readOnly`, reads work.
    public let isReadOnly: Bool
    private let database: any DatabaseWriter
    private let commits: GroupCommit
    private let lock: DirectoryLock?

    /// The database file name inside the data directory.
    public static let fileName = "claims.sqlite"

    private init(path: String, database: any DatabaseWriter, isReadOnly: Bool, lock: DirectoryLock?) {
        self.path = path
        self.lock = lock
        self.database = database
        self.isReadOnly = isReadOnly
        self.commits = GroupCommit(maxArticlesPerTransaction: 20_000) { [database, path] batches in
            do {
                return try database.write { db in
                    let writer = ArticleWriter(db: db)
                    return try batches.map { batch in try ClaimStore.insert(batch, with: writer) }
                }
            } catch {
                throw ClaimStoreError.from(error, path: path)
            }
        }
    }

    /// Opens (creating when absent) the store in `directory` and brings its schema up to date.
    /// When the directory or file cannot be written but a database exists, opens it read-only
    /// (`isReadOnly`) so queries can still be answered.
    public static func open(directory: String) throws -> ClaimStore {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        } catch {
            if !FileManager.default.fileExists(atPath: directory) {
                throw ClaimStoreError.cannotCreateDirectory(
                    path: directory, reason: (error as NSError).localizedDescription)
            }
        }
        let writable =
            FileManager.default.isWritableFile(atPath: directory)
            && (!FileManager.default.fileExists(atPath: path)
                || FileManager.default.isWritableFile(atPath: path))
        if writable {
            let lock = try DirectoryLock.acquire(directory: directory, exclusive: true)
            do {
                return try openReadWrite(path: path, lock: lock)
            } catch let error as ClaimStoreError {
                lock?.release()
                guard case .readOnly = error, FileManager.default.fileExists(atPath: path) else {
                    throw error
                }
            }
        }
        let lock = try DirectoryLock.acquire(directory: directory, exclusive: false)
        do {
            return try openReadOnly(path: path, lock: lock)
        } catch {
            lock?.release()
            throw error
        }
    }

    private static func openReadWrite(path: String, lock: DirectoryLock?) throws -> ClaimStore {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.label = "claimstore"
        // Readers serve evidence lookups beside the rebuild; two are plenty and bound memory.
        configuration.maximumReaderCount = 2
        configuration.prepareDatabase { db in
            // With WAL, FULL fsyncs the WAL at every commit: a commit that returned survives
            // power loss, which is what an acknowledgement promises.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // 64 MiB of page cache for the writer, whose article-id index takes random inserts;
            // readers scan sequentially (rebuild) or look up one article (evidence), so 8 MiB.
            try db.execute(
                sql: db.configuration.readonly ? "PRAGMA cache_size = -8192" : "PRAGMA cache_size = -65536")
            // Checkpoint every ~32 MiB of WAL rather than 4 MiB: fewer fsyncs of the main file
            // under sustained ingest; the WAL is cut back to 64 MiB after each checkpoint.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
            try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrate(pool, path: path)
            return ClaimStore(path: path, database: pool, isReadOnly: false, lock: lock)
        } catch {
            throw ClaimStoreError.from(error, path: path)
        }
    }

    private static func openReadOnly(path: String, lock: DirectoryLock?) throws -> ClaimStore {
        guard FileManager.default.fileExists(atPath: path) else { throw ClaimStoreError.readOnly(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "claimstore-readonly"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let applied = try queue.read { db in try StoreSchema.migrator.appliedIdentifiers(db) }
            try checkKnown(applied, path: path)
            guard try queue.read({ db in try StoreSchema.migrator.hasCompletedMigrations(db) }) else {
                throw ClaimStoreError.readOnly(path: path)
            }
            return ClaimStore(path: path, database: queue, isReadOnly: true, lock: lock)
        } catch {
            throw ClaimStoreError.from(error, path: path)
        }
    }

    private static func migrate(_ writer: any DatabaseWriter, path: String) throws {
        let applied = try writer.read { db in try StoreSchema.migrator.appliedIdentifiers(db) }
        try checkKnown(applied, path: path)
        try StoreSchema.migrator.migrate(writer)
    }

    private static func checkKnown(_ applied: Set<String>, path: String) throws {
        let unknown = applied.subtracting(StoreSchema.migrator.migrations)
        if !unknown.isEmpty { throw ClaimStoreError.unknownMigrations(path: path, names: unknown.sorted()) }
    }

    // MARK: Writing

    /// Commits `batch` durably and says per article whether it was accepted, a duplicate of an
    /// article already stored (or earlier in the same transaction), or rejected. Batches from
    /// concurrent callers are coalesced into one transaction; the call returns after that
    /// transaction has committed. On failure nothing of the batch is committed and the error is
    /// a `ClaimStoreError` (`readOnly`, `diskFull`, ...).
    public func insert(_ batch: [AnalyzedArticle]) async throws -> [InsertResult] {
        if isReadOnly { throw ClaimStoreError.readOnly(path: path) }
        if batch.isEmpty { return [] }
        return try await commits.submit(batch)
    }

    /// Commits `batch` in a transaction of its own, on the calling thread (tools and
    /// benchmarks; the service uses `insert`).
    public func insertNow(_ batch: [AnalyzedArticle]) throws -> [InsertResult] {
        if isReadOnly { throw ClaimStoreError.readOnly(path: path) }
        do {
            return try database.write { db in try ClaimStore.insert(batch, with: ArticleWriter(db: db)) }
        } catch {
            throw ClaimStoreError.from(error, path: path)
        }
    }

    /// Transactions the group committer has run; fewer than the `insert` calls when batches
    /// were coalesced.
    public var groupCommitTransactions: Int { commits.transactionCount }

    private static func insert(_ batch: [AnalyzedArticle], with writer: ArticleWriter) throws
        -> [InsertResult]
    {
        try batch.map { article in
            if let rejection = ArticleRejection.check(article) {
                return InsertResult(id: article.id, outcome: .rejected(rejection))
            }
            guard let sequence = try writer.insert(article) else {
                return InsertResult(id: article.id, outcome: .duplicate)
            }
            return InsertResult(id: article.id, outcome: .accepted, sequence: sequence)
        }
    }

    // MARK: Reading

    /// Calls `body` with every stored article in arrival order, from one consistent snapshot,
    /// without holding them all in memory. `includeText: false` leaves `article.text` empty
    /// (a rebuild of the graph does not need the bodies).
    public func forEachArticle(includeText: Bool = true, _ body: (AnalyzedArticle) throws -> Void) throws {
        try forEachArticle(after: 0, includeText: includeText) { _, article in try body(article) }
    }

    /// Calls `body` with every article stored after arrival number `sequence` (0: all), in
    /// arrival order, with its arrival number, from one consistent snapshot.
    public func forEachArticle(
        after sequence: Int64, includeText: Bool = true, _ body: (Int64, AnalyzedArticle) throws -> Void
    ) throws {
        do {
            try database.read { db in
                try ArticleLoader(db: db, includeText: includeText, after: sequence).forEach(body)
            }
        } catch {
            throw ClaimStoreError.from(error, path: path)
        }
    }

    /// Like `forEachArticle`, but rows are read and decoded on another thread while `body`
    /// runs, a few hundred articles ahead (bounded): a rebuild costs about the larger of
    /// reading and inserting instead of their sum.
    public func replay(includeText: Bool = true, _ body: (AnalyzedArticle) throws -> Void) throws {
        try replay(after: 0, includeText: includeText) { _, article in try body(article) }
    }

    /// `replay` of the articles stored after arrival number `sequence` (0: all), each with its
    /// arrival number: the tail a graph snapshot does not hold.
    public func replay(
        after sequence: Int64, includeText: Bool = true, _ body: (Int64, AnalyzedArticle) throws -> Void
    ) throws {
        let chunkSize = 256
        let readAhead = ReadAhead(capacity: 8)
        let reader = Thread { [self] in
            do {
                var chunk: [(Int64, AnalyzedArticle)] = []
                chunk.reserveCapacity(chunkSize)
                try forEachArticle(after: sequence, includeText: includeText) { sequence, article in
                    chunk.append((sequence, article))
                    if chunk.count == chunkSize {
                        guard readAhead.put(chunk) else { throw CancellationError() }
                        chunk.removeAll(keepingCapacity: true)
                    }
                }
                if !chunk.isEmpty { _ = readAhead.put(chunk) }
                readAhead.finish(nil)
            } catch {
                readAhead.finish(error)
            }
        }
        reader.name = "claimstore-replay"
        reader.start()
        do {
            while let chunk = try readAhead.take() {
                for (sequence, article) in chunk { try body(sequence, article) }
            }
        } catch {
            readAhead.abandon()
            throw error
        }
    }

    /// Every stored article, in arrival order.
    public func loadAll(includeText: Bool = true) throws -> [AnalyzedArticle] {
        var articles: [AnalyzedArticle] = []
        try forEachArticle(includeText: includeText) { articles.append($0) }
        return articles
    }

    /// Whether an article with this id is stored.
    public func contains(_ id: ArticleID) throws -> Bool {
        try read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)", arguments: [id.rawValue])
                ?? false
        }
    }

    /// The text of a stored article as it was sent, or nil when the id is unknown.
    public func articleText(id: ArticleID) throws -> String? {
        try read { db in
            try String.fetchOne(
                db,
                sql: "SELECT t.text FROM articles a JOIN article_texts t ON t.article = a.seq WHERE a.id = ?",
                arguments: [id.rawValue])
        }
    }

    /// The sentences behind `evidence`, cut from the stored texts by byte span, with each
    /// article's outlet, title and date; references to unknown articles are left out.
    public func sentences(for evidence: [EvidenceRef]) throws -> [EvidenceSentence] {
        try read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT a.outlet, a.title, a.published, substr(CAST(t.text AS BLOB), ? + 1, ?)
                    FROM articles a JOIN article_texts t ON t.article = a.seq WHERE a.id = ?
                    """)
            return try evidence.compactMap { ref -> EvidenceSentence? in
                let start = max(0, ref.start)
                let length = max(0, ref.end - start)
                guard
                    let row = try Row.fetchOne(statement, arguments: [start, length, ref.article.rawValue])
                else { return nil }
                let bytes = (row[3] as Data?) ?? Data()
                return EvidenceSentence(
                    article: ref.article, outlet: row[0], title: row[1],
                    published: (row[2] as String?).flatMap(Day.init(iso:)), start: ref.start, end: ref.end,
                    sentence: String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// The highest arrival number stored, 0 when the store is empty.
    public func lastSequence() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM articles") ?? 0 }
    }

    /// The id of the article stored with arrival number `sequence`, nil when none is.
    public func articleID(sequence: Int64) throws -> ArticleID? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT id FROM articles WHERE seq = ?", arguments: [sequence])
                .map(ArticleID.init)
        }
    }

    /// How many articles are stored with an arrival number up to `sequence`: a graph snapshot
    /// that holds that many, up to that number, holds exactly those.
    public func articleCount(upTo sequence: Int64) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE seq <= ?", arguments: [sequence])
                ?? 0
        }
    }

    /// How much is stored.
    public func counts() throws -> StoreCounts {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT count(*), coalesce(sum(mention_count), 0), coalesce(sum(denial_count), 0)
                        FROM articles
                        """)
            else { return StoreCounts() }
            return StoreCounts(articles: row[0], mentions: row[1], denials: row[2])
        }
    }

    /// Checkpoints the WAL into the main file and closes the connections. Further calls fail.
    public func close() throws {
        defer { lock?.release() }
        do {
            if !isReadOnly { try database.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) } }
            try database.close()
        } catch {
            throw ClaimStoreError.from(error, path: path)
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch {
            throw ClaimStoreError.from(error, path: path)
        }
    }
}

/// Row counts of the store.
public struct StoreCounts: Hashable, Sendable, Codable {
    public var articles: Int
    public var mentions: Int
    public var denials: Int

    public init(articles: Int = 0, mentions: Int = 0, denials: Int = 0) {
        self.articles = articles
        self.mentions = mentions
        self.denials = denials
    }
}
