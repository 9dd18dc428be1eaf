import ArgumentParser
import Reports

/// `claimwire conflicts`: competing figures side by side.
struct ConflictsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts", abstract: "Show competing figures side by side, with who reports each.")

    @OptionGroup var aggregator: AggregatorOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: "Only this story's conflicts.")
    var story: String?

    func run() async throws {
        let result = try await AggregatorSession.with(aggregator) {
            try await $0.query(.conflicts(story: story))
        }
        guard case .conflicts(let graph) = result else {
            throw AggregatorSession.unexpected(result, expected: "conflicts")
        }
        switch display.format {
        case .json: Output.write(try JSONOutput.encode(graph))
        case .table: Output.write(TableReport.conflicts(graph, style: display.color.style))
        }
    }
}
