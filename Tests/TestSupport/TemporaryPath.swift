import Foundation

/// Fresh paths under the system temporary directory.
package enum TemporaryPath {
    /// `<tmp>/<prefix>-<uuid>`; nothing is created.
    package static func unique(_ prefix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    }
}
