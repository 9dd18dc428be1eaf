import ArgumentParser
import ClaimModel
import Reports

/// `claimwire story ID`: the multi-source story page.
struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show one story's page: cited summary, competing figures, denials, sources.")

    enum PageFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, html, dot
    }

    @OptionGroup var aggregator: AggregatorOptions

    @Argument(help: "The story id (from `claimwire stories`).")
    var id: String

    @Option(help: "Output: text, json, markdown, html (one self-contained page) or dot.")
    var format: PageFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @Option(help: "Colour for text: auto (on a terminal), always, never.")
    var color: ColourChoice = .auto

    func run() async throws {
        let result = try await AggregatorSession.with(aggregator) { try await $0.query(.story(id: id)) }
        guard case .story(let slice) = result else {
            if case .notFound = result {
                throw ClientError.notFound(
                    what: "story '\(id)'", hint: "list the stories with `claimwire stories`")
            }
            throw AggregatorSession.unexpected(result, expected: "a story")
        }
        guard let story = slice.stories.first(where: { $0.id == id }) ?? slice.stories.first else {
            throw ClientError.notFound(
                what: "story '\(id)'", hint: "list the stories with `claimwire stories`")
        }
        let page = StoryPage(story: story, graph: slice)
        let text: String
        switch format {
        case .text: text = StoryPageText.render(page, style: output == nil ? color.style : .plain)
        case .json: text = try JSONOutput.encode(slice)
        case .markdown: text = StoryPageMarkdown.render(page)
        case .html: text = StoryPageHTML.render(page)
        case .dot: text = GraphDot.render(slice)
        }
        try Output.write(text, to: output)
    }
}
