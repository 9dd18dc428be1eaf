import ArgumentParser
import Wire

/// `claimwire ping`: is the aggregator (and any extractor named) up and speaking the protocol?
/// Exit status 0 only when every one answered: what a healthcheck needs.
struct PingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ping", abstract: "Check that the aggregator (and extractors given) answer.")

    @OptionGroup var aggregator: AggregatorOptions

    @Option(help: "Also ping this extractor (HOST:PORT); repeatable.")
    var extractor: [String] = []

    @Flag(help: "Print nothing; the exit status says it all.")
    var quiet = false

    func run() async throws {
        let session = try await aggregator.connect()
        let roundTrip: Duration
        do {
            roundTrip = try await session.client.ping()
        } catch {
            await session.close()
            throw ClientError.from(error, service: "aggregator", address: session.endpoint.description)
        }
        let welcome = session.client.welcome
        await session.close()
        if !quiet {
            print(
                "aggregator \(session.endpoint): ok in \(Self.milliseconds(roundTrip)) ms (\(welcome.software), protocol \(welcome.version))"
            )
        }
        for text in extractor {
            let endpoint = try Endpoint(parsing: text, defaultPort: 7600)
            let client: WireClient
            do {
                let configuration = WireClientConfiguration(
                    connectTimeout: .seconds(5), requestTimeout: .seconds(max(1, aggregator.timeout)),
                    software: "claimwire/1.0", tls: try aggregator.tls.configuration())
                client = try await WireClient.connect(
                    host: endpoint.host, port: endpoint.port, role: .client,
                    token: try TokenSource.read(file: nil, environment: "CLAIMWIRE_SUBMIT_TOKEN"),
                    configuration: configuration)
                let time = try await client.ping()
                if !quiet {
                    print(
                        "extractor \(endpoint): ok in \(Self.milliseconds(time)) ms (\(client.welcome.software))"
                    )
                }
                await client.close()
            } catch {
                throw ClientError.from(error, service: "extractor", address: endpoint.description)
            }
        }
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let tenths = (seconds * 10_000 + attoseconds / 100_000_000_000_000)
        return "\(tenths / 10).\(tenths % 10)"
    }
}
