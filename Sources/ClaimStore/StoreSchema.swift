import GRDB

/// The tables, as a person reading the file with `sqlite3` sees them. One row per article,
/// mention, value, denial, passage; child rows keyed by the article's arrival number `seq`
/// and their position, so a rebuild reads every table once in key order and zips them.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1.1-articles-mentions-denials") { db in
            try db.execute(sql: v1)
        }
        return migrator
    }

    private static let v1 = """
        CREATE TABLE articles (
            seq           INTEGER PRIMARY KEY,  -- arrival order; a rebuild replays in this order
            id            TEXT NOT NULL UNIQUE, -- content hash of outlet and normalised text
            ref           TEXT NOT NULL,        -- the sender's reference
            outlet        TEXT,
            title         TEXT NOT NULL,
            url           TEXT,
            published     TEXT,                 -- YYYY-MM-DD
            text_hash     TEXT NOT NULL,        -- hash of the normalised text alone
            simhash       INTEGER NOT NULL,     -- 64-bit SimHash, stored as its signed bit pattern
            mention_count INTEGER NOT NULL,
            denial_count  INTEGER NOT NULL
        );
        CREATE TABLE article_texts (
            article INTEGER PRIMARY KEY REFERENCES articles(seq),
            text    TEXT NOT NULL               -- as sent; evidence spans are UTF-8 byte offsets
        );
        CREATE TABLE article_entities (
            article INTEGER NOT NULL REFERENCES articles(seq),
            ordinal INTEGER NOT NULL,
            name    TEXT NOT NULL,
            count   INTEGER NOT NULL,
            PRIMARY KEY (article, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE article_terms (
            article INTEGER NOT NULL REFERENCES articles(seq),
            ordinal INTEGER NOT NULL,
            term    TEXT NOT NULL,
            PRIMARY KEY (article, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE passages (
            article    INTEGER NOT NULL REFERENCES articles(seq),
            ordinal    INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end   INTEGER NOT NULL,
            is_main    INTEGER NOT NULL,        -- 1 when about the article's own story
            PRIMARY KEY (article, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE passage_entities (
            article INTEGER NOT NULL REFERENCES articles(seq),
            passage INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            name    TEXT NOT NULL,
            PRIMARY KEY (article, passage, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE mentions (
            article          INTEGER NOT NULL REFERENCES articles(seq),
            ordinal          INTEGER NOT NULL,
            subject          TEXT NOT NULL,
            measure          TEXT NOT NULL,
            amount           REAL NOT NULL,     -- the stated value, in whole units: 150e9 CNY
            unit             TEXT NOT NULL,     -- ISO 4217 code, or count, users, percent, ...
            resolution       REAL NOT NULL,     -- place value of the last stated digit
            bound            TEXT NOT NULL,     -- exact, approx, at-least, at-most, range
            upper_amount     REAL,              -- a range's high end (first upper value)
            upper_unit       TEXT,
            upper_resolution REAL,
            period           TEXT,              -- 2025, FY2025, 2024-Q4, 2024-12, ...
            attribution      TEXT,
            hedged           INTEGER NOT NULL,
            span_start       INTEGER NOT NULL,
            span_end         INTEGER NOT NULL,
            passage          INTEGER NOT NULL,
            PRIMARY KEY (article, ordinal)
        ) WITHOUT ROWID;
        -- The stated equivalents (`150 billion yuan ($20.64 billion)`: the USD value) and any
        -- further upper values; the first value and first upper value live in `mentions`.
        CREATE TABLE mention_values (
            article    INTEGER NOT NULL REFERENCES articles(seq),
            mention    INTEGER NOT NULL,
            upper      INTEGER NOT NULL,        -- 0: an equivalent of the value; 1: of the high end
            ordinal    INTEGER NOT NULL,        -- position in its list; 0 is the one in `mentions`
            amount     REAL NOT NULL,
            unit       TEXT NOT NULL,
            resolution REAL NOT NULL,
            PRIMARY KEY (article, mention, upper, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE denials (
            article    INTEGER NOT NULL REFERENCES articles(seq),
            ordinal    INTEGER NOT NULL,
            party      TEXT NOT NULL,
            target     TEXT,
            subject    TEXT,
            span_start INTEGER NOT NULL,
            span_end   INTEGER NOT NULL,
            passage    INTEGER NOT NULL,
            PRIMARY KEY (article, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE denial_topics (
            article INTEGER NOT NULL REFERENCES articles(seq),
            denial  INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            topic   TEXT NOT NULL,
            PRIMARY KEY (article, denial, ordinal)
        ) WITHOUT ROWID;
        -- For people: one line per mention with its stated value.
        CREATE VIEW mention_list AS
            SELECT a.id AS article, a.outlet, a.published, m.subject, m.measure, m.bound,
                   m.amount, m.unit, m.upper_amount, m.period, m.attribution, m.hedged
            FROM mentions m JOIN articles a ON a.seq = m.article;
        """
}
