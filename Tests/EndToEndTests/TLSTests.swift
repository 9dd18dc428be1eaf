import ClaimModel
import Foundation
import Testing

/// The real binaries with TLS on every listener: the same articles give the same export as a
/// plaintext run, and every mismatch (wrong CA, TLS on one side only) fails with an error that
/// names the fix.
@Suite(.serialized, .timeLimit(.minutes(3))) struct TLSTests {
    @Test func samplesOverTLSGiveThePlaintextExportAndMismatchesNameTheFix() async throws {
        guard let openssl = TLSCertificates.prerequisites() else { return }
        let files = Binaries.articleFiles(in: Binaries.samples)
        #expect(!files.isEmpty, "no sample files")
        let plain = try await TLSTopology(tls: nil)
        let certificates = try TLSCertificates.make(in: plain.directory, openssl: openssl)
        let secured = try await TLSTopology(tls: certificates)
        do {
            try await plain.start()
            try await secured.start()

            let plainSend = try await plain.claimwire(
                ["send", "--format", "json", "--quiet"] + plain.extractorArguments + files)
            #expect(plainSend.status == 0, "plaintext send failed: \(plainSend.stderr)")
            let tlsSend = try await secured.claimwire(
                ["send", "--format", "json", "--quiet", "--tls-ca", certificates.ca]
                    + secured.extractorArguments + files)
            #expect(tlsSend.status == 0, "TLS send failed: \(tlsSend.stderr)")
            let report = try JSONDecoder().decode(SendReport.self, from: Data(tlsSend.stdout.utf8))
            #expect(report.articles > 0)
            #expect(report.accepted + report.duplicates == report.articles)

            let plainExport = try await plain.export([])
            let tlsExport = try await secured.export(["--tls-ca", certificates.ca])
            #expect(!tlsExport.articles.isEmpty)
            #expect(
                canonical(tlsExport) == canonical(plainExport), "the TLS run's graph differs from plaintext")

            // A CA that did not sign the aggregator's certificate.
            let wrongCA = try await secured.claimwire(["stats", "--tls-ca", certificates.otherCA])
            #expect(wrongCA.status != 0)
            #expect(wrongCA.stderr.contains("not signed by a trusted CA"), "stderr: \(wrongCA.stderr)")
            #expect(wrongCA.stderr.contains("--tls-ca"), "stderr: \(wrongCA.stderr)")

            // Plaintext to a TLS listener: the listener says TLS is required.
            let plaintextToTLS = try await secured.claimwire(["stats"])
            #expect(plaintextToTLS.status != 0)
            #expect(plaintextToTLS.stderr.contains("requires TLS"), "stderr: \(plaintextToTLS.stderr)")
            #expect(plaintextToTLS.stderr.contains("--tls"), "stderr: \(plaintextToTLS.stderr)")
            let plaintextSend = try await secured.claimwire(
                ["send", "--quiet"] + secured.extractorArguments + files)
            #expect(plaintextSend.status != 0)
            #expect(plaintextSend.stderr.contains("requires TLS"), "stderr: \(plaintextSend.stderr)")

            // TLS to a plaintext listener.
            let tlsToPlaintext = try await plain.claimwire(["stats", "--tls-ca", certificates.ca])
            #expect(tlsToPlaintext.status != 0)
            #expect(
                tlsToPlaintext.stderr.contains(
                    "server does not speak TLS — drop --tls or enable it on the server"),
                "stderr: \(tlsToPlaintext.stderr)")
        } catch {
            await plain.tearDown()
            await secured.tearDown()
            throw error
        }
        let statuses = await plain.stop() + secured.stop()
        #expect(statuses == [0, 0, 0, 0], "a service did not exit 0 on SIGTERM")
        await plain.tearDown()
        await secured.tearDown()
    }
}

