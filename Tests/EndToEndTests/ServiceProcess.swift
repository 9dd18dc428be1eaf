import Foundation

/// A real built executable run as a child process, its stderr in a log file, for tests that
/// exercise the system the way users run it.
final class ServiceProcess: @unchecked Sendable {
    // @unchecked: `process` is configured before `run()` and only read afterwards.
    let name: String
    let log: URL
    private let process = Process()

    init(_ executable: URL, _ arguments: [String], name: String, logDirectory: URL) throws {
        self.name = name
        log = logDirectory.appendingPathComponent("\(name).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
    }

    var isRunning: Bool { process.isRunning }
    var pid: Int32 { process.processIdentifier }

    /// The port from the first log line `listening on HOST:PORT` that contains `marker`.
    func listeningPort(containing marker: String = "", timeout: Duration = .seconds(30)) async throws -> Int {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") where marker.isEmpty || line.contains(marker) {
                guard let range = line.range(of: "listening on ") else { continue }
                let address = line[range.upperBound...].split(separator: " ").first ?? ""
                if let colon = address.lastIndex(of: ":"),
                    let port = Int(address[address.index(after: colon)...])
                {
                    return port
                }
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let state = process.isRunning ? "still running" : "exited with status \(process.terminationStatus)"
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        throw EndToEndFailure.notListening(name: name, log: "(\(state), \(process.arguments ?? []))\n" + text)
    }

    /// SIGTERM, then the exit status once it has stopped (SIGKILL after `grace`).
    @discardableResult
    func terminate(grace: Duration = .seconds(20)) async -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        process.terminate()
        let clock = ContinuousClock()
        let deadline = clock.now + grace
        while process.isRunning && clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        return process.terminationStatus
    }

    /// SIGKILL: a crash, for the tests that check nothing is lost.
    func kill9() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

enum EndToEndFailure: Error, CustomStringConvertible {
    case notListening(name: String, log: String)

    var description: String {
        switch self {
        case .notListening(let name, let log): return "\(name) never logged `listening on`; log:\n\(log)"
        }
    }
}

/// The output of one `claimwire` run.
struct CommandResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs an executable to completion, capturing stdout and stderr.
func runCommand(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) async throws
    -> CommandResult
{
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "cw-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("out")
    let err = directory.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
    return CommandResult(
        status: process.terminationStatus,
        stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
        stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
}
