import ClaimModel
import Foundation

/// One article per line: `ref`/`id`, `url`, `outlet`, `title`, `published`, `text`.
enum JSONLinesParser {
    static func read(_ lines: [TextLine], source: String) -> ReadResult {
        var articles: [Article] = []
        var problems: [InputProblem] = []
        for line in lines {
            guard let text = line.text else {
                problems.append(InputProblem(source: source, line: line.number, kind: .invalidUTF8))
                continue
            }
            if text.trimmingBlanks().isEmpty { continue }
            let object: [String: Any]
            do {
                let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
                guard let dictionary = parsed as? [String: Any] else {
                    problems.append(
                        InputProblem(
                            source: source, line: line.number, kind: .invalidJSON(reason: "not an object")))
                    continue
                }
                object = dictionary
            } catch {
                problems.append(
                    InputProblem(
                        source: source, line: line.number, kind: .invalidJSON(reason: "does not parse")))
                continue
            }
            guard let body = object["text"] as? String, !body.trimmingBlanks().isEmpty else {
                problems.append(
                    InputProblem(source: source, line: line.number, kind: .missingField(name: "text")))
                continue
            }
            let ref = scalar(object["ref"]) ?? scalar(object["id"]) ?? "\(source)#\(line.number)"
            var published: Day?
            if let value = object["published"] as? String {
                published = Day(iso: String(value.prefix(10)))
                if published == nil {
                    problems.append(
                        InputProblem(source: source, line: line.number, kind: .invalidDate(value: value)))
                }
            }
            let title = (object["title"] as? String) ?? firstLine(body)
            articles.append(
                Article(
                    ref: ref, outlet: nonEmpty(object["outlet"] as? String), title: title,
                    url: nonEmpty(object["url"] as? String), published: published, text: body))
        }
        return ReadResult(articles: articles, problems: problems, format: .jsonLines)
    }

    private static func scalar(_ value: Any?) -> String? {
        if let s = value as? String, !s.isEmpty { return s }
        if let n = value as? NSNumber { return n.stringValue }
        return nil
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.trimmingBlanks().isEmpty else { return nil }
        return s
    }

    private static func firstLine(_ s: String) -> String {
        String(s.prefix(while: { $0 != "\n" }).prefix(120))
    }
}
