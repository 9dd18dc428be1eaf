import ClaimModel
import Foundation

/// The built binaries and the repository's paths, found from the test bundle or `.build/debug`.
enum Binaries {
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The directory holding `aggregator`, `extractor` and `claimwire`, or nil when they are not
    /// built (the tests then skip).
    static let directory: URL? = {
        var candidates: [URL] = []
        // The test runner lives next to the products it was built with.
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(repository.appendingPathComponent(".build/debug"))
        return candidates.first { dir in
            ["aggregator", "extractor", "claimwire"].allSatisfy {
                FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent($0).path)
            }
        }
    }()

    static func tool(_ name: String) -> URL? { directory?.appendingPathComponent(name) }

    static var samples: URL { repository.appendingPathComponent("samples") }

    /// `../shared/corpus` beside the repository, when present.
    static var corpus: URL? {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The article files of a directory (`.txt`, `.jsonl`), sorted.
    static func articleFiles(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".jsonl") }.sorted()
            .map { directory.appendingPathComponent($0).path }
    }
}

/// An aggregator and extractors started from the built binaries on ephemeral loopback ports,
/// with a fresh data directory.
final class Topology: @unchecked Sendable {
    // @unchecked: the fields are set once in `start` and then only read.
    let directory: URL
    private(set) var aggregator: ServiceProcess?
    private(set) var extractors: [ServiceProcess] = []
    private(set) var queryPort = 0
    private(set) var ingestPort = 0
    private(set) var extractorPorts: [Int] = []

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimwire-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    var queryAddress: String { "127.0.0.1:\(queryPort)" }
    var extractorArguments: [String] { extractorPorts.flatMap { ["--extractor", "127.0.0.1:\($0)"] } }

    /// Starts the aggregator on ephemeral ports, or on the ports of the previous run when
    /// `samePorts` (a restart the extractors must find again).
    func startAggregator(samePorts: Bool = false, arguments: [String] = []) async throws {
        guard let binary = Binaries.tool("aggregator") else { return }
        let query = samePorts ? queryPort : 0
        let ingest = samePorts ? ingestPort : 0
        let process = try ServiceProcess(
            binary,
            [
                "--data", directory.appendingPathComponent("store").path, "--listen", "127.0.0.1:\(query)",
                "--ingest-listen", "127.0.0.1:\(ingest)",
            ] + arguments,
            name: "aggregator-\(UUID().uuidString.prefix(4))", logDirectory: directory)
        aggregator = process
        queryPort = try await process.listeningPort(containing: "listener=query")
        ingestPort = try await process.listeningPort(containing: "listener=ingest")
    }

    func startExtractors(_ count: Int) async throws {
        guard let binary = Binaries.tool("extractor") else { return }
        for index in 0..<count {
            let process = try ServiceProcess(
                binary,
                ["--listen", "127.0.0.1:0", "--aggregator", "127.0.0.1:\(ingestPort)", "--workers", "2"],
                name: "extractor-\(index)", logDirectory: directory)
            extractors.append(process)
            extractorPorts.append(try await process.listeningPort())
        }
    }

    /// Writes `count` short articles as JSON Lines, each about a different company, so each is new.
    func syntheticArticles(_ count: Int, name: String = "synthetic.jsonl") throws -> String {
        var lines: [String] = []
        for index in 0..<count {
            let text =
                "Company\(index) Holdings said on Monday its revenue rose to $\(index + 1).5 billion in 2024, "
                + "and it plans to hire \(100 + index) engineers this year, a spokesperson said."
            let object: [String: String] = [
                "ref": "syn#\(index)", "outlet": "Test Wire", "title": "Company\(index) results",
                "published": "2025-03-0\(1 + index % 9)", "text": text,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        let url = directory.appendingPathComponent(name)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url.path
    }

    /// Runs `claimwire` with the aggregator address set.
    func claimwire(_ arguments: [String]) async throws -> CommandResult {
        guard let binary = Binaries.tool("claimwire") else {
            return CommandResult(status: -1, stdout: "", stderr: "claimwire not built")
        }
        return try await runCommand(binary, arguments, environment: ["CLAIMWIRE_AGGREGATOR": queryAddress])
    }

    /// SIGTERM to everything, extractors first; the exit statuses in that order.
    func stop() async -> [Int32] {
        var statuses: [Int32] = []
        for extractor in extractors { statuses.append(await extractor.terminate()) }
        extractors = []
        if let aggregator { statuses.append(await aggregator.terminate()) }
        aggregator = nil
        return statuses
    }

    /// Stops what runs and removes the data directory.
    func tearDown() async {
        _ = await stop()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// The export with every list in a canonical order, for comparing graphs built by different
/// paths (services vs in-process) whose listing order need not agree.
func canonical(_ export: GraphExport) -> GraphExport {
    var export = export
    export.articles.sort { $0.id < $1.id }
    export.stories.sort { $0.id < $1.id }
    export.claims.sort { $0.id < $1.id }
    export.conflicts.sort { $0.claims.joined(separator: ",") < $1.claims.joined(separator: ",") }
    export.denials.sort {
        ($0.by, $0.claims.joined(separator: ",")) < ($1.by, $1.claims.joined(separator: ","))
    }
    return export
}

/// The `send --format json` summary fields the tests read.
struct SendReport: Decodable {
    struct Problem: Decodable {
        var ref: String
        var reason: String
    }

    var articles: Int
    var accepted: Int
    var duplicates: Int
    var rejected: [Problem]
    var unacknowledged: [Problem]
    var mentions: Int
    var seconds: Double
}
