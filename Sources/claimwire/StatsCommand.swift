import ArgumentParser
import Reports

/// `claimwire stats`: counts over the whole graph.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count articles, copies, mentions, claims, stories, conflicts, denials.")

    @OptionGroup var aggregator: AggregatorOptions
    @OptionGroup var display: DisplayOptions

    func run() async throws {
        let result = try await AggregatorSession.with(aggregator) { try await $0.query(.stats) }
        guard case .stats(let stats) = result else {
            throw AggregatorSession.unexpected(result, expected: "stats")
        }
        switch display.format {
        case .json: Output.write(try JSONOutput.encode(stats))
        case .table: Output.write(TableReport.stats(stats, style: display.color.style))
        }
    }
}
