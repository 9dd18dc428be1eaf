/// When and how a sender compresses payloads.
public struct CompressionOptions: Sendable, Hashable {
    /// Payloads of at least this many bytes are compressed (and sent compressed only when that
    /// makes them smaller). 0 compresses everything; `Int.max` nothing. Default 512.
    public var threshold: Int
    /// zstd level, clamped to 1...3: higher levels cost 5–50× the CPU for a few percent. Default 1.
    public var level: Int32
    /// Offer the embedded dictionaries in the handshake and compress with the negotiated one.
    public var useDictionary: Bool

    /// 512 bytes: below this, zstd's frame overhead eats most of the gain.
    public static let defaultThreshold = 512

    public init(
        threshold: Int = CompressionOptions.defaultThreshold, level: Int32 = 1, useDictionary: Bool = true
    ) {
        self.threshold = threshold
        self.level = level
        self.useDictionary = useDictionary
    }

    /// Never compress.
    public static let none = CompressionOptions(threshold: .max, level: 1, useDictionary: false)

    var clampedLevel: Int32 { min(max(level, 1), 3) }
}
