/// Wording fingerprints of an article: a SimHash to recognise syndicated near-copies and key
/// terms to tell stories apart.
public enum Fingerprint {
    /// Words per shingle: long enough that shared vocabulary alone does not make two texts
    /// look alike, short enough that one edited word disturbs few shingles.
    static let shingleWidth = 3

    /// 64-bit SimHash over overlapping word shingles of the normalised text. Copies with small
    /// edits differ in a few bits; unrelated texts in about 32. An empty text hashes to 0.
    public static func simhash(_ text: String) -> UInt64 {
        simhash(words: TextNormalization.words(text))
    }

    /// `simhash` over the text's `TextNormalization.words`.
    static func simhash(words: [String]) -> UInt64 {
        guard !words.isEmpty else { return 0 }
        // Per bit, how many shingle hashes set it: the bit's weight (+1 set, -1 clear) is
        // positive exactly when more than half of them do. Counting is branch-free.
        var ones = [Int](repeating: 0, count: 64)
        let width = min(shingleWidth, words.count)
        let shingles = words.count - width + 1
        ones.withUnsafeMutableBufferPointer { ones in
            for start in 0..<shingles {
                var hash = StableHash()
                for offset in 0..<width {
                    hash.combine(words[start + offset].utf8)
                    hash.combine(CollectionOfOne(UInt8(0x20)))
                }
                let bits = hash.finalized
                for bit in 0..<64 {
                    ones[bit] &+= Int((bits >> UInt64(bit)) & 1)
                }
            }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where ones[bit] * 2 > shingles {
            result |= 1 << UInt64(bit)
        }
        return result
    }

    /// Bits that differ between two SimHashes.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    /// The most distinctive lower-case content words of an article: stop words, numbers and
    /// very short words removed, ranked by frequency with title words counted thrice, ties
    /// broken alphabetically so the result is deterministic.
    public static func keyTerms(title: String, text: String, limit: Int) -> [String] {
        keyTerms(
            titleWords: TextNormalization.words(title), textWords: TextNormalization.words(text), limit: limit
        )
    }

    /// `keyTerms` over the `TextNormalization.words` of title and text.
    static func keyTerms(titleWords: [String], textWords: [String], limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        // Count every word, then keep the content words: one test per distinct word.
        var counts: [String: Int] = [:]
        counts.reserveCapacity(textWords.count / 2)
        for word in titleWords { counts[word, default: 0] += 3 }
        for word in textWords { counts[word, default: 0] += 1 }
        let scores = counts.filter { isContentWord($0.key) }
        // Keys are distinct, so the order is total and keeping the best `limit` while
        // scanning gives the same list as sorting every word, without the full sort.
        func ranksBefore(_ lhs: (key: String, value: Int), _ rhs: (key: String, value: Int)) -> Bool {
            lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
        }
        var best: [(key: String, value: Int)] = []
        best.reserveCapacity(limit + 1)
        for entry in scores {
            if best.count == limit, let worst = best.last, !ranksBefore(entry, worst) { continue }
            var index = best.count
            while index > 0, ranksBefore(entry, best[index - 1]) { index -= 1 }
            best.insert(entry, at: index)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.key)
    }

    static func isContentWord(_ word: String) -> Bool {
        // Words are at least 3 scalars; three UTF-8 bytes can be fewer scalars, so only an
        // all-ASCII word may skip counting them.
        let utf8 = word.utf8
        guard utf8.count >= 3 else { return false }
        if utf8.contains(where: { $0 >= 0x80 }) {
            guard word.unicodeScalars.count >= 3 else { return false }
        }
        guard word.unicodeScalars.contains(where: TextNormalization.isLetter) else { return false }
        return !StopWords.english.contains(word)
    }
}

/// FNV-1a 64 with a SplitMix64 finaliser: stable across processes (unlike `Hasher`), so
/// fingerprints can be stored and compared later, with well-spread bits for SimHash.
struct StableHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            state ^= UInt64(byte)
            state = state &* 0x100_0000_01b3
        }
    }

    var finalized: UInt64 {
        var z = state &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
