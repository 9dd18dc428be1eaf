/// The zstd dictionaries shipped with this build (Protocol/dictionaries/), preferred first.
public enum WireDictionaries {
    /// Every embedded dictionary, loaded once.
    public static let embedded: [ZstdDictionary] = EmbeddedDictionaryData.all.compactMap { base64 in
        guard let bytes = decodeBase64(base64) else { return nil }
        return ZstdDictionary(bytes: bytes)
    }

    /// The embedded dictionary with this id.
    public static func dictionary(id: UInt32) -> ZstdDictionary? {
        embedded.first { $0.id == id }
    }

    /// Decodes standard base64 (no line breaks); nil on any other character.
    static func decodeBase64(_ text: String) -> [UInt8]? {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(c)] = UInt8(i)
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count / 4 * 3)
        var accumulator: UInt32 = 0
        var bits = 0
        for c in text.utf8 {
            if c == UInt8(ascii: "=") { break }
            let v = table[Int(c)]
            if v == 0xFF { return nil }
            accumulator = (accumulator << 6) | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return out
    }
}
