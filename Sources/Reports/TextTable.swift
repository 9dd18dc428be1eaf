/// An aligned plain-text table: column widths from the widest cell, colour applied after
/// padding so escape codes never skew the alignment.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// Longer cells are cut with an ellipsis; 0 means no limit.
        public var maxWidth: Int

        public init(_ title: String, alignment: Alignment = .left, maxWidth: Int = 0) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public var text: String
        public var tint: Tint

        public init(_ text: String, tint: Tint = .none) {
            self.text = text
            self.tint = tint
        }

        public init(stringLiteral value: String) { self.init(value) }
    }

    public var columns: [Column]
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public mutating func append(_ row: [Cell]) { rows.append(row) }

    /// The table with a header line, two spaces between columns, no trailing spaces.
    public func render(style: TerminalStyle, indent: String = "") -> String {
        let clipped = rows.map { row in
            columns.indices.map { i -> Cell in
                guard i < row.count else { return Cell("") }
                var cell = row[i]
                cell.text = TextTable.clip(cell.text, to: columns[i].maxWidth)
                return cell
            }
        }
        var widths = columns.map { $0.title.count }
        for row in clipped {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.text.count) }
        }
        func line(_ cells: [Cell]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let gap = String(repeating: " ", count: widths[i] - cell.text.count)
                let isLast = i == cells.count - 1
                switch columns[i].alignment {
                case .left:
                    parts.append(style.apply(cell.tint, cell.text) + (isLast ? "" : gap))
                case .right:
                    parts.append(gap + style.apply(cell.tint, cell.text))
                }
            }
            var text = indent + parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var lines = [line(columns.map { Cell($0.title, tint: .bold) })]
        lines += clipped.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` cut to `width` characters with a trailing ellipsis; unchanged when it fits or
    /// `width` is 0.
    public static func clip(_ text: String, to width: Int) -> String {
        guard width > 0, text.count > width else { return text }
        return String(text.prefix(max(0, width - 1))) + "…"
    }
}
