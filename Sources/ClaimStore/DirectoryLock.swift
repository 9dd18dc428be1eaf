import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock on `LOCK` in the data directory, so two aggregators never serve one store
/// (each would hold a graph the other's commits never reach). The kernel drops it when the
/// process dies, so a killed aggregator never leaves a stale lock behind.
final class DirectoryLock: @unchecked Sendable {
    // `state` guards `released`, so the descriptor is closed exactly once.
    private let state = NSLock()
    private var released = false
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    static let fileName = "LOCK"
    /// How long a held lock is retried before the store is reported in use.
    static let retryWindowMilliseconds = 1_000

    /// Takes the lock: exclusive for a writer, shared for a read-only store. Returns nil when
    /// the lock file can neither be created nor opened (a read-only directory without one).
    static func acquire(directory: String, exclusive: Bool) throws -> DirectoryLock? {
        let path = directory + "/" + fileName
        var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
        if descriptor < 0 { return nil }
        // A lock just released can still be held for a moment by a copy of its descriptor in a
        // child process between fork and exec (any thread spawning one): retry briefly before
        // calling the store in use. A running aggregator holds it for good, so this only
        // delays that answer by `retryWindowMilliseconds`.
        var waited = 0
        while flock(descriptor, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            guard waited < retryWindowMilliseconds else {
                close(descriptor)
                throw ClaimStoreError.locked(path: path)
            }
            usleep(20_000)
            waited += 20
        }
        return DirectoryLock(descriptor: descriptor)
    }

    deinit { release() }

    /// Releases the lock (closing the descriptor drops it). Later calls do nothing.
    func release() {
        let first = state.withLock { () -> Bool in
            defer { released = true }
            return !released
        }
        if first { close(descriptor) }
    }
}
