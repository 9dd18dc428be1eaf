import Foundation

/// A throwaway CA, a server certificate it signed (for `localhost` and `127.0.0.1`), one naming
/// only `other.example`, a client certificate it signed, and an unrelated CA, made with `openssl` in a temporary directory.
/// Nil when `openssl` is not installed (TLS tests then skip with a message).
struct TestCertificates: Sendable {
    let directory: URL
    var caPath: String { path("ca.pem") }
    var serverCertificatePath: String { path("server.pem") }
    var serverKeyPath: String { path("server.key") }
    var clientCertificatePath: String { path("client.pem") }
    var clientKeyPath: String { path("client.key") }
    /// A server certificate naming only `other.example` (no address).
    var namedCertificatePath: String { path("named.pem") }
    var namedKeyPath: String { path("named.key") }
    /// A CA that signed nothing here: trusting only it must fail.
    var otherCAPath: String { path("other-ca.pem") }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static let openssl: String? = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/opt/homebrew/bin/openssl"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// One set per test process: generating keys costs a few hundred milliseconds.
    static let shared: Result<TestCertificates, any Error>? = {
        guard let openssl else { return nil }
        return Result { try make(openssl: openssl) }
    }()

    /// The shared set, or nil (with a message) when `openssl` is missing.
    static func available() throws -> TestCertificates? {
        guard let shared else {
            print("skipped: openssl not found, so no test certificates")
            return nil
        }
        return try shared.get()
    }

    private static func make(openssl: String) throws -> TestCertificates {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimwire-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let script = """
            set -e
            cd "\(directory.path)"
            O="\(openssl)"
            ca() {
              "$O" ecparam -name prime256v1 -genkey -noout -out "$1.key"
              "$O" req -x509 -new -key "$1.key" -out "$1.pem" -days 2 -subj "/CN=$2" \\
                -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
            }
            leaf() {
              "$O" ecparam -name prime256v1 -genkey -noout -out "$1.key"
              "$O" req -new -key "$1.key" -out "$1.csr" -subj "/CN=$2"
              printf 'basicConstraints=CA:FALSE\\nkeyUsage=critical,digitalSignature\\nextendedKeyUsage=%s\\nsubjectAltName=%s\\n' "$3" "$4" > "$1.ext"
              "$O" x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -set_serial "0x$(od -An -N8 -tx1 /dev/urandom | tr -d ' \\n')" \\
                -out "$1.pem" -days 2 -extfile "$1.ext"
            }
            ca ca "Claimwire Test CA"
            ca other-ca "Unrelated Test CA"
            leaf server localhost serverAuth,clientAuth "DNS:localhost,IP:127.0.0.1"
            leaf client claimwire-client clientAuth "DNS:claimwire-client"
            leaf named other.example serverAuth "DNS:other.example"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CertificateGenerationFailed(output: String(decoding: output, as: UTF8.self))
        }
        return TestCertificates(directory: directory)
    }
}

struct CertificateGenerationFailed: Error, CustomStringConvertible {
    var output: String
    var description: String { "openssl failed: \(output)" }
}
