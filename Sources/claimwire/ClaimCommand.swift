import ArgumentParser
import Reports

/// `claimwire claim ID`: one claim with the sentences that state it.
struct ClaimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim", abstract: "Show one claim with its evidence sentences, outlets and dates.")

    @OptionGroup var aggregator: AggregatorOptions
    @OptionGroup var display: DisplayOptions

    @Argument(help: "The claim id (from `claimwire claims`).")
    var id: String

    func run() async throws {
        let result = try await AggregatorSession.with(aggregator) { try await $0.query(.claim(id: id)) }
        guard case .claim(let evidence) = result else {
            if case .notFound = result {
                throw ClientError.notFound(
                    what: "claim '\(id)'", hint: "list the claims with `claimwire claims`")
            }
            throw AggregatorSession.unexpected(result, expected: "a claim")
        }
        switch display.format {
        case .json: Output.write(try JSONOutput.encode(evidence))
        case .table: Output.write(TableReport.claim(evidence, style: display.color.style))
        }
    }
}
