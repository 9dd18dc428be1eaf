import ClaimModel

/// Content identity of articles: what makes a resend a `duplicate` and the same text from
/// another outlet a new article with an equal `textHash`.
public enum ContentHash {
    /// Hex of the first 16 bytes of SHA-256 over the normalised outlet, a NUL, and the
    /// normalised text. A missing outlet hashes as the empty string.
    public static func articleID(outlet: String?, text: String) -> ArticleID {
        articleID(outlet: outlet, normalizedText: TextNormalization.normalize(text))
    }

    /// `articleID` for a text already passed through `TextNormalization.normalize`.
    static func articleID(outlet: String?, normalizedText: String) -> ArticleID {
        articleID(outlet: outlet, normalizedUTF8: Array(normalizedText.utf8))
    }

    /// `articleID` for the UTF-8 of a text already passed through `TextNormalization.normalize`.
    static func articleID(outlet: String?, normalizedUTF8: [UInt8]) -> ArticleID {
        var hasher = SHA256()
        hasher.update(TextNormalization.normalizedBytes(outlet ?? ""))
        hasher.update(CollectionOfOne(UInt8(0)))
        hasher.update(normalizedUTF8)
        return ArticleID(SHA256.hex(hasher.finalize().prefix(16)))
    }

    /// Hex SHA-256 of the normalised text alone: equal for one text published by two outlets.
    public static func textHash(_ text: String) -> String {
        textHash(normalized: TextNormalization.normalize(text))
    }

    /// `textHash` for a text already passed through `TextNormalization.normalize`.
    static func textHash(normalized: String) -> String {
        SHA256.hex(SHA256.digest(normalized.utf8))
    }

    /// `textHash` for the UTF-8 of a text already passed through `TextNormalization.normalize`.
    static func textHash(normalizedUTF8: [UInt8]) -> String {
        SHA256.hex(SHA256.digest(normalizedUTF8))
    }
}
