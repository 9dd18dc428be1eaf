/// Wording fingerprints of an article: a SimHash to recognise syndicated near-copies and key
/// terms to tell stories apart.
public enum Fingerprint {
    /// Words per shingle: long enough that shared vocabulary alone does not make two texts
    /// look alike, short enough that one edited word disturbs few shingles.
    static let shingleWidth = 3

    /// 64-bit SimHash over overlapping word shingles of the normalised text. Copies with small
    /// edits differ in a few bits; unrelated texts in about 32. An empty text hashes to 0.
    public static func simhash(_ text: String) -> UInt64 {
        simhash(words: WordList(text))
    }

    /// `simhash` over the text's `TextNormalization.words`.
    static func simhash(words: WordList) -> UInt64 {
        guard words.count > 0 else { return 0 }
        // Per bit, how many shingle hashes set it: the bit's weight (+1 set, -1 clear) is
        // positive exactly when more than half of them do. Counting is branch-free: each byte
        // of a hash adds its eight bits at once into eight byte-wide counters (`bitLanes`),
        // emptied into `ones` before a counter can pass 255.
        var ones = [Int](repeating: 0, count: 64)
        let width = min(shingleWidth, words.count)
        let shingles = words.count - width + 1
        words.bytes.withUnsafeBufferPointer { bytes in
            words.ends.withUnsafeBufferPointer { ends in
                ones.withUnsafeMutableBufferPointer { ones in
                    Self.bitLanes.withUnsafeBufferPointer { lanes in
                        var counters = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
                        var counters2 = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
                        var pending = 0
                        func drain() {
                            let all = [
                                counters.0, counters.1, counters.2, counters.3, counters2.0, counters2.1,
                                counters2.2, counters2.3,
                            ]
                            for (byte, counter) in all.enumerated() {
                                for bit in 0..<8 {
                                    ones[byte * 8 + bit] &+= Int((counter >> UInt64(8 * bit)) & 0xff)
                                }
                            }
                            counters = (0, 0, 0, 0)
                            counters2 = (0, 0, 0, 0)
                            pending = 0
                        }
                        for start in 0..<shingles {
                            // Each word's bytes and a space, one byte at a time on the buffer (no
                            // slice or sequence per word).
                            var hash = StableHash()
                            var p = start == 0 ? 0 : ends[start - 1]
                            for offset in 0..<width {
                                let end = ends[start + offset]
                                while p < end {
                                    hash.combine(byte: bytes[p])
                                    p += 1
                                }
                                hash.combine(byte: 0x20)
                            }
                            let bits = hash.finalized
                            counters.0 &+= lanes[Int(bits & 0xff)]
                            counters.1 &+= lanes[Int((bits >> 8) & 0xff)]
                            counters.2 &+= lanes[Int((bits >> 16) & 0xff)]
                            counters.3 &+= lanes[Int((bits >> 24) & 0xff)]
                            counters2.0 &+= lanes[Int((bits >> 32) & 0xff)]
                            counters2.1 &+= lanes[Int((bits >> 40) & 0xff)]
                            counters2.2 &+= lanes[Int((bits >> 48) & 0xff)]
                            counters2.3 &+= lanes[Int(bits >> 56)]
                            pending += 1
                            if pending == 255 { drain() }
                        }
                        drain()
                    }
                }
            }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where ones[bit] * 2 > shingles {
            result |= 1 << UInt64(bit)
        }
        return result
    }

    /// For each byte value, its eight bits spread one to a byte (bit `i` → byte `i`).
    static let bitLanes: [UInt64] = (0..<256).map { value in
        var lanes: UInt64 = 0
        for bit in 0..<8 where value >> bit & 1 == 1 { lanes |= 1 << UInt64(8 * bit) }
        return lanes
    }

    /// Bits that differ between two SimHashes.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    /// The most distinctive lower-case content words of an article: stop words, numbers and
    /// very short words removed, ranked by frequency with title words counted thrice, ties
    /// broken alphabetically so the result is deterministic.
    public static func keyTerms(title: String, text: String, limit: Int) -> [String] {
        keyTerms(titleWords: WordList(title), textWords: WordList(text), limit: limit)
    }

    /// `keyTerms` over the `TextNormalization.words` of title and text.
    static func keyTerms(titleWords: WordList, textWords: WordList, limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        // Count every word, then keep the content words: one test per distinct word. ASCII
        // words are counted by their bytes; others by `String`, whose equality also joins
        // canonically equivalent spellings (no ASCII word is equivalent to another word).
        var words = titleWords
        words.append(textWords)
        var counts = WordCounts(words)
        var others: [String: Int] = [:]
        for index in counts.addAll(heavy: titleWords.count, heavyWeight: 3) {
            let weight = index < titleWords.count ? 3 : 1
            let word = String(decoding: words.bytes[words.start(index)..<words.ends[index]], as: UTF8.self)
            others[word, default: 0] += weight
        }
        // Only a word counted at least as often as the `limit`-th best count can rank: the
        // others are tested by count alone, and Strings are made for the few that can.
        var candidates: [(index: Int, count: Int)] = []
        var otherScores: [(key: String, value: Int)] = []
        var topCounts: [Int] = []
        topCounts.reserveCapacity(limit + 1)
        func noteCount(_ count: Int) {
            if topCounts.count == limit, let lowest = topCounts.last, count <= lowest { return }
            var at = topCounts.count
            while at > 0, count > topCounts[at - 1] { at -= 1 }
            topCounts.insert(count, at: at)
            if topCounts.count > limit { topCounts.removeLast() }
        }
        for (index, count) in counts.distinct {
            if topCounts.count == limit, let lowest = topCounts.last, count < lowest { continue }
            guard isContentWord(words, index) else { continue }
            candidates.append((index, count))
            noteCount(count)
        }
        for entry in others where isContentWord(entry.key) {
            otherScores.append(entry)
            noteCount(entry.value)
        }
        let threshold = topCounts.count == limit ? topCounts.last ?? 0 : 0
        var scores: [(key: String, value: Int)] = []
        for (index, count) in candidates where count >= threshold {
            let word = String(decoding: words.bytes[words.start(index)..<words.ends[index]], as: UTF8.self)
            scores.append((word, count))
        }
        for entry in otherScores where entry.value >= threshold { scores.append(entry) }
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

    /// `isContentWord` of an ASCII word of `words`, on its bytes.
    static func isContentWord(_ words: WordList, _ index: Int) -> Bool {
        words.bytes.withUnsafeBufferPointer { all in
            let word = UnsafeBufferPointer(rebasing: all[words.start(index)..<words.ends[index]])
            guard word.count >= 3 else { return false }
            guard word.contains(where: { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) }) else {
                return false
            }
            guard let packed = PackedWord(word) else {
                return !StopWords.english.contains(String(decoding: word, as: UTF8.self))
            }
            return StopWords.index.value(packed) == nil
        }
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

    @inline(__always) mutating func combine(byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x100_0000_01b3
    }

    var finalized: UInt64 {
        var z = state &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