extension TLSTests {
    @Test func tokensComeFromTheEnvironmentOrAFileAndNeverReachALogOrTheCommandLine() async throws {
        guard Binaries.directory != nil else {
            print("skipped: aggregator, extractor and claimwire are not built")
            return
        }
        let files = Binaries.articleFiles(in: Binaries.samples)
        let topology = try await TLSTopology(tls: nil)
        let ingest = "ingest-\(UUID().uuidString.prefix(12))"
        let reader = "reader-\(UUID().uuidString.prefix(12))"
        let submit = "submit-\(UUID().uuidString.prefix(12))"
        let wrong = "wrong-\(UUID().uuidString.prefix(12))"
        let tokens = [ingest, reader, submit, wrong]
        let readerFile = topology.directory.appendingPathComponent("reader.token")
        let ingestFile = topology.directory.appendingPathComponent("ingest.token")
        try Data("\(reader)\n".utf8).write(to: readerFile)
        try Data("  \(ingest)\n".utf8).write(to: ingestFile)
        do {
            // Ingest token: the aggregator's from the environment, the extractor's from a file;
            // reader token from a file; submit token from the environment.
            try await topology.start(
                aggregatorEnvironment: ["CLAIMWIRE_INGEST_TOKEN": ingest],
                aggregatorArguments: ["--reader-token-file", readerFile.path],
                extractorEnvironment: ["CLAIMWIRE_SUBMIT_TOKEN": submit],
                extractorArguments: ["--token-file", ingestFile.path])

            let sent = try await topology.claimwire(
                ["send", "--quiet", "--format", "json"] + topology.extractorArguments + files,
                environment: ["CLAIMWIRE_SUBMIT_TOKEN": submit])
            #expect(sent.status == 0, "send with the submit token failed: \(sent.stderr)")
            let anonymousSend = try await topology.claimwire(
                ["send", "--quiet"] + topology.extractorArguments + files)
            #expect(anonymousSend.status != 0)
            #expect(anonymousSend.stderr.contains("refused the token"), "stderr: \(anonymousSend.stderr)")
            #expect(
                anonymousSend.stderr.contains("CLAIMWIRE_SUBMIT_TOKEN"), "stderr: \(anonymousSend.stderr)")

            let stats = try await topology.claimwire(["stats", "--token-file", readerFile.path])
            #expect(stats.status == 0, "stats with the reader token failed: \(stats.stderr)")
            let anonymousStats = try await topology.claimwire(["stats"])
            #expect(anonymousStats.status != 0)
            #expect(
                anonymousStats.stderr.contains("CLAIMWIRE_READER_TOKEN"), "stderr: \(anonymousStats.stderr)")
            let readerAsIngest = try await topology.claimwire(
                ["stats"], environment: ["CLAIMWIRE_READER_TOKEN": ingest])
            #expect(readerAsIngest.status != 0, "the ingest token opened the query listener")

            // An extractor with the wrong ingest token is refused, and says so.
            let impostor = try await topology.startExtractor(
                environment: ["CLAIMWIRE_INGEST_TOKEN": wrong], arguments: [], name: "impostor")
            var impostorLog = ""
            for _ in 0..<100 where !impostorLog.contains("unauthorized") {
                try await Task.sleep(for: .milliseconds(50))
                impostorLog = (try? String(contentsOf: impostor.log, encoding: .utf8)) ?? ""
            }
            #expect(impostorLog.contains("unauthorized"), "impostor log: \(impostorLog)")

