import ArgumentParser
import Reports

/// `claimwire stories`: the story list, most recent first.
struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories", abstract: "List the stories, most recent first.")

    @OptionGroup var aggregator: AggregatorOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: "Show at most this many (0: all).")
    var limit = 0

    func run() async throws {
        let result = try await AggregatorSession.with(aggregator) {
            try await $0.query(.stories(limit: limit))
        }
        guard case .stories(let stories) = result else {
            throw AggregatorSession.unexpected(result, expected: "a story list")
        }
        switch display.format {
        case .json: Output.write(try JSONOutput.encode(stories))
        case .table: Output.write(TableReport.stories(stories, style: display.color.style))
        }
    }
}
