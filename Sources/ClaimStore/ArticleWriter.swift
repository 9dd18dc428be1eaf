import ClaimModel
import GRDB

/// Writes articles as rows inside a transaction the caller opened. Statements are prepared once
/// per connection (GRDB's statement cache) so a large batch costs only binds and steps.
struct ArticleWriter {
    let db: Database

    /// Inserts `article` unless its id is already stored. Returns false for a duplicate.
    func insert(_ analyzed: AnalyzedArticle) throws -> Bool {
        let article = analyzed.article
        let features = analyzed.features
        let insertArticle = try db.cachedStatement(
            sql: """
                INSERT INTO articles (id, ref, outlet, title, url, published, text_hash, simhash,
                    mention_count, denial_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING
                """)
        insertArticle.setUncheckedArguments([
            analyzed.id.rawValue, article.ref, article.outlet, article.title, article.url,
            article.published?.iso, features.textHash, Int64(bitPattern: features.simhash),
            analyzed.mentions.count, analyzed.denials.count,
        ])
        try insertArticle.execute()
        guard db.changesCount == 1 else { return false }
        let seq = db.lastInsertedRowID

        let insertText = try db.cachedStatement(
            sql: "INSERT INTO article_texts (article, text) VALUES (?, ?)")
        insertText.setUncheckedArguments([seq, article.text])
        try insertText.execute()

        let insertEntity = try db.cachedStatement(
            sql: "INSERT INTO article_entities (article, ordinal, name, count) VALUES (?, ?, ?, ?)")
        for (ordinal, entity) in features.entities.enumerated() {
            insertEntity.setUncheckedArguments([seq, ordinal, entity.name, entity.count])
            try insertEntity.execute()
        }
        let insertTerm = try db.cachedStatement(
            sql: "INSERT INTO article_terms (article, ordinal, term) VALUES (?, ?, ?)")
        for (ordinal, term) in features.keyTerms.enumerated() {
            insertTerm.setUncheckedArguments([seq, ordinal, term])
            try insertTerm.execute()
        }
        try insertPassages(features.passages, seq: seq)
        try insertMentions(analyzed.mentions, seq: seq)
        try insertDenials(analyzed.denials, seq: seq)
        return true
    }

    private func insertPassages(_ passages: [Passage], seq: Int64) throws {
        guard !passages.isEmpty else { return }
        let insertPassage = try db.cachedStatement(
            sql: """
                INSERT INTO passages (article, ordinal, span_start, span_end, is_main)
                VALUES (?, ?, ?, ?, ?)
                """)
        let insertEntity = try db.cachedStatement(
            sql: "INSERT INTO passage_entities (article, passage, ordinal, name) VALUES (?, ?, ?, ?)")
        for (ordinal, passage) in passages.enumerated() {
            insertPassage.setUncheckedArguments([
                seq, ordinal, passage.span.start, passage.span.end, passage.isMain,
            ])
            try insertPassage.execute()
            for (entityOrdinal, name) in passage.entities.enumerated() {
                insertEntity.setUncheckedArguments([seq, ordinal, entityOrdinal, name])
                try insertEntity.execute()
            }
        }
    }

    private func insertMentions(_ mentions: [Mention], seq: Int64) throws {
        guard !mentions.isEmpty else { return }
        let insertMention = try db.cachedStatement(
            sql: """
                INSERT INTO mentions (article, ordinal, subject, measure, bound, period, attribution,
                    hedged, span_start, span_end, passage)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertValue = try db.cachedStatement(
            sql: """
                INSERT INTO mention_values (article, mention, upper, ordinal, amount, unit, resolution)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for (ordinal, mention) in mentions.enumerated() {
            insertMention.setUncheckedArguments([
                seq, ordinal, mention.subject, mention.measure, mention.quantity.bound.rawValue,
                mention.period?.rawValue, mention.attribution, mention.hedged,
                mention.evidence.start, mention.evidence.end, mention.passage,
            ])
            try insertMention.execute()
            for (upper, values) in [(false, mention.quantity.values), (true, mention.quantity.upper)] {
                for (valueOrdinal, value) in values.enumerated() {
                    insertValue.setUncheckedArguments([
                        seq, ordinal, upper, valueOrdinal, value.amount, value.unit.rawValue,
                        value.resolution,
                    ])
                    try insertValue.execute()
                }
            }
        }
    }

    private func insertDenials(_ denials: [Denial], seq: Int64) throws {
        guard !denials.isEmpty else { return }
        let insertDenial = try db.cachedStatement(
            sql: """
                INSERT INTO denials (article, ordinal, party, target, subject, span_start, span_end, passage)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertTopic = try db.cachedStatement(
            sql: "INSERT INTO denial_topics (article, denial, ordinal, topic) VALUES (?, ?, ?, ?)")
        for (ordinal, denial) in denials.enumerated() {
            insertDenial.setUncheckedArguments([
                seq, ordinal, denial.party, denial.target, denial.subject,
                denial.evidence.start, denial.evidence.end, denial.passage,
            ])
            try insertDenial.execute()
            for (topicOrdinal, topic) in denial.topics.enumerated() {
                insertTopic.setUncheckedArguments([seq, ordinal, topicOrdinal, topic])
                try insertTopic.execute()
            }
        }
    }
}
