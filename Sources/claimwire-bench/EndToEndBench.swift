import ArgumentParser

struct EndToEndBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "e2e", abstract: "(not yet written)")

    @OptionGroup var options: BenchOptions

    func run() async throws {
        print("e2e: not yet written")
    }
}
