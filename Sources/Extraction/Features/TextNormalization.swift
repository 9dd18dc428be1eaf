/// The one normal form that content hashes and fingerprints are computed over, so that the
/// same text re-typed with other whitespace, case or quote characters is recognised.
package enum TextNormalization {
    /// Unicode whitespace collapsed to one space and trimmed, case folded, and typographic
    /// variants (curly quotes, dashes, ellipsis, non-breaking spaces) unified to ASCII.
    package static func normalize(_ text: String) -> String {
        String(decoding: normalizedBytes(text), as: UTF8.self)
    }

    /// UTF-8 of `normalize(text)`. ASCII, the bulk of news text, is handled on the byte
    /// without Unicode property lookups; only other scalars consult the property tables.
    static func normalizedBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII White_Space: tab, line feed, vertical tab, form feed, return, space.
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
                continue
            }
            if scalar.properties.isWhitespace || v == 0x200B || v == 0xFEFF {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if let unified = unifiedVariant(scalar) {
                out.append(contentsOf: unified.utf8)
                continue
            }
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                appendUTF8(lowered, to: &out)
            }
        }
        return out
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        if let encoded = UTF8.encode(scalar) {
            out.append(contentsOf: encoded)
        }
    }

    /// Lower-case words of letters and digits of the normalised text, for shingles and key
    /// terms. A possessive `'s` is dropped, other inner apostrophes join (`don't` → `dont`),
    /// and digits separated by `.` or `,` stay one token (`20.64`, `230,000`).
    package static func words(_ text: String) -> [String] {
        words(normalized: normalize(text))
    }

    /// `words` of a text already passed through `normalize`, so a caller that needs both the
    /// normal form and its words normalises once.
    static func words(normalized: String) -> [String] {
        var text = normalized
        return text.withUTF8 { WordList(normalizedUTF8: $0) }.strings
    }

    /// A Unicode letter; ASCII is decided without the property tables.
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) }
        return s.properties.isAlphabetic
    }

    /// A digit or a letter; ASCII is decided without the Unicode property tables.
    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 48 && v <= 57) || (v >= 97 && v <= 122) || (v >= 65 && v <= 90)
        }
        return s.properties.isAlphabetic
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
