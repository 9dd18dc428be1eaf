import ClaimModel

/// Reads the multi-source page layout of `GOLD-FORMAT.md`.
enum BundleParser {
    /// `[N]` on a line of its own.
    static func sourceNumber(_ line: String) -> Int? {
        guard line.hasPrefix("["), line.hasSuffix("]"), line.count >= 3, line.count <= 6 else { return nil }
        return Int(line.dropFirst().dropLast())
    }

    /// `10 Sources` / `1 Source` on a line of its own.
    static func sourceCount(_ line: String) -> Int? {
        let parts = line.split(separator: " ")
        guard parts.count == 2, parts[1] == "Sources" || parts[1] == "Source" else { return nil }
        return Int(parts[0])
    }

    /// Lines that open the trailer after the last source.
    static let trailerMarkers: Set<String> = ["Share", "Copy Link", "Reference", "References"]

    static func read(_ lines: [TextLine], source: String, today: Day, year: Int?) -> ReadResult {
        var problems: [InputProblem] = []
        var articles: [Article] = []
        var published: Day?
        var declared: Int?
        var index = 0

        // Header: boilerplate, the date line and the count line, up to the first `[1]`.
        while index < lines.count {
            let line = lines[index]
            guard let text = line.text?.trimmingBlanks() else {
                problems.append(InputProblem(source: source, line: line.number, kind: .invalidUTF8))
                index += 1
                continue
            }
            if sourceNumber(text) != nil { break }
            if published == nil, let day = DateLine.resolve(text, today: today, year: year) {
                published = day
            }
            if let count = sourceCount(text) { declared = count }
            index += 1
        }
        if index >= lines.count {
            problems.append(InputProblem(source: source, line: nil, kind: .noSources))
            return ReadResult(articles: [], problems: problems, format: .bundle)
        }

        var expected = 1
        var found = 0
        while index < lines.count {
            guard let marker = lines[index].text?.trimmingBlanks(), let number = sourceNumber(marker),
                number == expected || (expected == 1 && number >= 1)
            else { break }
            let markerLine = lines[index].number
            index += 1
            expected = number + 1
            found += 1
            // Title: the next non-empty line, unless it is already the next source or the trailer.
            while index < lines.count, lines[index].text?.trimmingBlanks().isEmpty == true { index += 1 }
            guard index < lines.count, let rawTitle = lines[index].text,
                sourceNumber(rawTitle.trimmingBlanks()) == nil,
                !trailerMarkers.contains(rawTitle.trimmingBlanks())
            else {
                if index < lines.count, lines[index].text == nil {
                    problems.append(
                        InputProblem(source: source, line: lines[index].number, kind: .invalidUTF8))
                    index += 1
                    skipBody(lines, &index, next: expected)
                } else {
                    problems.append(
                        InputProblem(source: source, line: markerLine, kind: .missingTitle(source: number)))
                }
                continue
            }
            let titleLine = lines[index].number
            index += 1
            var body: [String] = []
            var badLine: Int?
            while index < lines.count {
                let line = lines[index]
                guard let text = line.text else {
                    if badLine == nil { badLine = line.number }
                    index += 1
                    continue
                }
                let trimmed = text.trimmingBlanks()
                if let n = sourceNumber(trimmed), n == expected { break }
                if trailerMarkers.contains(trimmed) { break }
                body.append(text)
                index += 1
            }
            if let badLine {
                problems.append(InputProblem(source: source, line: badLine, kind: .invalidUTF8))
                continue
            }
            while let last = body.last, last.trimmingBlanks().isEmpty { body.removeLast() }
            while let first = body.first, first.trimmingBlanks().isEmpty { body.removeFirst() }
            let text = body.joined(separator: "\n")
            if text.isEmpty {
                problems.append(
                    InputProblem(source: source, line: titleLine, kind: .emptyBody(source: number)))
                continue
            }
            let (title, tailOutlet) = OutletTail.split(title: rawTitle)
            let outlet = tailOutlet ?? OutletTail.dateline(body: text)
            articles.append(
                Article(
                    ref: "\(source)#\(number)", outlet: outlet, title: title, published: published, text: text
                ))
            if index < lines.count, let t = lines[index].text?.trimmingBlanks(), trailerMarkers.contains(t) {
                break
            }
        }
        if let declared, declared != found {
            problems.append(
                InputProblem(
                    source: source, line: nil, kind: .sourceCountMismatch(declared: declared, found: found)))
        }
        return ReadResult(articles: articles, problems: problems, format: .bundle)
    }

    private static func skipBody(_ lines: [TextLine], _ index: inout Int, next: Int) {
        while index < lines.count {
            if let t = lines[index].text?.trimmingBlanks(),
                sourceNumber(t) == next || trailerMarkers.contains(t)
            {
                return
            }
            index += 1
        }
    }
}
