import ClaimModel
import Logging
import Testing

@testable import Wire

/// TLS under the frame codec: the same requests over TLS, and every mismatch refused with an
/// error that names the fix.
@Suite("TLS on a listener and a client") struct WireTLSTests {
    static func serverConfiguration(
        _ certificates: TestCertificates, clientCA: Bool = false, tokens: [PeerRole: String] = [:]
    ) -> WireServerConfiguration {
        WireServerConfiguration(
            acceptedRoles: [.client, .extractor], tokens: tokens,
            tls: WireServerTLS(
                certificateChainPath: certificates.serverCertificatePath,
                privateKeyPath: certificates.serverKeyPath,
                clientCAPath: clientCA ? certificates.caPath : nil))
    }

    static func client(
        port: Int, host: String = "127.0.0.1", tls: WireClientTLS?, token: String? = nil
    ) async throws -> WireClient {
        try await WireClient.connect(
            host: host, port: port, role: .client, token: token,
            configuration: WireClientConfiguration(requestTimeout: .seconds(10), tls: tls))
    }

    /// The `WireClientError` `body` throws; records an issue when it throws nothing or another kind.
    static func failure(_ body: () async throws -> Void) async -> WireClientError? {
        do {
            try await body()
            Issue.record("expected a WireClientError, got success")
        } catch let error as WireClientError {
            return error
        } catch {
            Issue.record("expected a WireClientError, got \(error)")
        }
        return nil
    }

    @Test func requestsGoThroughTLSByAddressAndByName() async throws {
        guard let certificates = try TestCertificates.available() else { return }
        try await withLoopbackServer(Self.serverConfiguration(certificates)) { port in
            // By address: the certificate's IP entry is checked.
            let client = try await Self.client(
                port: port, tls: WireClientTLS(trustRootsPath: certificates.caPath))
            let ack = try await client.submit([Fixtures.article])
            #expect(ack.articles.map(\.ref) == [Fixtures.article.ref])
            #expect(try await client.query(.export) == .export(Fixtures.export))
            // A large, compressed answer crosses TLS records intact.
            let ingest = try await client.ingest(Array(repeating: Fixtures.analyzed, count: 200))
            #expect(ingest.articles.count == 200)
            _ = try await client.ping()
            await client.close()
            // By name: SNI and the DNS entry.
            let named = try await Self.client(
                port: port, host: "localhost", tls: WireClientTLS(trustRootsPath: certificates.caPath))
            _ = try await named.ping()
            await named.close()
        }
    }

    @Test func anUntrustedCertificateIsRefused() async throws {
        guard let certificates = try TestCertificates.available() else { return }
        try await withLoopbackServer(Self.serverConfiguration(certificates)) { port in
            let error = await Self.failure {
                _ = try await Self.client(
                    port: port, tls: WireClientTLS(trustRootsPath: certificates.otherCAPath))
            }
            guard case .tls(.untrustedCertificate) = error else {
                Issue.record("expected untrustedCertificate, got \(String(describing: error))")
                return
            }
            // The server is unharmed: a trusting client still gets in.
            let client = try await Self.client(
                port: port, tls: WireClientTLS(trustRootsPath: certificates.caPath))
            _ = try await client.ping()
            await client.close()
        }
    }

    @Test func aCertificateForAnotherNameIsRefusedUnlessThatNameIsExpected() async throws {
        guard let certificates = try TestCertificates.available() else { return }
        var configuration = Self.serverConfiguration(certificates)
        configuration.tls = WireServerTLS(
            certificateChainPath: certificates.namedCertificatePath, privateKeyPath: certificates.namedKeyPath
        )
        try await withLoopbackServer(configuration) { port in
            let trusting = WireClientTLS(trustRootsPath: certificates.caPath)
            let byAddress = await Self.failure { _ = try await Self.client(port: port, tls: trusting) }
            #expect(byAddress == .tls(.nameMismatch(expected: "127.0.0.1")))
            let byName = await Self.failure {
                _ = try await Self.client(port: port, host: "localhost", tls: trusting)
            }
            #expect(byName == .tls(.nameMismatch(expected: "localhost")))
            var named = trusting
            named.serverName = "other.example"
            let client = try await Self.client(port: port, tls: named)
            _ = try await client.ping()
            await client.close()
        }
    }

