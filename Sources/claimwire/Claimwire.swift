import ArgumentParser

/// The one tool a Claimwire user holds: send articles, ask the aggregator, analyze files in-process.
@main
struct Claimwire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimwire",
        abstract: "Send news articles to Claimwire and query the claim graph.",
        subcommands: [
            AnalyzeCommand.self
        ]
    )
}
