import ArgumentParser

struct WireBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "wire", abstract: "(not yet written)")

    @OptionGroup var options: BenchOptions

    func run() async throws {
        print("wire: not yet written")
    }
}
