/// A half-open range of UTF-8 byte offsets into an article's text as sent.
public struct TextSpan: Hashable, Comparable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    /// True when the span lies inside a text of `byteCount` UTF-8 bytes and is not reversed.
    public func isValid(inTextOf byteCount: Int) -> Bool {
        start >= 0 && start <= end && end <= byteCount
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
