import Reports
import Wire

/// The tally of one `send`, printed at the end (and as JSON with `--format json`).
struct SendSummary: Codable, Sendable {
    struct Problem: Codable, Sendable {
        var ref: String
        var reason: String
    }

    var files = 0
    var articles = 0
    var batches = 0
    var extractors: [String] = []
    var accepted = 0
    var duplicates = 0
    var rejected: [Problem] = []
    var unacknowledged: [Problem] = []
    var inputProblems: [String] = []
    var mentions = 0
    var seconds = 0.0
    var ackLatencyP50Milliseconds = 0.0
    var ackLatencyP99Milliseconds = 0.0

    enum CodingKeys: String, CodingKey {
        case files, articles, batches, extractors, accepted, duplicates, rejected, unacknowledged
        case inputProblems = "input_problems"
        case mentions, seconds
        case ackLatencyP50Milliseconds = "ack_p50_ms"
        case ackLatencyP99Milliseconds = "ack_p99_ms"
    }

    var articlesPerSecond: Double { seconds > 0 ? Double(accepted + duplicates) / seconds : 0 }

    mutating func add(_ ack: Ack) {
        for article in ack.articles {
            mentions += article.mentionCount
            switch article.outcome {
            case .accepted: accepted += 1
            case .duplicate: duplicates += 1
            case .rejected(let reason): rejected.append(Problem(ref: article.ref, reason: reason))
            }
        }
    }

    func render(style: TerminalStyle) -> String {
        var out =
            style.apply(
                .bold,
                "sent \(articles) \(articles == 1 ? "article" : "articles") from \(files) \(files == 1 ? "input" : "inputs") in "
                    + "\(SendProgress.oneDecimal(seconds)) s (\(SendProgress.oneDecimal(articlesPerSecond)) articles/s) "
                    + "via \(extractors.count) \(extractors.count == 1 ? "extractor" : "extractors")") + "\n"
        var table = TextTable(columns: [.init("OUTCOME"), .init("ARTICLES", alignment: .right)])
        table.append([TextTable.Cell("accepted", tint: .green), TextTable.Cell(String(accepted))])
        table.append([TextTable.Cell("duplicates"), TextTable.Cell(String(duplicates))])
        table.append([
            TextTable.Cell("rejected", tint: rejected.isEmpty ? .none : .yellow),
            TextTable.Cell(String(rejected.count)),
        ])
        table.append([
            TextTable.Cell("not acknowledged", tint: unacknowledged.isEmpty ? .none : .red),
            TextTable.Cell(String(unacknowledged.count)),
        ])
        table.append([TextTable.Cell("mentions"), TextTable.Cell(String(mentions))])
        out += table.render(style: style, indent: "  ")
        if ackLatencyP50Milliseconds > 0 {
            out +=
                style.apply(
                    .dim,
                    "  ack latency p50 \(SendProgress.oneDecimal(ackLatencyP50Milliseconds)) ms, "
                        + "p99 \(SendProgress.oneDecimal(ackLatencyP99Milliseconds)) ms over \(batches) batches"
                )
                + "\n"
        }
        for problem in rejected {
            out += "  " + style.apply(.yellow, "rejected") + " \(problem.ref): \(problem.reason)\n"
        }
        // One line per reason: a dead extractor fails every article the same way.
        var reasons: [String] = []
        var refs: [String: [String]] = [:]
        for problem in unacknowledged {
            if refs[problem.reason] == nil { reasons.append(problem.reason) }
            refs[problem.reason, default: []].append(problem.ref)
        }
        for reason in reasons {
            let list = refs[reason] ?? []
            var names = list.prefix(3).joined(separator: ", ")
            if list.count > 3 { names += " and \(list.count - 3) more" }
            out += "  " + style.apply(.red, "not acknowledged") + " \(names): \(reason)\n"
        }
        return out
    }

    /// The `p`-quantile (0...1) of `values`, nearest rank; 0 when empty.
    static func quantile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
