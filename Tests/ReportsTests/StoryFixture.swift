import ClaimModel
import Reports

/// A small story built by hand: four articles from three outlets (one a syndicated copy),
/// two competing spending figures, a denial of one of them, and a corroborated side figure.
enum StoryFixture {
    static let day = Day(year: 2025, month: 3, day: 11)!
    static let later = Day(year: 2025, month: 3, day: 12)!

    static let herald = ArticleID("a1")
    static let wire = ArticleID("a2")
    static let copy = ArticleID("a3")
    static let ledger = ArticleID("a4")

    static let articles = [
        ArticleRecord(
            id: herald, ref: "plant.txt#1", outlet: "Coastal Herald", title: "Osprey to build €4.2bn plant",
            url: "https://example.org/osprey", published: day, story: "s1", duplicateOf: nil),
        ArticleRecord(
            id: wire, ref: "plant.txt#2", outlet: "Southern Wire", title: "Osprey eyes plant <worth> more",
            published: day, story: "s1", duplicateOf: nil),
        ArticleRecord(
            id: copy, ref: "plant.txt#3", outlet: "Metro Ledger", title: "Osprey eyes plant <worth> more",
            published: day, story: "s1", duplicateOf: wire),
        ArticleRecord(
            id: ledger, ref: "plant.txt#4", outlet: "Metro Ledger", title: "Osprey denies plant report",
            published: later, story: "s1", duplicateOf: nil),
    ]

    static let big = ClaimRecord(
        id: "c1", story: "s1", subject: "Osprey", measure: "plant investment",
        values: [Value(amount: 4.2e9, unit: "EUR", resolution: 1e8), Value(amount: 4.6e9, unit: "USD")],
        bound: .approx, period: Period("2025"), sources: [herald, ledger], origins: 2,
        attributions: ["three people familiar with the project"], hedged: true, status: .denied,
        evidence: [EvidenceRef(article: herald, start: 0, end: 120)])

    static let small = ClaimRecord(
        id: "c2", story: "s1", subject: "Osprey", measure: "plant investment",
        values: [Value(amount: 3.5e9, unit: "EUR", resolution: 1e8)], bound: .exact, period: Period("2025"),
        sources: [wire, copy], origins: 1, attributions: ["the company"], status: .contested,
        evidence: [EvidenceRef(article: wire, start: 10, end: 90)])

    static let revenue = ClaimRecord(
        id: "c3", story: "s1", subject: "Osprey", measure: "revenue",
        values: [Value(amount: 3.1e9, unit: "EUR", resolution: 1e8)], bound: .exact, period: Period("2024"),
        sources: [herald, wire, copy, ledger], origins: 3, attributions: [], status: .corroborated,
        evidence: [])

    static let graph = GraphExport(
        articles: articles,
        stories: [
            StoryRecord(
                id: "s1", title: "Osprey & the €4.2bn plant", articles: [herald, wire, copy, ledger],
                related: ["s2"])
        ],
        claims: [big, small, revenue],
        conflicts: [ConflictRecord(claims: ["c1", "c2"], kind: .divergentFigures)],
        denials: [DenialRecord(by: "Osprey", claims: ["c1"], sources: [ledger], target: "Coastal Herald")])

    static var page: StoryPage { StoryPage(story: graph.stories[0], graph: graph) }
}
