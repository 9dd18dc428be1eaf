import ClaimModel
import Foundation

/// Articles of our own for the store tests: varied enough that every column and child table
/// holds something, including a range with an upper value, equivalents, and a denial.
enum StoreFixtures {
    static func article(_ index: Int, outlet: String? = "Example Wire") -> AnalyzedArticle {
        let first = "Acme Corp plans to spend about $\(index + 10) billion on data centres in 2025."
        let second = " Its rival said the figure was wrong, and estimated 60-65 per cent growth."
        let text = first + second
        let firstEnd = first.utf8.count
        let total = text.utf8.count
        let mentions = [
            Mention(
                subject: "Acme Corp", measure: "data centre spending",
                quantity: Quantity(
                    values: [
                        Value(amount: Double(index + 10) * 1e9, unit: .usd, resolution: 1e9),
                        Value(amount: Double(index + 10) * 7.2e9, unit: "CNY", resolution: 1e8),
                    ],
                    bound: .approx),
                period: .year(2025), attribution: nil, hedged: true,
                evidence: TextSpan(start: 0, end: firstEnd), passage: 0),
            Mention(
                subject: "Acme Corp", measure: "growth",
                quantity: Quantity(
                    values: [Value(amount: 60, unit: .percent, resolution: 1)], bound: .range,
                    upper: [Value(amount: 65, unit: .percent, resolution: 1)]),
                period: nil, attribution: "its rival", hedged: false,
                evidence: TextSpan(start: firstEnd + 1, end: total), passage: 1),
        ]
        let denial = Denial(
            party: "Rival Inc", target: "Example Wire", subject: "Acme Corp", topics: ["spending", "growth"],
            evidence: TextSpan(start: firstEnd + 1, end: total), passage: 1)
        let features = ArticleFeatures(
            textHash: String(repeating: "ab", count: 32), simhash: UInt64.max - UInt64(index),
            entities: [EntityCount(name: "Acme Corp", count: 2), EntityCount(name: "Rival Inc", count: 1)],
            keyTerms: ["data", "centres", "spend"],
            passages: [
                Passage(span: TextSpan(start: 0, end: firstEnd), isMain: true, entities: ["Acme Corp"]),
                Passage(span: TextSpan(start: firstEnd, end: total), isMain: false, entities: []),
            ])
        return AnalyzedArticle(
            id: ArticleID("article-\(index)-\(outlet ?? "none")"),
            article: Article(
                ref: "fixture#\(index)", outlet: outlet, title: "Acme spends \(index)",
                url: index.isMultiple(of: 2) ? "https://example.org/\(index)" : nil,
                published: Day(year: 2025, month: 1, day: 1 + index % 28), text: text),
            mentions: mentions, denials: index.isMultiple(of: 3) ? [denial] : [], features: features)
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimstore-tests-\(UUID().uuidString)")
        return url.path
    }
}
