/// The input layouts the reader understands.
public enum InputFormat: String, Sendable, CaseIterable {
    /// A multi-source story page: boilerplate, date line, `N Sources`, `[N]` title and body, trailer.
    case bundle
    /// One article: the first non-empty line is the title, the rest the body.
    case text
    /// One JSON object per line with `ref`/`id`, `url`, `outlet`, `title`, `published`, `text`.
    case jsonLines

    /// Guesses the layout from the bytes: a JSON object on the first non-empty line means JSON
    /// Lines; a `[1]` line together with an `N Sources` line means a bundle; anything else is text.
    public static func detect(_ bytes: [UInt8]) -> InputFormat {
        var index = 0
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                || bytes[index] == 0x09 || bytes[index] == 0xEF || bytes[index] == 0xBB
                || bytes[index] == 0xBF
        {
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "{") { return .jsonLines }
        var sawSourceMarker = false
        var sawCountLine = false
        for line in TextLines.split(bytes) {
            guard let text = line.text else { continue }
            let trimmed = text.trimmingBlanks()
            if BundleParser.sourceNumber(trimmed) != nil { sawSourceMarker = true }
            if BundleParser.sourceCount(trimmed) != nil { sawCountLine = true }
            if sawSourceMarker && sawCountLine { return .bundle }
        }
        return .text
    }
}
