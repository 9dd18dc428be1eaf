/// What one sentence of one article asserts about a figure.
public struct Mention: Hashable, Sendable, Codable {
    /// The canonical entity the figure is about (`ByteDance`, not `the TikTok owner`).
    public var subject: String
    /// What is quantified, as a short normalised phrase (`capital expenditure`).
    public var measure: String
    public var quantity: Quantity
    /// What time the figure is about; nil when the text does not say.
    public var period: Period?
    /// Who says so (`two people briefed on the matter`, `Financial Times`); nil when unstated.
    public var attribution: String?
    /// The sentence says reportedly / plans / may / is said to.
    public var hedged: Bool
    /// The sentence that states it.
    public var evidence: TextSpan
    /// Index into the article's `ArticleFeatures.passages`.
    public var passage: Int

    public init(
        subject: String, measure: String, quantity: Quantity, period: Period? = nil,
        attribution: String? = nil, hedged: Bool = false, evidence: TextSpan, passage: Int = 0
    ) {
        self.subject = subject
        self.measure = measure
        self.quantity = quantity
        self.period = period
        self.attribution = attribution
        self.hedged = hedged
        self.evidence = evidence
        self.passage = passage
    }
}

/// A party disputing something an article reports
/// (`the anonymously sourced information about our plan is incorrect`).
public struct Denial: Hashable, Sendable, Codable {
    /// Who denies (`ByteDance`, `Libyan Red Crescent`), canonical like a mention's subject.
    public var party: String
    /// The report or outlet disputed, when the sentence names one (`Financial Times`).
    public var target: String?
    /// The entity whose figures are disputed, when the sentence says (often the party itself).
    public var subject: String?
    /// Key words of what is disputed (`chips`, `capital expenditure`), lower-case; may be empty.
    public var topics: [String]
    public var evidence: TextSpan
    /// Index into the article's `ArticleFeatures.passages`.
    public var passage: Int

    public init(
        party: String, target: String? = nil, subject: String? = nil, topics: [String] = [],
        evidence: TextSpan, passage: Int = 0
    ) {
        self.party = party
        self.target = target
        self.subject = subject
        self.topics = topics
        self.evidence = evidence
        self.passage = passage
    }
}
