import Logging
import NIOConcurrencyHelpers
import NIOCore

/// Warnings for refused connections, at most one per kind of refusal and peer host per window.
///
/// A misconfigured peer (a wrong token, plaintext to a TLS listener, a client beyond the
/// connection cap) reconnects on its own backoff, and every attempt is refused: one line each
/// would bury everything else in the log. The first refusal is logged at once; the next ones
/// from the same host for the same reason within `window` are counted, and the first one after
/// the window is logged with how many were left out (`suppressed`).
final class RefusalLog: Sendable {
    private struct Key: Hashable {
        var reason: String
        var host: String
    }

    private struct Entry {
        var lastLogged: NIODeadline
        var suppressed: Int
    }

    /// Peers tracked at most; past this, entries whose window has passed are dropped, and if
    /// none has, all are (a flood of distinct hosts then logs each once more).
    static let capacity = 1_024

    let window: TimeAmount
    private let entries = NIOLockedValueBox([Key: Entry]())

    init(window: TimeAmount = .seconds(60)) {
        self.window = window
    }

    /// Whether to log this refusal now and, if so, how many like it were left out since the last
    /// line; nil when it falls inside the window of the last one logged.
    func admit(reason: String, host: String, now: NIODeadline = .now()) -> Int? {
        let key = Key(reason: reason, host: host)
        let window = self.window
        return entries.withLockedValue { entries in
            if var entry = entries[key], now - entry.lastLogged < window {
                entry.suppressed += 1
                entries[key] = entry
                return nil
            }
            let suppressed = entries[key]?.suppressed ?? 0
            if entries[key] == nil, entries.count >= Self.capacity {
                entries = entries.filter { now - $0.value.lastLogged < window }
                if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = Entry(lastLogged: now, suppressed: 0)
            return suppressed
        }
    }

    /// Logs `message` as a warning unless a line for the same reason and host went out within the
    /// window; the line carries the number left out since the last one.
    func warn(
        _ message: Logger.Message, reason: String, remote: SocketAddress?, metadata: Logger.Metadata = [:],
        logger: Logger
    ) {
        let host = remote?.ipAddress ?? "unknown"
        guard let suppressed = admit(reason: reason, host: host) else { return }
        var metadata = metadata
        metadata["remote"] = "\(remote.map { "\($0)" } ?? "unknown")"
        if suppressed > 0 { metadata["suppressed"] = "\(suppressed)" }
        logger.warning(message, metadata: metadata)
    }
}
