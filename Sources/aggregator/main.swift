import ArgumentParser
import Foundation

// Parsed by hand rather than with `Aggregator.main()` so that a bad flag or a failed start
// prints one line (`aggregator: ...`) instead of the usage text, as scripts expect.
do {
    let command = try Aggregator.parseAsRoot()
    guard let aggregator = command as? Aggregator else { throw CleanExit.helpRequest(command) }
    try await aggregator.run()
    exit(0)
} catch {
    let code = Aggregator.exitCode(for: error)
    if code == .success {
        print(Aggregator.fullMessage(for: error))
        exit(0)
    }
    let message = Aggregator.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    FileHandle.standardError.write(Data("aggregator: \(message)\n".utf8))
    exit(code == .validationFailure ? code.rawValue : 1)
}
