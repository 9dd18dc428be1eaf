import Foundation

/// What `send` shows while it works, on stderr: a bar with rate and ETA redrawn in place on a
/// terminal, or one plain line per batch otherwise (logs, CI).
// @unchecked: every mutable field is behind `lock`.
final class SendProgress: @unchecked Sendable {
    private struct State {
        var done = 0
        var failed = 0
        var lastDraw = ContinuousClock.now - .seconds(1)
        var drawn = false
    }

    let total: Int
    let batches: Int
    let interactive: Bool
    private let start = ContinuousClock.now
    private let lock = NSLock()
    private var state = State()

    init(total: Int, batches: Int, interactive: Bool) {
        self.total = total
        self.batches = batches
        self.interactive = interactive
    }

    /// A batch of `count` articles reached an outcome.
    func record(batch: Int, count: Int, acknowledged: Bool, via extractor: String, note: String = "") {
        lock.withLock {
            if acknowledged { state.done += count } else { state.failed += count }
            if interactive {
                let now = ContinuousClock.now
                if now - state.lastDraw >= .milliseconds(100) || state.done + state.failed == total {
                    state.lastDraw = now
                    state.drawn = true
                    Self.write("\r" + bar(state) + "\u{1B}[K")
                }
            } else {
                let verb = acknowledged ? "acknowledged" : "NOT acknowledged"
                Self.write(
                    "batch \(batch + 1)/\(batches): \(count) \(count == 1 ? "article" : "articles") \(verb) via \(extractor)"
                        + (note.isEmpty ? "" : " (\(note))") + "\n")
            }
        }
    }

    /// Ends the bar's line so the summary starts on a fresh one.
    func finish() {
        lock.withLock {
            if interactive && state.drawn { Self.write("\r" + bar(state) + "\u{1B}[K\n") }
        }
    }

    private func bar(_ state: State) -> String {
        let finished = state.done + state.failed
        let width = 30
        let filled = total == 0 ? width : min(width, finished * width / total)
        let seconds = Self.seconds(ContinuousClock.now - start)
        let rate = seconds > 0 ? Double(finished) / seconds : 0
        var text =
            "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] "
        text += "\(finished)/\(total) articles  \(Self.oneDecimal(rate))/s"
        if finished < total, rate > 0 {
            text += "  ETA \(Int((Double(total - finished) / rate).rounded(.up)))s"
        } else {
            text += "  \(Self.oneDecimal(seconds))s"
        }
        if state.failed > 0 { text += "  \(state.failed) failed" }
        return text
    }

    static func seconds(_ duration: Duration) -> Double {
        let (s, atto) = duration.components
        return Double(s) + Double(atto) / 1e18
    }

    static func oneDecimal(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
