import ArgumentParser

/// `claimwire analyze FILES...`: extraction and the graph in-process, no servers.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Run extraction and the claim graph on files in-process, without servers."
    )

    @Argument(help: "Bundles, plain text or JSON Lines files.")
    var files: [String] = []

    func run() async throws {
        throw ValidationError("analyze is not implemented yet")
    }
}
