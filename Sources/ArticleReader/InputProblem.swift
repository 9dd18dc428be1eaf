/// Something wrong with one part of an input file. The part is skipped; the rest is read.
public struct InputProblem: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, with the facts needed to fix it.
    public enum Kind: Hashable, Sendable {
        /// The line holds bytes that are not UTF-8.
        case invalidUTF8
        /// The source (`[N]`) has a title but no body.
        case emptyBody(source: Int)
        /// A `[N]` line with no title line after it.
        case missingTitle(source: Int)
        /// A bundle layout (date line or count line) without a single `[N]` source.
        case noSources
        /// The count line promises a different number of sources than the bundle holds.
        case sourceCountMismatch(declared: Int, found: Int)
        /// A JSON Lines line that is not a JSON object.
        case invalidJSON(reason: String)
        /// A JSON Lines object without a usable `text`.
        case missingField(name: String)
        /// A `published` value that is not `YYYY-MM-DD`.
        case invalidDate(value: String)
        /// The file holds no article text at all.
        case emptyInput
    }

    /// The file name (or other source label) the bytes came from.
    public var source: String
    /// 1-based line number, or nil when the problem concerns the whole input.
    public var line: Int?
    public var kind: Kind

    public init(source: String, line: Int?, kind: Kind) {
        self.source = source
        self.line = line
        self.kind = kind
    }

    /// Whether the reader skipped something (an error) or only noticed an oddity (a warning).
    public var isWarning: Bool {
        if case .sourceCountMismatch = kind { return true }
        return false
    }

    public var description: String {
        let place = line.map { "\(source):\($0)" } ?? source
        let what: String
        switch kind {
        case .invalidUTF8: what = "bytes that are not UTF-8; the article holding them is skipped"
        case .emptyBody(let n): what = "source [\(n)] has a title but an empty body; skipped"
        case .missingTitle(let n): what = "source [\(n)] has no title line; skipped"
        case .noSources: what = "bundle without any [N] source"
        case .sourceCountMismatch(let declared, let found):
            what = "count line says \(declared) sources, the bundle holds \(found)"
        case .invalidJSON(let reason): what = "line is not a JSON object (\(reason)); skipped"
        case .missingField(let name): what = "JSON object lacks a usable \"\(name)\"; skipped"
        case .invalidDate(let value): what = "\"published\" is not YYYY-MM-DD: \(value)"
        case .emptyInput: what = "no article text"
        }
        return "\(place): \(what)"
    }
}
