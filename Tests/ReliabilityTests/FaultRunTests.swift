import Foundation
import Testing

extension TimedReliabilityTests {
    /// The short form of `scripts/fault.sh` against the real executables: the aggregator killed
    /// with SIGKILL twice and one extractor killed once while `claimwire send` streams 200
    /// synthetic articles; the export must equal a clean run's. `make soak` runs the long form.
    @Suite("Kill -9 during a send (short form)")
    struct FaultRunTests {
        /// The directory holding the `aggregator`, `extractor` and `claimwire` executables: next to
        /// the test bundle, else `.build/debug` of the repository.
        static func binaries() -> URL? {
            let candidates = [
                URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
                RepositoryPaths.root.appendingPathComponent(".build/debug"),
            ]
            return candidates.first { directory in
                ["aggregator", "extractor", "claimwire"].allSatisfy {
                    FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent($0).path)
                }
            }
        }

        @Test("aggregator killed twice, an extractor once: nothing lost, nothing doubled")
        func killDuringSend() async throws {
            guard let binaries = Self.binaries() else {
                print("skipped: aggregator/extractor/claimwire executables not built (swift build)")
                return
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [RepositoryPaths.root.appendingPathComponent("scripts/fault.sh").path]
            var environment = ProcessInfo.processInfo.environment
            environment["BIN"] = binaries.path
            environment["ARTICLES"] = "200"
            environment["KILLS"] = "2"
            environment["KILL_EXTRACTOR"] = "1"
            environment["BATCH"] = "10"
            process.environment = environment
            // Output to a file and an exit handler, so no thread of the test pool blocks on it.
            let log = FileManager.default.temporaryDirectory.appendingPathComponent(
                "fault-\(UUID().uuidString).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: log) }
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            let launched = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                process.terminationHandler = { _ in continuation.resume(returning: true) }
                do {
                    try process.run()
                } catch {
                    continuation.resume(returning: false)
                }
            }
            try #require(launched, "bash could not be started")
            try? handle.close()
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            print(text)
            #expect(process.terminationStatus == 0, "fault.sh failed:\n\(text)")
            #expect(text.contains("lost=0 extra=0 doubled=0 export_equal=True"))
        }
    }
}
