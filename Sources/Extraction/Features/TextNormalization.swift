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
        var text = text
        if let bytes = text.withUTF8({ normalizedBytes(utf8: $0) }) { return bytes }
        return plainNormalizedBytes(text)
    }

    /// `normalizedBytes` over valid UTF-8, written straight into one buffer (no append and
    /// uniqueness check per byte, no scalar iterator). Nil in the unlikely case that lower-case
    /// mappings outgrow the buffer (twice the input); `plainNormalizedBytes` then decides.
    private static func normalizedBytes(utf8 input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let capacity = input.count * 2 + 16
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
            var n = 0
            var pendingSpace = false
            var p = 0
            while p < input.count {
                let b = input[p]
                if b < 0x80 {
                    p += 1
                    // ASCII White_Space: tab, line feed, vertical tab, form feed, return, space.
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                        pendingSpace = n > 0
                        continue
                    }
                    if pendingSpace {
                        out[n] = 0x20
                        n += 1
                        pendingSpace = false
                    }
                    out[n] = b >= 65 && b <= 90 ? b + 32 : b
                    n += 1
                    continue
                }
                let (value, width) = decode(input, p)
                p += width
                guard let scalar = Unicode.Scalar(value), n + 16 <= capacity else {
                    complete = false
                    break
                }
                if scalar.properties.isWhitespace || value == 0x200B || value == 0xFEFF {
                    pendingSpace = n > 0
                    continue
                }
                if pendingSpace {
                    out[n] = 0x20
                    n += 1
                    pendingSpace = false
                }
                if let unified = unifiedVariant(scalar) {
                    for byte in unified.utf8 {
                        out[n] = byte
                        n += 1
                    }
                    continue
                }
                // At most three scalars of four bytes: within the 16 bytes kept free.
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                    guard let encoded = UTF8.encode(lowered) else { continue }
                    for byte in encoded {
                        out[n] = byte
                        n += 1
                    }
                }
            }
            count = n
        }
        return complete ? bytes : nil
    }

    /// The scalar value at `p` of valid UTF-8 and its width in bytes (also read by `WordList`).
    @inline(__always) static func decode(
        _ input: UnsafeBufferPointer<UInt8>, _ p: Int
    ) -> (value: UInt32, width: Int) {
        let b0 = UInt32(input[p])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(input[p + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(input[p + 1] & 0x3F) << 6 | UInt32(input[p + 2] & 0x3F), 3)
        }
        let v =
            (b0 & 0x07) << 18 | UInt32(input[p + 1] & 0x3F) << 12 | UInt32(input[p + 2] & 0x3F) << 6
            | UInt32(input[p + 3] & 0x3F)
        return (v, 4)
    }

    /// `normalizedBytes` scalar by scalar: the definition the byte path is held to.
    static func plainNormalizedBytes(_ text: String) -> [UInt8] {
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
