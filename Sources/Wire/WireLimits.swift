/// The limits one side enforces on what it receives. Each side states its own in the handshake
/// (`Hello.limits`, `Welcome.limits`), and a sender never sends a frame past its peer's limits.
///
/// Every length or count read from the wire is checked against these, and against the bytes that
/// remain, before anything is allocated.
public struct WireLimits: Sendable, Hashable {
    /// Largest payload (the bytes after the 10-byte header, compressed or not) a frame may announce.
    /// A header announcing more is refused before its payload is buffered. Default 16 MiB.
    public var maxFrameBytes: Int
    /// Largest payload after zstd decompression. Checked against the size the zstd frame declares
    /// before allocating, and enforced while streaming when it declares none. Default 64 MiB.
    public var maxDecompressedBytes: Int
    /// Most articles in one `SubmitArticles`, `IngestBatch` or `Ack`. Default 1,000.
    public var maxArticlesPerBatch: Int
    /// Longest string (UTF-8 bytes) in any field, an article text included. Default 12 MiB.
    public var maxStringBytes: Int
    /// Most elements in any other list (mentions, claims, articles of an export, ...).
    /// Default 1,000,000.
    public var maxListCount: Int

    /// 16 MiB.
    public static let defaultMaxFrameBytes = 16 << 20
    /// 64 MiB.
    public static let defaultMaxDecompressedBytes = 64 << 20
    /// 1,000 articles.
    public static let defaultMaxArticlesPerBatch = 1_000
    /// 12 MiB.
    public static let defaultMaxStringBytes = 12 << 20
    /// 1,000,000 elements.
    public static let defaultMaxListCount = 1_000_000

    public init(
        maxFrameBytes: Int = WireLimits.defaultMaxFrameBytes,
        maxDecompressedBytes: Int = WireLimits.defaultMaxDecompressedBytes,
        maxArticlesPerBatch: Int = WireLimits.defaultMaxArticlesPerBatch,
        maxStringBytes: Int = WireLimits.defaultMaxStringBytes,
        maxListCount: Int = WireLimits.defaultMaxListCount
    ) {
        self.maxFrameBytes = maxFrameBytes
        self.maxDecompressedBytes = maxDecompressedBytes
        self.maxArticlesPerBatch = maxArticlesPerBatch
        self.maxStringBytes = maxStringBytes
        self.maxListCount = maxListCount
    }

    /// The defaults above.
    public static let `default` = WireLimits()
}
