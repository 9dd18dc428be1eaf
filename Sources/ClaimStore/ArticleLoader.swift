import ClaimModel
import GRDB

/// Reads every stored article back, in arrival order, inside one read transaction (a consistent
/// snapshot). Each table is scanned once in primary-key order and the scans are zipped by
/// article number, so a rebuild costs one sequential pass per table and no per-article query.
struct ArticleLoader {
    let db: Database
    let includeText: Bool
    /// Only articles with a larger arrival number (0: every article).
    var after: Int64 = 0

    func forEach(_ body: (Int64, AnalyzedArticle) throws -> Void) throws {
        let articleSQL =
            includeText
            ? """
            SELECT a.seq, a.id, a.ref, a.outlet, a.title, a.url, a.published, a.text_hash, a.simhash,
                a.mention_count, a.denial_count, t.text
            FROM articles a JOIN article_texts t ON t.article = a.seq WHERE a.seq > \(after) ORDER BY a.seq
            """
            : """
            SELECT seq, id, ref, outlet, title, url, published, text_hash, simhash,
                mention_count, denial_count
            FROM articles WHERE seq > \(after) ORDER BY seq
            """
        var entities = try KeyedRows(
            db,
            sql:
                "SELECT article, name, count FROM article_entities WHERE article > \(after) ORDER BY article, ordinal"
        ) { row in EntityCount(name: row.string(1), count: row.int(2)) }
        var terms = try KeyedRows(
            db,
            sql: "SELECT article, term FROM article_terms WHERE article > \(after) ORDER BY article, ordinal"
        ) { row in row.string(1) }
        var passages = try KeyedRows(
            db,
            sql:
                "SELECT article, span_start, span_end, is_main FROM passages WHERE article > \(after) ORDER BY article, ordinal"
        ) { row in Passage(span: TextSpan(start: row.int(1), end: row.int(2)), isMain: row.bool(3)) }
        var passageEntities = try KeyedRows(
            db,
            sql:
                "SELECT article, passage, name FROM passage_entities WHERE article > \(after) ORDER BY article, passage, ordinal"
        ) { row in (row.int(1), row.string(2)) }
        var mentions = try KeyedRows(
            db,
            sql: """
                SELECT article, subject, measure, amount, unit, resolution, bound, upper_amount, upper_unit,
                    upper_resolution, period, attribution, hedged, span_start, span_end, passage
                FROM mentions WHERE article > \(after) ORDER BY article, ordinal
                """
        ) { row in try Self.mention(row) }
        var values = try KeyedRows(
            db,
            sql: """
                SELECT article, mention, upper, amount, unit, resolution
                FROM mention_values WHERE article > \(after) ORDER BY article, mention, upper, ordinal
                """
        ) { row in
            (
                row.int(1), row.bool(2),
                Value(
                    amount: row.double(3), unit: QuantityUnit(rawValue: row.string(4)),
                    resolution: row.double(5))
            )
        }
        var denials = try KeyedRows(
            db,
            sql: """
                SELECT article, party, target, subject, span_start, span_end, passage
                FROM denials WHERE article > \(after) ORDER BY article, ordinal
                """
        ) { row in
            Denial(
                party: row.string(1), target: row.optionalString(2), subject: row.optionalString(3),
                evidence: TextSpan(start: row.int(4), end: row.int(5)), passage: row.int(6))
        }
        var topics = try KeyedRows(
            db,
            sql:
                "SELECT article, denial, topic FROM denial_topics WHERE article > \(after) ORDER BY article, denial, ordinal"
        ) { row in (row.int(1), row.string(2)) }

        let row = RawStatement(try db.makeStatement(sql: articleSQL), in: db)
        while try row.next() {
            let seq = row.int64(0)
            var published: Day?
            if let iso = row.optionalString(6) {
                guard let day = Day(iso: iso) else {
                    throw ClaimStoreError.invalidRow(
                        table: "articles", article: seq, column: "published", value: iso)
                }
                published = day
            }
            let article = Article(
                ref: row.string(2), outlet: row.optionalString(3), title: row.string(4),
                url: row.optionalString(5), published: published, text: includeText ? row.string(11) : "")
            let id = ArticleID(row.string(1))
            let mentionCount = row.int(9)
            let denialCount = row.int(10)

            var features = ArticleFeatures(
                textHash: row.string(7), simhash: UInt64(bitPattern: row.int64(8)))
            try entities.take(seq) { features.entities.append($0) }
            try terms.take(seq) { features.keyTerms.append($0) }
            try passages.take(seq) { features.passages.append($0) }
            try passageEntities.take(seq) { passage, name in
                guard features.passages.indices.contains(passage) else {
                    throw ClaimStoreError.invalidRow(
                        table: "passage_entities", article: seq, column: "passage", value: "\(passage)")
                }
                features.passages[passage].entities.append(name)
            }

            var articleMentions: [Mention] = []
            articleMentions.reserveCapacity(mentionCount)
            try mentions.take(seq) { articleMentions.append($0) }
            try values.take(seq) { mention, upper, value in
                guard articleMentions.indices.contains(mention) else {
                    throw ClaimStoreError.invalidRow(
                        table: "mention_values", article: seq, column: "mention", value: "\(mention)")
                }
                if upper {
                    articleMentions[mention].quantity.upper.append(value)
                } else {
                    articleMentions[mention].quantity.values.append(value)
                }
            }

            var articleDenials: [Denial] = []
            articleDenials.reserveCapacity(denialCount)
            try denials.take(seq) { articleDenials.append($0) }
            try topics.take(seq) { denial, topic in
                guard articleDenials.indices.contains(denial) else {
                    throw ClaimStoreError.invalidRow(
                        table: "denial_topics", article: seq, column: "denial", value: "\(denial)")
                }
                articleDenials[denial].topics.append(topic)
            }

            try body(
                seq,
                AnalyzedArticle(
                    id: id, article: article, mentions: articleMentions, denials: articleDenials,
                    features: features))
        }
    }

