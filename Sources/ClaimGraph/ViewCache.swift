#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Views kept between queries, each with the state of the graph it was built from, so a
/// query reuses it until an insert changes that part of the graph (`ClaimGraph.subjectStamps`,
/// story sizes). Copies of a graph share one cache until one of them is changed, which then
/// takes a fresh one; a lock lets concurrent readers of one graph fill it.
final class ViewCache: @unchecked Sendable {
    /// Conflicts of one bucket (with every subject head its claims reach), valid while the
    /// graph holds `articles` articles: they depend on claims of several subjects and on
    /// which story each claim is in.
    struct Conflicts {
        var articles: Int
        var sets: [[Int32]]
    }

    /// Denial attachments of one story, valid while every story in `stories` is still a root
    /// of the recorded size and every subject in `subjects` has the recorded stamp.
    struct Denials {
        var crossSubjectStamp: Int32
        var stories: [(root: Int32, size: Int32)]
        var subjects: [(subject: Int32, stamp: Int32)]
        var attachments: [ClaimGraph.DenialAttachment]
    }

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var conflicts: [ClaimGraph.BucketKey: Conflicts] = [:]
    private var denials: [Int32: Denials] = [:]

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    func conflicts(_ key: ClaimGraph.BucketKey, articles: Int) -> [[Int32]]? {
        locked { conflicts[key].flatMap { $0.articles == articles ? $0.sets : nil } }
    }

    func storeConflicts(_ sets: [[Int32]], for key: ClaimGraph.BucketKey, articles: Int) {
        locked { conflicts[key] = Conflicts(articles: articles, sets: sets) }
    }

    func denials(ofStory root: Int32) -> Denials? {
        locked { denials[root] }
    }

    func storeDenials(_ entry: Denials, ofStory root: Int32) {
        locked { denials[root] = entry }
    }
}
