import ClaimModel

/// What the reader got out of one input: the articles it could read and precise problems for
/// the parts it skipped.
public struct ReadResult: Sendable {
    public var articles: [Article]
    public var problems: [InputProblem]
    /// The layout that was read (given or detected).
    public var format: InputFormat

    public init(articles: [Article], problems: [InputProblem], format: InputFormat) {
        self.articles = articles
        self.problems = problems
        self.format = format
    }
}