    private static func mention(_ row: RawStatement) throws -> Mention {
        let article = row.int64(0)
        let boundText = row.string(6)
        guard let bound = Bound(rawValue: boundText) else {
            throw ClaimStoreError.invalidRow(
                table: "mentions", article: article, column: "bound", value: boundText)
        }
        var period: Period?
        if let text = row.optionalString(10) {
            guard let parsed = Period(text) else {
                throw ClaimStoreError.invalidRow(
                    table: "mentions", article: article, column: "period", value: text)
            }
            period = parsed
        }
        let stated = Value(
            amount: row.double(3), unit: QuantityUnit(rawValue: row.string(4)), resolution: row.double(5))
        var upper: [Value] = []
        if !row.isNull(7) {
            upper.append(
                Value(
                    amount: row.double(7), unit: QuantityUnit(rawValue: row.string(8)),
                    resolution: row.double(9)))
        }
        return Mention(
            subject: row.string(1), measure: row.string(2),
            quantity: Quantity(values: [stated], bound: bound, upper: upper), period: period,
            attribution: row.optionalString(11), hedged: row.bool(12),
            evidence: TextSpan(start: row.int(13), end: row.int(14)), passage: row.int(15))
    }
}

/// A scan of a child table ordered by article number, handing out one article's rows at a time.
/// Rows are decoded as soon as they are stepped to, because the statement moves on.
private struct KeyedRows<Element> {
    private let row: RawStatement
    private let decode: (RawStatement) throws -> Element
    private var pending: (article: Int64, element: Element)?
    private var exhausted = false

    init(_ db: Database, sql: String, decode: @escaping (RawStatement) throws -> Element) throws {
        self.row = RawStatement(try db.makeStatement(sql: sql), in: db)
        self.decode = decode
    }

    /// Calls `body` with every row of `article`, skipping rows of earlier articles (none exist
    /// while the foreign keys hold).
    mutating func take(_ article: Int64, _ body: (Element) throws -> Void) throws {
        if pending == nil && !exhausted { try advance() }
        while let current = pending, current.article <= article {
            if current.article == article { try body(current.element) }
            try advance()
        }
    }

    private mutating func advance() throws {
        if try row.next() {
            pending = (row.int64(0), try decode(row))
        } else {
            pending = nil
            exhausted = true
        }
    }
}
