/// One article as a caller submits it: what `claimwire send` reads and the extractor receives.
public struct Article: Hashable, Sendable, Codable {
    /// The caller's reference (`bytedance-capex-2025.txt#3`, a JSON Lines `ref`, a file name).
    public var ref: String
    /// The outlet that published it, when known (`Reuters`, `Financial Times`).
    public var outlet: String?
    public var title: String
    public var url: String?
    public var published: Day?
    /// The body as sent; evidence spans are UTF-8 byte offsets into it.
    public var text: String

    public init(
        ref: String, outlet: String? = nil, title: String, url: String? = nil, published: Day? = nil,
        text: String
    ) {
        self.ref = ref
        self.outlet = outlet
        self.title = title
        self.url = url
        self.published = published
        self.text = text
    }
}

/// Identity of an article: a content hash (hex) of its outlet and normalised text, so a resend
/// is recognised and the same text from another outlet is a different article.
public struct ArticleID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
