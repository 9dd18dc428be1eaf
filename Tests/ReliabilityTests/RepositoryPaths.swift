import Foundation

/// Paths the reliability tests find relative to this file: the repository root, the protocol
/// vectors and the debug build directory with the service executables.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let vectors = root.appendingPathComponent("Protocol/vectors")
}
