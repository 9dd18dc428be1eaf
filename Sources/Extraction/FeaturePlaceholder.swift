import ClaimModel

/// Stand-in identity and fingerprint until `Features/` (content hashing, SimHash, key terms)
/// lands: FNV-1a over the normalised text. Replaced, not extended.
enum FeaturePlaceholder {
    static func normalised(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(0x20)
                space = false
            }
            out.append(b >= 65 && b <= 90 ? b + 32 : b)
        }
        return out
    }

    static func fnv(_ bytes: [UInt8], seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = seed
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    static func articleID(outlet: String?, text: String) -> ArticleID {
        let body = normalised(text)
        let a = fnv(Array((outlet ?? "").lowercased().utf8) + [0] + body)
        let b = fnv(body, seed: a)
        return ArticleID(hex(a) + hex(b))
    }

    static func textHash(_ text: String) -> String {
        let body = normalised(text)
        return hex(fnv(body)) + hex(fnv(body, seed: 0x84222325cbf29ce4))
    }

    static func simhash(_ text: String) -> UInt64 {
        let words = normalised(text).split(separator: 0x20)
        var weights = [Int](repeating: 0, count: 64)
        if words.count < 3 { return fnv(normalised(text)) }
        for i in 0..<(words.count - 2) {
            let h = fnv(Array(words[i]) + [0x20] + Array(words[i + 1]) + [0x20] + Array(words[i + 2]))
            for bit in 0..<64 { weights[bit] += (h >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var out: UInt64 = 0
        for bit in 0..<64 where weights[bit] > 0 { out |= 1 << UInt64(bit) }
        return out
    }
}
