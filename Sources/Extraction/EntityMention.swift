/// A name or a reference to one in a sentence: a candidate subject of the figures near it.
struct EntityMention {
    enum Kind {
        /// A proper name (`ByteDance Ltd.`, `Uli Hoeness`), cleaned of suffixes and roles.
        case name(String)
        /// `the company`, `the TikTok owner`, `it`, `its`.
        case organisationReference
        /// `he`, `she`, `the CEO`.
        case personReference
        /// `the city`, `the country`: the place the passage is about.
        case placeReference
    }

    var kind: Kind
    /// Token indices, half-open.
    var tokens: Range<Int>
    var possessive: Bool
    /// A role word names a person (`President Donald Trump`, `chairman Daniel Levy`).
    var isPerson: Bool
    /// Preceded by a preposition (`in China`, `from Nvidia`): an adjunct, not the clause subject.
    var prepositional: Bool
    /// Followed by `said`, `told`, `reported`...: the speaker, not the subject, of what follows.
    var speaks: Bool
    /// Introduced by `according to`, `citing`, `per`, or `by` after a report noun.
    var cited: Bool
    /// Publishes what follows: `X reported`, `X wrote`, `X said in a report` (not `X reported revenue`).
    var reports = false
    /// Passive agent after the figure: `bought by Microsoft`.
    var agent: Bool
    /// An acronym defined right after the name: `International Organization for Migration (IOM)`.
    var definedAcronym: String?
    /// Describes the name after it (`TikTok owner ByteDance`): not a subject itself.
    var modifier = false
    /// `TikTok's parent`: stands for the owner of the name, not the name.
    var relation = false
    /// Named right after a possessive (`ByteDance's H20 orders`): the owner is the subject.
    var owned = false
    /// A currency moving in the markets (`the Canadian dollar weakened`): the subject of its own
    /// figures, never carried to the next sentence as the organisation written about.
    var currency = false
    /// Followed by `shares` or `stock` (`Eli Lilly shares jumped`): a listed company's name, never
    /// a person's.
    var traded = false

    var name: String? {
        if case .name(let n) = kind { return n }
        return nil
    }
}
