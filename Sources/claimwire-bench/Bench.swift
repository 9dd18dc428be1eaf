import ArgumentParser

/// `claimwire-bench`: release-build benchmarks. Each writes `<out>/<name>.json`.
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimwire-bench",
        abstract: "Claimwire benchmarks: ratios against baselines run in the same process.",
        subcommands: [
            All.self, WireBench.self, ExtractionBench.self, GraphBench.self, StoreBench.self,
            EndToEndBench.self, LoadBench.self,
        ]
    )
}

/// Options every benchmark takes.
struct BenchOptions: ParsableArguments {
    @Option(help: "The evaluation corpus directory.")
    var corpus: String = "../shared/corpus"

    @Option(help: "Where the JSON figures are written.")
    var out: String = ".build/bench"

    @Flag(help: "A short run (CI): fewer iterations, smaller synthetic corpora.")
    var quick = false
}

struct All: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run every benchmark.")

    @OptionGroup var options: BenchOptions

    func run() async throws {
        var arguments = ["--corpus", options.corpus, "--out", options.out]
        if options.quick { arguments.append("--quick") }
        let wire = try WireBench.parse(arguments)
        try await wire.run()
        let extraction = try ExtractionBench.parse(arguments)
        try await extraction.run()
        let graph = try GraphBench.parse(arguments)
        try await graph.run()
        let store = try StoreBench.parse(arguments)
        try await store.run()
        let endToEnd = try EndToEndBench.parse(arguments)
        try await endToEnd.run()
    }
}
