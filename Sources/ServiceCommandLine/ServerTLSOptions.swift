import ArgumentParser
import Wire

/// The listener options both services take: TLS identity and the frame deadline. Flags win
/// over the environment (`CLAIMWIRE_TLS_CERT`, `CLAIMWIRE_TLS_KEY`, `CLAIMWIRE_TLS_CLIENT_CA`);
/// an empty value is none.
public struct ServerTLSOptions: ParsableArguments {
    @Option(
        name: .customLong("tls-cert"),
        help: ArgumentHelp(
            "PEM certificate chain this service's listeners present; turns TLS on (default: $CLAIMWIRE_TLS_CERT).",
            valueName: "file"))
    var certificate: String?

    @Option(
        name: .customLong("tls-key"),
        help: ArgumentHelp("PEM private key of --tls-cert (default: $CLAIMWIRE_TLS_KEY).", valueName: "file"))
    var key: String?

    @Option(
        name: .customLong("tls-client-ca"),
        help: ArgumentHelp(
            "PEM CA file; when given, peers must present a certificate it signed (default: $CLAIMWIRE_TLS_CLIENT_CA).",
            valueName: "file"))
    var clientCA: String?

    @Option(
        name: .customLong("frame-timeout"),
        help: ArgumentHelp(
            "Seconds a frame has to arrive once it began, plus 1 s per 16 KiB received.", valueName: "seconds"
        ))
    public var frameTimeout: Int = 30

    public init() {}

    public func validate() throws {
        guard frameTimeout >= 1 else { throw ValidationError("--frame-timeout must be at least 1 second") }
    }

    /// The certificate and key paths in force (flag, else environment), for a service that also
    /// presents its identity as a client.
    public func identity(environment: [String: String]) -> (certificate: String?, key: String?) {
        (
            Self.setting(certificate, environment["CLAIMWIRE_TLS_CERT"]),
            Self.setting(key, environment["CLAIMWIRE_TLS_KEY"])
        )
    }

    /// TLS for the listeners, or nil when neither a certificate nor a key is given. Files are
    /// loaded now, so a bad path stops the start with the file named.
    public func serverTLS(environment: [String: String]) throws(ServiceOptionError) -> WireServerTLS? {
        let (certificate, key) = identity(environment: environment)
        let clientCA = Self.setting(clientCA, environment["CLAIMWIRE_TLS_CLIENT_CA"])
        guard certificate != nil || key != nil else {
            if clientCA != nil { throw .clientCAWithoutTLS }
            return nil
        }
        guard let certificate, let key else {
            throw .tls(.incompleteIdentity(certificatePath: certificate, privateKeyPath: key))
        }
        let tls = WireServerTLS(
            certificateChainPath: certificate, privateKeyPath: key, clientCAPath: clientCA)
        do {
            try tls.validate()
        } catch {
            throw .tls(error)
        }
        return tls
    }

    static func setting(_ flag: String?, _ variable: String?) -> String? {
        let value = flag ?? variable ?? ""
        return value.isEmpty ? nil : value
    }
}
