import Foundation

/// A directory and its files made immutable with `chattr +i`, which even root cannot write:
/// the honest way to get a read-only data directory when tests run as root (for whom `chmod`
/// changes nothing).
package struct ImmutableDirectory {
    package let path: String
    private let files: [String]

    /// Makes `path` and every file in it immutable; nil (after printing why the caller is
    /// skipped) where `chattr` is missing or not permitted.
    package static func make(_ path: String) -> ImmutableDirectory? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.map { "\(path)/\($0)" }
        guard Shell.run("/usr/bin/chattr", ["+i"] + files + [path]) else {
            print("skipped: chattr +i is not permitted here")
            return nil
        }
        return ImmutableDirectory(path: path, files: files)
    }

    /// Makes everything writable again.
    package func release() {
        _ = Shell.run("/usr/bin/chattr", ["-i", path] + files)
    }
}
