import AggregatorService
import Foundation
import Logging
import ServiceLifecycle
import Wire

/// A real aggregator (store, graph, both listeners) on ephemeral loopback ports, stopped as
/// SIGTERM would stop it.
struct InProcessAggregator {
    let service: AggregatorService
    let group: ServiceGroup
    let task: Task<Void, any Error>
    let addresses: AggregatorAddresses
    let directory: String

    static let quietLogger = Logger(label: "reliability-tests") { _ in SwiftLogNoOpLogHandler() }

    static func start(
        directory: String = temporaryDirectory(),
        configure: (inout AggregatorConfiguration) -> Void = { _ in }
    ) async throws -> InProcessAggregator {
        var configuration = AggregatorConfiguration(
            dataDirectory: directory, queryPort: 0, ingestPort: 0, drainTimeout: .seconds(2))
        configure(&configuration)
        let service = try AggregatorService(
            configuration: configuration, graph: AggregatorService.makeGraph(), logger: quietLogger)
        let group = ServiceGroup(services: [service], logger: quietLogger)
        let task = Task { try await group.run() }
        let addresses = await service.listening()
        return InProcessAggregator(
            service: service, group: group, task: task, addresses: addresses, directory: directory)
    }

    func client(token: String? = nil) async throws -> WireClient {
        try await WireClient.connect(
            host: addresses.queryHost, port: addresses.queryPort, role: .client, token: token,
            configuration: WireClientConfiguration(requestTimeout: .seconds(10)))
    }

    func extractor(token: String? = nil) async throws -> WireClient {
        try await WireClient.connect(
            host: addresses.ingestHost, port: addresses.ingestPort, role: .extractor, token: token,
            configuration: WireClientConfiguration(requestTimeout: .seconds(10)))
    }

    func port(_ listener: AggregatorListener) -> Int {
        listener == .query ? addresses.queryPort : addresses.ingestPort
    }

    func stop(removingData: Bool = true) async throws {
        await group.triggerGracefulShutdown()
        try await task.value
        if removingData { try? FileManager.default.removeItem(atPath: directory) }
    }

    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("reliability-\(UUID().uuidString)").path
    }
}
