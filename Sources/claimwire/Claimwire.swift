import ArgumentParser
import Foundation

/// The one tool a Claimwire user holds: send articles, ask the aggregator, analyze files in-process.
@main
struct Claimwire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimwire",
        abstract: "Send news articles to Claimwire and query the claim graph.",
        discussion: """
            Services: extractors take articles (default 127.0.0.1:7600, env CLAIMWIRE_EXTRACTOR), \
            the aggregator answers queries (default 127.0.0.1:7700, env CLAIMWIRE_AGGREGATOR). \
            Every query takes --format json for scripts.
            """,
        subcommands: [
            SendCommand.self, StoriesCommand.self, StoryCommand.self, ClaimsCommand.self, ClaimCommand.self,
            ConflictsCommand.self, StatsCommand.self, PingCommand.self, ExportCommand.self,
            AnalyzeCommand.self,
        ]
    )

    /// Like ArgumentParser's own `main`, but every failure is one line on stderr
    /// (`claimwire: cannot reach aggregator at …`) with a non-zero status; usage is printed
    /// only when asked for.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let failure as ClientError {
            FileHandle.standardError.write(Data("claimwire: \(failure)\n".utf8))
            Foundation.exit(failure.exitStatus)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                return
            }
            let text = message(for: error)
            if !text.isEmpty { FileHandle.standardError.write(Data("claimwire: \(text)\n".utf8)) }
            Foundation.exit(code.rawValue)
        }
    }
}
