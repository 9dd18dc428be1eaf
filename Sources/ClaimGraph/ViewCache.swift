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
///
/// Bounded: a long-running aggregator asks for many stories, and entries of stories that
/// merged into others are never asked for again. Past `limit` entries of one kind, the quarter
/// used least recently is dropped; a dropped view is rebuilt by the next query that needs it.
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

    /// Entries of one kind, each with the tick of its last use.
    private struct Entries<Value> {
        var values: [Int32: (value: Value, used: UInt64)] = [:]

        mutating func get(_ key: Int32, tick: UInt64) -> Value? {
            guard let entry = values[key] else { return nil }
            values[key] = (entry.value, tick)
            return entry.value
        }

        mutating func set(_ value: Value, for key: Int32, tick: UInt64, limit: Int) {
            if values[key] == nil, values.count >= limit {
                // Drop the least recently used quarter (at least one).
                let ticks = values.values.map(\.used).sorted()
                let cutoff = ticks[max(0, ticks.count / 4 - 1)]
                values = values.filter { $0.value.used > cutoff }
            }
            values[key] = (value, tick)
        }
    }

    /// Most entries of each kind kept.
    let limit: Int
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var tick: UInt64 = 0
    private var denials = Entries<Denials>()
    private var conflicts = Entries<Conflicts>()

    /// The default `limit` holds the views of every story of a graph of 100,000 articles (about
    /// 9,000 stories on the bench corpus): a smaller one makes entity queries rebuild views a
    /// page just built. Each entry is a few hundred bytes to a few kilobytes.
    init(limit: Int = 16_384) {
        self.limit = max(1, limit)
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

    private func nextTick() -> UInt64 {
        tick &+= 1
        return tick
    }

    func denials(ofStory root: Int32) -> Denials? {
        locked { denials.get(root, tick: nextTick()) }
    }

    func storeDenials(_ entry: Denials, ofStory root: Int32) {
        locked { denials.set(entry, for: root, tick: nextTick(), limit: limit) }
    }

    func conflicts(ofStory root: Int32) -> Conflicts? {
        locked { conflicts.get(root, tick: nextTick()) }
    }

    func storeConflicts(_ entry: Conflicts, ofStory root: Int32) {
        locked { conflicts.set(entry, for: root, tick: nextTick(), limit: limit) }
    }

    /// Heap bytes of the views kept now (tables, stamps, attachments, components), for the
    /// graph's memory accounting.
    var memoryBytes: Int {
        func stamps(_ stamps: Stamps) -> Int {
            HeapBytes.array(stamps.stories) + HeapBytes.array(stamps.subjects)
        }
        return locked {
            denials.values.values.reduce(HeapBytes.dictionary(denials.values)) {
                $0 + stamps($1.value.stamps) + HeapBytes.array($1.value.attachments)
            }
                + conflicts.values.values.reduce(HeapBytes.dictionary(conflicts.values)) {
                    $0 + stamps($1.value.stamps)
                        + $1.value.components.reduce(HeapBytes.array($1.value.components)) {
                            $0 + HeapBytes.array($1)
                        }
                }
        }
    }

    /// How many views of each kind are kept now.
    var counts: (denials: Int, conflicts: Int) {
        locked { (denials.values.count, conflicts.values.count) }
    }
}
