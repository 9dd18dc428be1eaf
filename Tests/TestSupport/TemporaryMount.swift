import Foundation

/// A small tmpfs mounted for one test and unmounted after it: a filesystem that can be filled
/// (disk full) or remounted read-only. Needs root with CAP_SYS_ADMIN.
package struct TemporaryMount {
    package let path: String

    /// Mounts a tmpfs of `size` (mount syntax: "1m", "16m") on a fresh temporary directory;
    /// nil (after printing why the caller is skipped) where mounting is not permitted.
    package static func make(size: String, prefix: String = "tmpfs") -> TemporaryMount? {
        let path = TemporaryPath.unique(prefix)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Shell.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path]) else {
            print("skipped: cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
        return TemporaryMount(path: path)
    }

    /// Remounts read-only or read-write; true when it worked.
    package func remount(readOnly: Bool) -> Bool {
        Shell.run("/usr/bin/mount", ["-o", readOnly ? "remount,ro" : "remount,rw", path])
    }

    /// Unmounts (lazily, so an open file cannot keep it) and removes the directory.
    package func remove() {
        _ = Shell.run("/usr/bin/umount", ["-l", path])
        try? FileManager.default.removeItem(atPath: path)
    }
}
