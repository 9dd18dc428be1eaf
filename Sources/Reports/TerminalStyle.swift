/// A colour or weight a renderer asks for; the style decides whether it shows.
public enum Tint: Sendable, Hashable {
    case none, bold, dim, red, green, yellow, cyan, magenta
}

/// Whether human output carries ANSI colour. Callers turn colour on only for a terminal
/// (and never when `NO_COLOR` is set); renderers take the style and never look at the
/// environment themselves.
public struct TerminalStyle: Sendable, Hashable {
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public static let plain = TerminalStyle(colour: false)
    public static let coloured = TerminalStyle(colour: true)

    /// `text` wrapped in the escape codes for `tint`, or unchanged without colour.
    public func apply(_ tint: Tint, _ text: String) -> String {
        guard colour, !text.isEmpty else { return text }
        let code: String
        switch tint {
        case .none: return text
        case .bold: code = "1"
        case .dim: code = "2"
        case .red: code = "31"
        case .green: code = "32"
        case .yellow: code = "33"
        case .cyan: code = "36"
        case .magenta: code = "35"
        }
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
    }

}
