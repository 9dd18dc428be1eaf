import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// A Claimwire listener: accepts connections, does the handshake and framing, enforces limits,
/// idle timeout and the connection cap, and hands each request to the responder.
public final class WireServer: Sendable {
    public let configuration: WireServerConfiguration
    private let responder: WireResponder
    private let logger: Logger

    public init(configuration: WireServerConfiguration, responder: @escaping WireResponder, logger: Logger) {
        self.configuration = configuration
        self.responder = responder
        self.logger = logger
    }

    /// Loads the TLS files (throwing `WireTLSError`), binds, calls `onBound` with the real (host, port) (port 0 → ephemeral), serves until the
    /// task is cancelled, then stops accepting and lets in-flight requests finish (up to
    /// `drainTimeout`) before closing every connection.
    public func run(onBound: @Sendable (String, Int) -> Void = { _, _ in }) async throws {
        let configuration = self.configuration
        let responder = self.responder
        let logger = self.logger
        let registry = ConnectionRegistry(maxConnections: configuration.maxConnections)
        let refusalLog = RefusalLog()
        // Built once, before binding: a bad certificate path fails the start, not each accept.
        let tlsContext = try configuration.tls?.makeContext()
        let serverChannel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                let (id, admitted) = registry.admit(channel)
                channel.closeFuture.whenComplete { _ in registry.remove(id) }
                return channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    if let tlsContext {
                        try sync.addHandler(
                            PlaintextRefusal(
                                acceptedRoles: configuration.acceptedRoles, refusalLog: refusalLog,
                                logger: logger))
                        try sync.addHandler(NIOSSLServerHandler(context: tlsContext))
                    }
                    try sync.addHandler(IdleStateHandler(readTimeout: timeAmount(configuration.idleTimeout)))
                    try sync.addHandler(
                        FrameDeadlineHandler(
                            grace: configuration.frameTimeout, minimumRate: configuration.minimumFrameRate))
                    let codec = FrameCodec(
                        limits: configuration.limits, compression: configuration.compression)
                    _ = try sync.addWireCodec(codec)
                    try sync.addHandler(
                        ServerSessionHandler(
                            configuration: configuration, responder: responder, codec: codec,
                            connectionID: id, admitted: admitted, refusalLog: refusalLog, logger: logger))
                }
            }
            .bind(host: configuration.host, port: configuration.port).get()
        let port = serverChannel.localAddress?.port ?? configuration.port
        logger.info(
            "listening",
            metadata: [
                "host": "\(configuration.host)", "port": "\(port)",
                "tls":
                    "\(configuration.tls == nil ? "off" : configuration.tls?.clientCAPath == nil ? "on" : "mutual")",
            ])
        onBound(configuration.host, port)

        await withTaskCancellationHandler {
            try? await serverChannel.closeFuture.get()
        } onCancel: {
            serverChannel.close(promise: nil)
        }

        let connections = registry.channels
        logger.info("stopping", metadata: ["connections": "\(connections.count)"])
        guard !connections.isEmpty else { return }
        for connection in connections {
            connection.pipeline.fireUserInboundEventTriggered(WireServerDrain())
        }
        let loop = serverChannel.eventLoop
        let deadline = loop.scheduleTask(in: timeAmount(configuration.drainTimeout)) {
            for connection in connections { connection.close(promise: nil) }
        }
        try? await EventLoopFuture.andAllComplete(connections.map(\.closeFuture), on: loop).get()
        deadline.cancel()
    }
}
