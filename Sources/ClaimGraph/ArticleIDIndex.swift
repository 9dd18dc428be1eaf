import ClaimModel

/// Articles by id, and by the first `ClaimGraph.idPrefixLength` characters of their id (story
/// and claim ids carry that prefix): posting chains under 64-bit keys read from the id, each
/// article found checked against its own id by the caller. A `Dictionary` keyed by the id
/// `String`, and another by its prefix `Substring`, cost about 19 bytes per mention at 10
/// mentions an article; these cost about 6.
struct ArticleIDIndex: Sendable {
    private var byID = PostingChains<UInt64>()
    private var byPrefix = PostingChains<UInt64>()

    /// Files article `article` under `id`.
    mutating func add(_ article: Int32, id: ArticleID) {
        byID.append(article, under: ClaimGraph.hashPrefix(id.rawValue))
        byPrefix.append(article, under: Self.prefixKey(id.rawValue.prefix(ClaimGraph.idPrefixLength)))
    }

    /// The article whose id is `id` in `articles`, or nil.
    func article(id: ArticleID, in articles: [ArticleEntry]) -> Int32? {
        var found: Int32?
        byID.forEach(under: ClaimGraph.hashPrefix(id.rawValue)) { article in
            if found == nil, articles[Int(article)].id == id { found = article }
        }
        return found
    }

    /// Calls `body` with every article whose id starts with `prefix` (a whole
    /// `idPrefixLength`-character prefix), latest filed first.
    func forEachArticle(prefix: Substring, in articles: [ArticleEntry], _ body: (Int32) -> Void) {
        guard prefix.count == ClaimGraph.idPrefixLength else { return }
        byPrefix.forEach(under: Self.prefixKey(prefix)) { article in
            if articles[Int(article)].id.rawValue.hasPrefix(prefix) { body(article) }
        }
    }

    private static func prefixKey(_ prefix: Substring) -> UInt64 { StableHash.of(String(prefix)) }

    var memoryBytes: Int { byID.memoryBytes + byPrefix.memoryBytes }
}
