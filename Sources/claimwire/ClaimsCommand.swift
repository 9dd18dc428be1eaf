import ArgumentParser
import ClaimModel
import Reports

/// `claimwire claims`: canonical claims, filtered.
struct ClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims", abstract: "List canonical claims, most supported first.")

    @OptionGroup var aggregator: AggregatorOptions
    @OptionGroup var display: DisplayOptions

    @Option(help: "Only claims about this entity (case-insensitive).")
    var entity: String?

    @Option(help: "Only claims of this story.")
    var story: String?

    @Option(help: "Only claims with this status: corroborated, single-source, contested, denied.")
    var status: ClaimStatus?

    @Option(help: "Only claims stated by at least this many sources.")
    var minSources = 0

    @Option(help: "Show at most this many (0: all).")
    var limit = 0

    func run() async throws {
        let filter = ClaimFilter(
            entity: entity, story: story, status: status, minSources: minSources, limit: limit)
        let result = try await AggregatorSession.with(aggregator) { try await $0.query(.claims(filter)) }
        guard case .claims(let claims) = result else {
            throw AggregatorSession.unexpected(result, expected: "claims")
        }
        switch display.format {
        case .json: Output.write(try JSONOutput.encode(claims))
        case .table: Output.write(TableReport.claims(claims, style: display.color.style))
        }
    }
}

extension ClaimStatus: ExpressibleByArgument {}
