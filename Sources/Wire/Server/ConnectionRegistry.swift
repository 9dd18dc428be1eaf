import NIOConcurrencyHelpers
import NIOCore

/// The live connections of a server: enforces the connection cap and lets `run` drain them.
final class ConnectionRegistry: Sendable {
    private struct State {
        var lastID: UInt64 = 0
        var channels: [UInt64: Channel] = [:]
    }

    private let state = NIOLockedValueBox(State())
    let maxConnections: Int

    init(maxConnections: Int) {
        self.maxConnections = maxConnections
    }

    /// A fresh id, and whether the connection fits under the cap (it is registered only then).
    func admit(_ channel: Channel) -> (id: UInt64, admitted: Bool) {
        state.withLockedValue { state in
            state.lastID += 1
            let id = state.lastID
            guard state.channels.count < maxConnections else { return (id, false) }
            state.channels[id] = channel
            return (id, true)
        }
    }

    func remove(_ id: UInt64) {
        _ = state.withLockedValue { $0.channels.removeValue(forKey: id) }
    }

    var channels: [Channel] {
        state.withLockedValue { Array($0.channels.values) }
    }
}

/// Sent down every connection's pipeline when the server stops: finish what is in flight, then close.
struct WireServerDrain: Sendable {}
