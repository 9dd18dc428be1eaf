import Foundation

/// Runs system tools from tests (mount, chattr): quietly, waiting for the exit.
package enum Shell {
    /// Runs `tool` with `arguments`, output discarded; true when the tool exists and exits 0.
    package static func run(_ tool: String, _ arguments: [String]) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
