import ArgumentParser

struct ExtractionBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extraction", abstract: "(not yet written)")

    @OptionGroup var options: BenchOptions

    func run() async throws {
        print("extraction: not yet written")
    }
}
