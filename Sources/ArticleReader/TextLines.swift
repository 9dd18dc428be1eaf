/// One line of an input, as bytes and (when valid) as text.
struct TextLine {
    /// 1-based line number.
    var number: Int
    /// Nil when the line is not valid UTF-8.
    var text: String?
}

enum TextLines {
    /// Splits at `\n` (dropping a trailing `\r`), validating each line's UTF-8 on its own so one
    /// bad byte costs one line, not the file.
    static func split(_ bytes: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        var number = 1
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
            start = 3
        }
        func emit(_ end: Int) {
            var last = end
            if last > start, bytes[last - 1] == 0x0D { last -= 1 }
            let slice = bytes[start..<last]
            lines.append(TextLine(number: number, text: String(validating: slice, as: UTF8.self)))
        }
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x0A {
                emit(index)
                number += 1
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { emit(bytes.count) }
        return lines
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and no-break spaces.
    func trimmingBlanks() -> String {
        let blanks: Set<Character> = [" ", "\t", "\u{00A0}", "\r", "\u{FEFF}"]
        var s = Substring(self)
        while let first = s.first, blanks.contains(first) { s = s.dropFirst() }
        while let last = s.last, blanks.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