            // No token in any log, nor on any command line (what `ps` shows).
            let logs = topology.logs.map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
            #expect(logs.contains { $0.contains("refused: wrong token") }, "no refusal logged")
            for log in logs {
                for token in tokens { #expect(!log.contains(token), "a token reached a log") }
            }
            for pid in topology.pids {
                let commandLine =
                    (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
                let text = String(decoding: commandLine.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
                for token in tokens {
                    #expect(!text.contains(token), "a token is on a command line: \(text)")
                }
            }
        } catch {
            await topology.tearDown()
            throw error
        }
        await topology.tearDown()
    }
}

extension TLSTests {
    /// Mutual TLS on every listener: the extractor reaches the aggregator with its own
    /// certificate, a client with one is served, and a client without one is refused with an
    /// error naming `--tls-cert`.
    @Test func mutualTLSAdmitsCertifiedPeersOnlyAcrossTheWholeTopology() async throws {
        guard let openssl = TLSCertificates.prerequisites() else { return }
        let files = Binaries.articleFiles(in: Binaries.samples)
        let scratch = try await TLSTopology(tls: nil)
        let certificates = try TLSCertificates.make(in: scratch.directory, openssl: openssl)
        let topology = try await TLSTopology(tls: certificates)
        let identity = [
            "--tls-ca", certificates.ca, "--tls-cert", certificates.certificate, "--tls-key",
            certificates.key,
        ]
        do {
            try await topology.start(
                aggregatorArguments: ["--tls-client-ca", certificates.ca],
                extractorArguments: ["--tls-client-ca", certificates.ca])
            let sent = try await topology.claimwire(
                ["send", "--format", "json", "--quiet"] + identity + topology.extractorArguments + files)
            #expect(sent.status == 0, "send with a client certificate failed: \(sent.stderr)")
            let report = try JSONDecoder().decode(SendReport.self, from: Data(sent.stdout.utf8))
            #expect(report.articles > 0)
            #expect(
                report.accepted > 0 && report.accepted + report.duplicates == report.articles,
                "the extractor's link did not deliver: \(report)")
            let export = try await topology.export(identity)
            #expect(export.articles.count == report.accepted)

            let anonymous = try await topology.claimwire(["stats", "--tls-ca", certificates.ca])
            #expect(anonymous.status != 0, "a client without a certificate was served")
            #expect(anonymous.stderr.contains("--tls-cert"), "stderr: \(anonymous.stderr)")
            let anonymousSend = try await topology.claimwire(
                ["send", "--quiet", "--tls-ca", certificates.ca] + topology.extractorArguments + files)
            #expect(anonymousSend.status != 0, "the extractor served a client without a certificate")
        } catch {
            await topology.tearDown()
            await scratch.tearDown()
            throw error
        }
        let statuses = await topology.stop()
        #expect(statuses == [0, 0], "a service did not exit 0 on SIGTERM")
        await topology.tearDown()
        await scratch.tearDown()
    }
}

/// A CA and a server certificate for `localhost` and `127.0.0.1` it signed, plus an unrelated CA.
struct TLSCertificates: Sendable {
    var ca: String
    var otherCA: String
    var certificate: String
    var key: String

    static let openssl: String? = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/opt/homebrew/bin/openssl"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The openssl to make certificates with, once the binaries are built; nil (saying what is
    /// missing) when a TLS end-to-end test has to skip.
    static func prerequisites() -> String? {
        guard Binaries.directory != nil else {
            print("skipped: aggregator, extractor and claimwire are not built")
            return nil
        }
        guard let openssl else {
            print("skipped: openssl not found, so no test certificates")
            return nil
        }
        return openssl
    }

    static func make(in directory: URL, openssl: String) throws -> TLSCertificates {
        let script = """
            set -e
            cd "\(directory.path)"
            O="\(openssl)"
            for ca in ca other-ca; do
              "$O" ecparam -name prime256v1 -genkey -noout -out "$ca.key"
              "$O" req -x509 -new -key "$ca.key" -out "$ca.pem" -days 2 -subj "/CN=Test $ca" \\
                -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
            done
            "$O" ecparam -name prime256v1 -genkey -noout -out server.key
            "$O" req -new -key server.key -out server.csr -subj "/CN=localhost"
            printf 'basicConstraints=CA:FALSE\\nextendedKeyUsage=serverAuth,clientAuth\\nsubjectAltName=DNS:localhost,IP:127.0.0.1\\n' > server.ext
            "$O" x509 -req -in server.csr -CA ca.pem -CAkey ca.key -set_serial 0x5eed -out server.pem -days 2 -extfile server.ext
            """
        let result = Process()
        result.executableURL = URL(fileURLWithPath: "/bin/sh")
        result.arguments = ["-c", script]
        result.standardOutput = FileHandle.nullDevice
        result.standardError = FileHandle.nullDevice
        try result.run()
        result.waitUntilExit()
        guard result.terminationStatus == 0 else {
            throw TLSSetupFailure.openssl(status: result.terminationStatus)
        }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        return TLSCertificates(
            ca: path("ca.pem"), otherCA: path("other-ca.pem"), certificate: path("server.pem"),
            key: path("server.key"))
    }
}

enum TLSSetupFailure: Error {
    case openssl(status: Int32)
    case notBuilt(String)
}

/// An aggregator and one extractor from the built binaries, TLS on every listener (and on the
/// extractor's link to the aggregator) when `tls` is given.
final class TLSTopology: @unchecked Sendable {
    // @unchecked: the fields are set once in `start` and then only read.
    let directory: URL
    let tls: TLSCertificates?
    private var processes: [ServiceProcess] = []
    private var queryPort = 0
    private var extractorPort = 0

