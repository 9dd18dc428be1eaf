/// What linking examined, summed over every insert: the benchmark reports it per mention, so
/// a count that grows with the graph shows before its cost does.
package struct LinkCounts: Sendable, Equatable {
    /// Value index keys looked up, and the entries walked under them.
    package var valueLookups = 0
    package var valueVisits = 0
    /// Earlier mentions held to `mentionsAgree`.
    package var agreeTests = 0
    /// Mentions the precise-figure rule applies to.
    package var figures = 0
    /// Figure index keys looked up (a name, a cell and a span each).
    package var figureLookups = 0
    /// Articles of the story window naming a figure's subject that were visited, and mentions
    /// of theirs read past the cell bits.
    package var namingArticles = 0
    package var namingMentions = 0
    /// Earlier figures held to `sameFigure`, and those it joined.
    package var figureTests = 0
    package var figureMatches = 0

    package init() {}
}
