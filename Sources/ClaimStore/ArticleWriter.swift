import ClaimModel
import GRDB

/// Writes articles as rows inside a transaction the caller opened. Statements are prepared once
/// per connection (GRDB's statement cache) and driven through the C API, so a large batch costs
/// only binds and steps.
struct ArticleWriter {
    let db: Database

    /// Inserts `analyzed` unless its id is already stored. Returns its arrival number (`seq`),
    /// or nil for a duplicate.
    func insert(_ analyzed: AnalyzedArticle) throws -> Int64? {
        let article = analyzed.article
        let features = analyzed.features
        let insertArticle = try statement(
            """
            INSERT INTO articles (id, ref, outlet, title, url, published, text_hash, simhash,
                mention_count, denial_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """)
        insertArticle.bind(1, analyzed.id.rawValue)
        insertArticle.bind(2, article.ref)
        insertArticle.bind(3, article.outlet)
        insertArticle.bind(4, article.title)
        insertArticle.bind(5, article.url)
        insertArticle.bind(6, article.published?.iso)
        insertArticle.bind(7, features.textHash)
        insertArticle.bind(8, Int64(bitPattern: features.simhash))
        insertArticle.bind(9, analyzed.mentions.count)
        insertArticle.bind(10, analyzed.denials.count)
        try insertArticle.execute()
        guard db.changesCount == 1 else { return nil }
        let seq = db.lastInsertedRowID

        let insertText = try statement("INSERT INTO article_texts (article, text) VALUES (?, ?)")
        insertText.bind(1, seq)
        insertText.bind(2, article.text)
        try insertText.execute()

        if !features.entities.isEmpty {
            let insertEntity = try statement(
                "INSERT INTO article_entities (article, ordinal, name, count) VALUES (?, ?, ?, ?)")
            for (ordinal, entity) in features.entities.enumerated() {
                insertEntity.bind(1, seq)
                insertEntity.bind(2, ordinal)
                insertEntity.bind(3, entity.name)
                insertEntity.bind(4, entity.count)
                try insertEntity.execute()
            }
        }
        if !features.keyTerms.isEmpty {
            let insertTerm = try statement(
                "INSERT INTO article_terms (article, ordinal, term) VALUES (?, ?, ?)")
            for (ordinal, term) in features.keyTerms.enumerated() {
                insertTerm.bind(1, seq)
                insertTerm.bind(2, ordinal)
                insertTerm.bind(3, term)
                try insertTerm.execute()
            }
        }
        try insertPassages(features.passages, seq: seq)
        try insertMentions(analyzed.mentions, seq: seq)
        try insertDenials(analyzed.denials, seq: seq)
        return seq
    }

    private func statement(_ sql: String) throws -> RawStatement {
        RawStatement(try db.cachedStatement(sql: sql), in: db)
    }

    private func insertPassages(_ passages: [Passage], seq: Int64) throws {
        guard !passages.isEmpty else { return }
        let insertPassage = try statement(
            "INSERT INTO passages (article, ordinal, span_start, span_end, is_main) VALUES (?, ?, ?, ?, ?)")
        let insertEntity = try statement(
            "INSERT INTO passage_entities (article, passage, ordinal, name) VALUES (?, ?, ?, ?)")
        for (ordinal, passage) in passages.enumerated() {
            insertPassage.bind(1, seq)
            insertPassage.bind(2, ordinal)
            insertPassage.bind(3, passage.span.start)
            insertPassage.bind(4, passage.span.end)
            insertPassage.bind(5, passage.isMain)
            try insertPassage.execute()
            for (entityOrdinal, name) in passage.entities.enumerated() {
                insertEntity.bind(1, seq)
                insertEntity.bind(2, ordinal)
                insertEntity.bind(3, entityOrdinal)
                insertEntity.bind(4, name)
                try insertEntity.execute()
            }
        }
    }

    private func insertMentions(_ mentions: [Mention], seq: Int64) throws {
        guard !mentions.isEmpty else { return }
        let insertMention = try statement(
            """
            INSERT INTO mentions (article, ordinal, subject, measure, amount, unit, resolution, bound,
                upper_amount, upper_unit, upper_resolution, period, attribution, hedged, span_start,
                span_end, passage)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, mention) in mentions.enumerated() {
            // `ArticleRejection.check` has made sure `values` is not empty.
            let quantity = mention.quantity
            let stated = quantity.values[0]
            let upper = quantity.upper.first
            insertMention.bind(1, seq)
            insertMention.bind(2, ordinal)
            insertMention.bind(3, mention.subject)
            insertMention.bind(4, mention.measure)
            insertMention.bind(5, stated.amount)
            insertMention.bind(6, stated.unit.rawValue)
            insertMention.bind(7, stated.resolution)
            insertMention.bind(8, quantity.bound.rawValue)
            insertMention.bind(9, upper?.amount)
            insertMention.bind(10, upper?.unit.rawValue)
            insertMention.bind(11, upper?.resolution)
            insertMention.bind(12, mention.period?.rawValue)
            insertMention.bind(13, mention.attribution)
            insertMention.bind(14, mention.hedged)
            insertMention.bind(15, mention.evidence.start)
            insertMention.bind(16, mention.evidence.end)
            insertMention.bind(17, mention.passage)
            try insertMention.execute()
            if quantity.values.count > 1 || quantity.upper.count > 1 {
                try insertExtraValues(quantity, seq: seq, mention: ordinal)
            }
        }
    }

    private func insertExtraValues(_ quantity: Quantity, seq: Int64, mention: Int) throws {
        let insertValue = try statement(
            """
            INSERT INTO mention_values (article, mention, upper, ordinal, amount, unit, resolution)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (upper, values) in [(false, quantity.values), (true, quantity.upper)] {
            for (ordinal, value) in values.enumerated().dropFirst() {
                insertValue.bind(1, seq)
                insertValue.bind(2, mention)
                insertValue.bind(3, upper)
                insertValue.bind(4, ordinal)
                insertValue.bind(5, value.amount)
                insertValue.bind(6, value.unit.rawValue)
                insertValue.bind(7, value.resolution)
                try insertValue.execute()
            }
        }
    }

    private func insertDenials(_ denials: [Denial], seq: Int64) throws {
        guard !denials.isEmpty else { return }
        let insertDenial = try statement(
            """
            INSERT INTO denials (article, ordinal, party, target, subject, span_start, span_end, passage)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertTopic = try statement(
            "INSERT INTO denial_topics (article, denial, ordinal, topic) VALUES (?, ?, ?, ?)")
        for (ordinal, denial) in denials.enumerated() {
            insertDenial.bind(1, seq)
            insertDenial.bind(2, ordinal)
            insertDenial.bind(3, denial.party)
            insertDenial.bind(4, denial.target)
            insertDenial.bind(5, denial.subject)
            insertDenial.bind(6, denial.evidence.start)
            insertDenial.bind(7, denial.evidence.end)
            insertDenial.bind(8, denial.passage)
            try insertDenial.execute()
            for (topicOrdinal, topic) in denial.topics.enumerated() {
                insertTopic.bind(1, seq)
                insertTopic.bind(2, ordinal)
                insertTopic.bind(3, topicOrdinal)
                insertTopic.bind(4, topic)
                try insertTopic.execute()
            }
        }
    }
}
