import Foundation

/// Finds the outlet a bundle title names at its end (`... - SiliconANGLE`, `... | PYMNTS.com`,
/// `... By Investing.com`, `..., FT reports`) or a body names in its dateline (`BEIJING (Reuters) -`).
enum OutletTail {
    /// The title without its outlet tail, and the outlet when there is one.
    static func split(title: String) -> (title: String, outlet: String?) {
        let trimmed = title.trimmingBlanks()
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} "] {
            guard let range = trimmed.range(of: separator, options: .backwards) else { continue }
            let tail = trimmed[range.upperBound...].trimmingBlanks()
            let head = trimmed[..<range.lowerBound].trimmingBlanks()
            // A tail listing tickers (`Microsoft (NASDAQ:MSFT)`) names no outlet.
            if tail.contains("NASDAQ:") || tail.contains("NYSE:") { return (head, nil) }
            if plausibleOutlet(tail), !head.isEmpty { return (head, tail) }
        }
        if let range = trimmed.range(of: " By ", options: .backwards) {
            let tail = trimmed[range.upperBound...].trimmingBlanks()
            if plausibleOutlet(tail), tail.split(separator: " ").count <= 3 {
                let head = trimmed[..<range.lowerBound].trimmingBlanks()
                return (stripDanglingDash(head), tail)
            }
        }
        if trimmed.hasSuffix(" reports"), let comma = trimmed.range(of: ", ", options: .backwards) {
            let tail = trimmed[comma.upperBound...].dropLast(" reports".count).trimmingBlanks()
            if plausibleOutlet(tail), tail.split(separator: " ").count <= 3 {
                return (trimmed[..<comma.lowerBound].trimmingBlanks(), tail)
            }
        }
        return (trimmed, nil)
    }

    /// The outlet a body's dateline credits: `(Reuters) -` near the start, or `Investing.com --`.
    static func dateline(body: String) -> String? {
        let head = body.prefix(80)
        if let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") {
            let after = head[head.index(after: close)...].trimmingBlanks()
            let name = head[head.index(after: open)..<close].trimmingBlanks()
            if after.hasPrefix("-") || after.hasPrefix("\u{2013}") || after.hasPrefix("\u{2014}"),
                plausibleOutlet(name), name.split(separator: " ").count <= 3
            {
                return name
            }
        }
        if let range = head.range(of: " -- ") {
            let name = head[..<range.lowerBound].trimmingBlanks()
            if plausibleOutlet(name), name.split(separator: " ").count <= 3 { return name }
        }
        return nil
    }

    private static func stripDanglingDash(_ s: String) -> String {
        var t = s
        while let last = t.last, last == "-" || last == " " { t.removeLast() }
        return t
    }

    /// Short, starts with a capital or a digit, not a sentence.
    static func plausibleOutlet(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !s.isEmpty, s.count <= 40 else { return false }
        let words = s.split(separator: " ")
        guard words.count <= 5 else { return false }
        guard first.properties.isUppercase || ("0"..."9").contains(first) else { return false }
        if s.hasSuffix("?") || s.hasSuffix("!") || s.contains(":") || s.contains("(") { return false }
        return true
    }
}
