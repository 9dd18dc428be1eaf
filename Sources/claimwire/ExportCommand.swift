import ArgumentParser
import ClaimModel
import Reports

/// `claimwire export`: the whole graph, for the scorer (json) or for people.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole graph: json (the evaluation's export format), markdown, html or dot.")

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case json, markdown, html, dot
    }

    @OptionGroup var aggregator: AggregatorOptions

    @Option(help: "json (read by ../shared/eval/score.py), markdown, html (one page) or dot.")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    func run() async throws {
        let result = try await AggregatorSession.with(aggregator) { try await $0.query(.export) }
        guard case .export(let graph) = result else {
            throw AggregatorSession.unexpected(result, expected: "the export")
        }
        let text: String
        switch format {
        case .json: text = try JSONOutput.encode(graph)
        case .markdown: text = StoryPageMarkdown.render(pages: StoryPage.pages(from: graph))
        case .html: text = StoryPageHTML.render(pages: StoryPage.pages(from: graph))
        case .dot: text = GraphDot.render(graph)
        }
        try Output.write(text, to: output)
    }
}
