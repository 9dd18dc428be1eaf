import ArgumentParser

struct GraphBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graph", abstract: "(not yet written)")

    @OptionGroup var options: BenchOptions

    func run() async throws {
        print("graph: not yet written")
    }
}
