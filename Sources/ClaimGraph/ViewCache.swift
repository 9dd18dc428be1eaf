#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Views kept between queries, each with the state of the graph it was built from, so a
/// query reuses it until an insert changes that part of the graph (`ClaimGraph.subjectStamps`,
/// story sizes). Copies of a graph share one cache until one of them is changed, which then
/// takes a fresh one; a lock lets concurrent readers of one graph fill it.
///
/// Per story: its denial attachments and the conflicts among the claims attached to it
/// (`ClaimGraph.conflictSets(involving:)`), both read from the same parts of the graph.
final class ViewCache: @unchecked Sendable {
    /// What a story's views were built from: valid while every story in `stories` is still a
    /// root of the recorded size and every subject in `subjects` has the recorded stamp.
    struct Stamps {
        var crossSubjectStamp: Int32
        var stories: [(root: Int32, size: Int32)]
        var subjects: [(subject: Int32, stamp: Int32)]
    }

    /// Denial attachments of one story.
    struct Denials {
        var stamps: Stamps
        var attachments: [ClaimGraph.DenialAttachment]
    }

    /// Conflict components (sorted claim roots) among the claims attached to one story, in
    /// every measure bucket.
    struct Conflicts {
        var stamps: Stamps
        var components: [[Int32]]
    }

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var denials: [Int32: Denials] = [:]
    private var conflicts: [Int32: Conflicts] = [:]

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

    func denials(ofStory root: Int32) -> Denials? {
        locked { denials[root] }
    }

    func storeDenials(_ entry: Denials, ofStory root: Int32) {
        locked { denials[root] = entry }
    }

    func conflicts(ofStory root: Int32) -> Conflicts? {
        locked { conflicts[root] }
    }

    func storeConflicts(_ entry: Conflicts, ofStory root: Int32) {
        locked { conflicts[root] = entry }
    }
}
