import Testing

@testable import Reports

@Suite struct TextTableTests {
    @Test func columnsAlignToTheWidestCell() {
        var table = TextTable(columns: [.init("NAME"), .init("N", alignment: .right)])
        table.append(["alpha", "7"])
        table.append(["be", "1234"])
        let lines = table.render(style: .plain).split(separator: "\n").map(String.init)
        #expect(lines == ["NAME      N", "alpha     7", "be     1234"])
    }

    @Test func colourDoesNotShiftColumns() {
        var table = TextTable(columns: [.init("A"), .init("B")])
        table.append([TextTable.Cell("red", tint: .red), "x"])
        let plain = table.render(style: .plain)
        let coloured = table.render(style: .coloured)
        #expect(coloured.contains("\u{1B}[31mred\u{1B}[0m"))
        let stripped = coloured.replacingEscapes()
        #expect(stripped == plain)
        #expect(!plain.contains("\u{1B}"))
    }

    @Test func longCellsAreClipped() {
        #expect(TextTable.clip("abcdefgh", to: 5) == "abcd…")
        #expect(TextTable.clip("abc", to: 5) == "abc")
        #expect(TextTable.clip("abcdefgh", to: 0) == "abcdefgh")
    }
}

extension String {
    /// The text without ANSI colour sequences.
    func replacingEscapes() -> String {
        var out = ""
        var inEscape = false
        for ch in self {
            if ch == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if ch == "m" { inEscape = false }
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
