import ClaimModel
import Foundation
import TestSupport
import Testing

@testable import ClaimStore

/// Read-only data directory and disk full. They need `chattr` (immutable files, which even root
/// cannot write) and a small tmpfs; where the machine does not allow either, they return early.
@Suite("ClaimStore faults", .serialized)
struct StoreFaultTests {
    @Test("an unwritable store opens read-only: reads work, inserts fail with readOnly")
    func readOnlyDirectory() async throws {
        let directory = StoreFixtures.temporaryDirectory()
        let articles = (0..<3).map { StoreFixtures.article($0) }
        let store = try ClaimStore.open(directory: directory)
        _ = try await store.insert(articles)
        try store.close()
        guard let immutable = ImmutableDirectory.make(directory) else {
            try? FileManager.default.removeItem(atPath: directory)
            return
        }
        defer {
            immutable.release()
            try? FileManager.default.removeItem(atPath: directory)
        }
        let readOnly = try ClaimStore.open(directory: directory)
        #expect(readOnly.isReadOnly)
        #expect(try readOnly.loadAll() == articles)
        #expect(try readOnly.counts().articles == 3)
        await #expect(throws: ClaimStoreError.readOnly(path: readOnly.path)) {
            try await readOnly.insert([StoreFixtures.article(9)])
        }
        #expect(ClaimStoreError.readOnly(path: readOnly.path).refusesWrites)
        try readOnly.close()
    }

    @Test("a full disk fails the transaction with diskFull; what was accepted before stays readable")
    func diskFull() async throws {
        guard let mount = TemporaryMount.make(size: "1m", prefix: "claimstore-tests") else { return }
        defer { mount.remove() }
        let store = try ClaimStore.open(directory: mount.path + "/data")
        var accepted: [AnalyzedArticle] = []
        var failure: ClaimStoreError?
        // 40 KB articles: the 1 MiB filesystem fills within a few dozen.
        let padding = String(repeating: "Filler sentence without figures. ", count: 1_200)
        for index in 0..<200 {
            var article = StoreFixtures.article(index)
            article.article.text += padding
            do {
                let results = try await store.insert([article])
                if results.first?.outcome == .accepted { accepted.append(article) }
            } catch let error as ClaimStoreError {
                failure = error
                break
            }
        }
        #expect(failure == .diskFull(path: store.path))
        #expect(failure?.refusesWrites == true)
        #expect(!accepted.isEmpty)
        #expect(try store.loadAll() == accepted)
        #expect(try store.counts().articles == accepted.count)
    }
}