    @Test func aPlaintextClientIsToldTheListenerRequiresTLS() async throws {
        guard let certificates = try TestCertificates.available() else { return }
        try await withLoopbackServer(Self.serverConfiguration(certificates)) { port in
            let error = await Self.failure { _ = try await Self.client(port: port, tls: nil) }
            guard case .remote(let message) = error else {
                Issue.record("expected a remote Error, got \(String(describing: error))")
                return
            }
            #expect(message.code == .handshakeRequired)
            #expect(message.message.contains("requires TLS"))
            #expect(message.message.contains("--tls"))
            #expect(message.closesConnection)
        }
    }

    @Test func aTLSClientIsToldThePlaintextServerDoesNotSpeakTLS() async throws {
        guard let certificates = try TestCertificates.available() else { return }
        try await withLoopbackServer { port in
            let error = await Self.failure {
                _ = try await Self.client(port: port, tls: WireClientTLS(trustRootsPath: certificates.caPath))
            }
            #expect(error == .tls(.serverNotTLS))
        }
    }

    @Test func tokensAreCheckedInsideTLS() async throws {
        guard let certificates = try TestCertificates.available() else { return }
        let configuration = Self.serverConfiguration(certificates, tokens: [.client: "reader-secret"])
        try await withLoopbackServer(configuration) { port in
            let tls = WireClientTLS(trustRootsPath: certificates.caPath)
            let error = await Self.failure { _ = try await Self.client(port: port, tls: tls, token: "guess") }
            guard case .remote(let message) = error else {
                Issue.record("expected unauthorized, got \(String(describing: error))")
                return
            }
            #expect(message.code == .unauthorized)
            let client = try await Self.client(port: port, tls: tls, token: "reader-secret")
            _ = try await client.query(.stats)
            await client.close()
        }
    }

    @Test func mutualTLSRequiresAClientCertificateFromTheCA() async throws {
        guard let certificates = try TestCertificates.available() else { return }
        try await withLoopbackServer(Self.serverConfiguration(certificates, clientCA: true)) { port in
            let anonymous = await Self.failure {
                let client = try await Self.client(
                    port: port, tls: WireClientTLS(trustRootsPath: certificates.caPath))
                // Under TLS 1.3 the server may refuse only after the client's handshake ended.
                _ = try await client.ping()
            }
            guard case .tls(.handshakeFailed(let detail)) = anonymous, detail.contains("certificate required")
            else {
                Issue.record(
                    "expected a handshake refused for want of a certificate, got \(String(describing: anonymous))"
                )
                return
            }
            let client = try await Self.client(
                port: port,
                tls: WireClientTLS(
                    trustRootsPath: certificates.caPath,
                    certificateChainPath: certificates.clientCertificatePath,
                    privateKeyPath: certificates.clientKeyPath))
            _ = try await client.ping()
            await client.close()
        }
    }

    @Test func missingFilesAreNamed() async throws {
        let missing = "/nonexistent/claimwire/server.pem"
        #expect(throws: WireTLSError.self) {
            try WireServerTLS(certificateChainPath: missing, privateKeyPath: missing).validate()
        }
        do {
            try WireServerTLS(certificateChainPath: missing, privateKeyPath: missing).validate()
        } catch {
            #expect("\(error)".contains(missing))
        }
        let error = await Self.failure {
            _ = try await Self.client(port: 1, tls: WireClientTLS(trustRootsPath: missing))
        }
        guard case .tlsConfiguration(.unreadableFile(.trustRoots, missing, _)) = error else {
            Issue.record("expected an unreadable trust-roots file, got \(String(describing: error))")
            return
        }
        guard let certificates = try TestCertificates.available() else { return }
        // A key that is not the certificate's.
        #expect(
            throws: WireTLSError.keyMismatch(
                certificatePath: certificates.serverCertificatePath,
                privateKeyPath: certificates.clientKeyPath)
        ) {
            try WireServerTLS(
                certificateChainPath: certificates.serverCertificatePath,
                privateKeyPath: certificates.clientKeyPath
            ).validate()
        }
    }
}