    init(tls: TLSCertificates?) async throws {
        self.tls = tls
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimwire-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    var extractorArguments: [String] { ["--extractor", "127.0.0.1:\(extractorPort)"] }

    private(set) var ingestPort = 0

    var logs: [URL] { processes.map(\.log) }
    var pids: [Int32] { processes.map(\.pid) }

    /// Starts the aggregator and one extractor; `environment` and `arguments` add to each.
    func start(
        aggregatorEnvironment: [String: String] = [:], aggregatorArguments: [String] = [],
        extractorEnvironment: [String: String] = [:], extractorArguments: [String] = []
    ) async throws {
        let serving = tls.map { ["--tls-cert", $0.certificate, "--tls-key", $0.key] } ?? []
        let aggregator = try launch(
            "aggregator",
            [
                "--data", directory.appendingPathComponent("store").path, "--listen", "127.0.0.1:0",
                "--ingest-listen", "127.0.0.1:0",
            ] + serving + aggregatorArguments, environment: aggregatorEnvironment, name: "aggregator")
        queryPort = try await aggregator.listeningPort(containing: "listener=query")
        ingestPort = try await aggregator.listeningPort(containing: "listener=ingest")
        let extractor = try await startExtractor(
            environment: extractorEnvironment, arguments: extractorArguments, name: "extractor")
        extractorPort = try await extractor.listeningPort()
    }

    /// Another extractor on the aggregator (the first is the one `extractorArguments` names).
    @discardableResult
    func startExtractor(environment: [String: String], arguments: [String], name: String) async throws
        -> ServiceProcess
    {
        let serving = tls.map { ["--tls-cert", $0.certificate, "--tls-key", $0.key] } ?? []
        let link = tls.map { ["--aggregator-tls-ca", $0.ca] } ?? []
        let extractor = try launch(
            "extractor",
            ["--listen", "127.0.0.1:0", "--aggregator", "127.0.0.1:\(ingestPort)", "--workers", "2"]
                + serving + link + arguments, environment: environment, name: name)
        _ = try await extractor.listeningPort()
        return extractor
    }

    /// A built binary as a service; extra environment goes through `env`, which execs the binary
    /// in place (same pid), so `ServiceProcess` needs no environment of its own.
    private func launch(_ tool: String, _ arguments: [String], environment: [String: String], name: String)
        throws -> ServiceProcess
    {
        guard let binary = Binaries.tool(tool) else { throw TLSSetupFailure.notBuilt(tool) }
        let process: ServiceProcess
        if environment.isEmpty {
            process = try ServiceProcess(binary, arguments, name: name, logDirectory: directory)
        } else {
            let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            process = try ServiceProcess(
                URL(fileURLWithPath: "/usr/bin/env"), assignments + [binary.path] + arguments, name: name,
                logDirectory: directory)
        }
        // Extractors stop before the aggregator.
        if tool == "aggregator" { processes.append(process) } else { processes.insert(process, at: 0) }
        return process
    }

    /// Runs `claimwire` against this topology's aggregator, with no TLS settings inherited.
    func claimwire(_ arguments: [String], environment: [String: String] = [:]) async throws -> CommandResult {
        guard let binary = Binaries.tool("claimwire") else {
            return CommandResult(status: -1, stdout: "", stderr: "claimwire not built")
        }
        let isolated = [
            "CLAIMWIRE_AGGREGATOR": "127.0.0.1:\(queryPort)", "CLAIMWIRE_TLS": "", "CLAIMWIRE_TLS_CA": "",
            "CLAIMWIRE_READER_TOKEN": "", "CLAIMWIRE_SUBMIT_TOKEN": "",
        ]
        return try await runCommand(
            binary, arguments,
            environment: isolated.merging(environment) { $1 })
    }

    func export(_ tlsArguments: [String]) async throws -> GraphExport {
        let result = try await claimwire(["export", "--format", "json"] + tlsArguments)
        #expect(result.status == 0, "export failed: \(result.stderr)")
        return try JSONDecoder().decode(GraphExport.self, from: Data(result.stdout.utf8))
    }

    /// SIGTERM to the extractor, then the aggregator; their exit statuses.
    func stop() async -> [Int32] {
        var statuses: [Int32] = []
        for process in processes { statuses.append(await process.terminate()) }
        processes = []
        return statuses
    }

    func tearDown() async {
        _ = await stop()
        try? FileManager.default.removeItem(at: directory)
    }
}
