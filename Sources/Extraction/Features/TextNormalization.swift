/// The one normal form that content hashes and fingerprints are computed over, so that the
/// same text re-typed with other whitespace, case or quote characters is recognised.
package enum TextNormalization {
    /// Unicode whitespace collapsed to one space and trimmed, case folded, and typographic
    /// variants (curly quotes, dashes, ellipsis, non-breaking spaces) unified to ASCII.
    package static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if scalar.isASCII {
                let v = scalar.value
                out.append(v >= 65 && v <= 90 ? Unicode.Scalar(UInt8(v + 32)) : scalar)
                continue
            }
            if let unified = unifiedVariant(scalar) {
                out.append(contentsOf: unified.unicodeScalars)
                continue
            }
            out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return String(out)
    }

    /// Lower-case words of letters and digits of the normalised text, for shingles and key
    /// terms. A possessive `'s` is dropped, other inner apostrophes join (`don't` → `dont`),
    /// and digits separated by `.` or `,` stay one token (`20.64`, `230,000`).
    package static func words(_ text: String) -> [String] {
        let scalars = Array(normalize(text).unicodeScalars)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { isDigit(s) || s.properties.isAlphabetic }
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if let next, let last = current.last, scalar == "." || scalar == ",",
                isDigit(last), isDigit(next)
            {
                current.append(scalar)
            } else if let next, !current.isEmpty, scalar == "'", isWordScalar(next) {
                let after: Unicode.Scalar? = i + 2 < scalars.count ? scalars[i + 2] : nil
                if next == "s", after.map({ !isWordScalar($0) }) ?? true {
                    i += 2
                    flush()
                    continue
                }
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return words
    }

    private static func unifiedVariant(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x0060: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
        case 0x2026: return "..."
        default: return nil
        }
    }
}
