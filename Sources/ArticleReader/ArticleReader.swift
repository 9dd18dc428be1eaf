import ClaimModel

/// Turns the bytes of an input file into articles, reporting precisely what it had to skip.
///
/// Pure: bytes and a file name in, articles and problems out; no I/O. Each malformed part
/// (a line that is not UTF-8, a source without title or body, a JSON line that does not parse)
/// is reported with file and line and skipped alone; the rest of the input is still read.
public enum ArticleReader {
    /// Reads one input.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - source: the file name; bundle refs are `<source>#<N>`, a text article's ref is `source`.
    ///   - format: the layout, or nil to detect it (`InputFormat.detect`).
    ///   - today: the reference day for a bundle date line without a year.
    ///   - year: overrides the year of a bundle's date line.
    public static func read(
        _ bytes: [UInt8], source: String, format: InputFormat? = nil, today: Day, year: Int? = nil
    ) -> ReadResult {
        let format = format ?? InputFormat.detect(bytes)
        let lines = TextLines.split(bytes)
        switch format {
        case .bundle:
            return BundleParser.read(lines, source: source, today: today, year: year)
        case .jsonLines:
            return JSONLinesParser.read(lines, source: source)
        case .text:
            return readText(lines, source: source)
        }
    }

    private static func readText(_ lines: [TextLine], source: String) -> ReadResult {
        if let bad = lines.first(where: { $0.text == nil }) {
            return ReadResult(
                articles: [], problems: [InputProblem(source: source, line: bad.number, kind: .invalidUTF8)],
                format: .text)
        }
        var index = 0
        while index < lines.count, lines[index].text?.trimmingBlanks().isEmpty != false { index += 1 }
        guard index < lines.count, let title = lines[index].text?.trimmingBlanks() else {
            return ReadResult(
                articles: [], problems: [InputProblem(source: source, line: nil, kind: .emptyInput)],
                format: .text)
        }
        let titleLine = lines[index].number
        var body = lines[(index + 1)...].compactMap(\.text)
        while let first = body.first, first.trimmingBlanks().isEmpty { body.removeFirst() }
        while let last = body.last, last.trimmingBlanks().isEmpty { body.removeLast() }
        guard !body.isEmpty else {
            return ReadResult(
                articles: [],
                problems: [InputProblem(source: source, line: titleLine, kind: .emptyBody(source: 1))],
                format: .text)
        }
        let split = OutletTail.split(title: title)
        let text = body.joined(separator: "\n")
        let article = Article(
            ref: source, outlet: split.outlet ?? OutletTail.dateline(body: text), title: split.title,
            text: text)
        return ReadResult(articles: [article], problems: [], format: .text)
    }
}
