/// The `TextNormalization.words` of a normalised text as byte ranges of one buffer: what
/// shingles and key terms need, without a `String` per word.
struct WordList {
    /// The words' UTF-8, one after the other.
    private(set) var bytes: [UInt8] = []
    /// Where each word ends in `bytes`; a word starts where the one before it ends.
    private(set) var ends: [Int] = []

    var count: Int { ends.count }

    /// The words of `normalize(text)`.
    init(_ text: String) {
        let normalized = TextNormalization.normalizedBytes(text)
        self = normalized.withUnsafeBufferPointer { WordList(normalizedUTF8: $0) }
    }

    /// The words of valid UTF-8 already passed through `TextNormalization.normalize`, scalar by
    /// scalar without materialising the scalars. A possessive `'s` is dropped, other inner
    /// apostrophes join (`don't` → `dont`), and digits separated by `.` or `,` stay one word.
    ///
    /// Written straight into two buffers of their largest sizes (words are bytes of the input;
    /// two words are at least one byte apart), without an append per byte.
    init(normalizedUTF8 input: UnsafeBufferPointer<UInt8>) {
        let n = input.count
        var ends: [Int] = []
        bytes = [UInt8](unsafeUninitializedCapacity: n) { out, written in
            ends = [Int](unsafeUninitializedCapacity: n / 2 + 1) { ends, endCount in
                (written, endCount) = Self.split(input, into: out, ends: ends)
            }
        }
        self.ends = ends
    }

    /// The scalar at `p` is a letter or a digit (the input is valid UTF-8).
    @inline(__always) private static func isWord(_ input: UnsafeBufferPointer<UInt8>, _ p: Int) -> Bool {
        let b = input[p]
        if b < 0x80 { return (b >= 48 && b <= 57) || (b >= 97 && b <= 122) || (b >= 65 && b <= 90) }
        let v = TextNormalization.decode(input, p).value
        return Unicode.Scalar(v).map(TextNormalization.isWordScalar) ?? false
    }

    /// The words of `input` into `out` and their ends into `ends`: the counts of each written.
    private static func split(
        _ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
        ends: UnsafeMutableBufferPointer<Int>
    ) -> (bytes: Int, ends: Int) {
        let n = input.count
        var m = 0
        var endCount = 0
        var wordStart = 0
        var p = 0
        while p < n {
            let b = input[p]
            let width: Int
            let v: UInt32
            if b < 0x80 {
                width = 1
                v = UInt32(b)
            } else {
                (v, width) = TextNormalization.decode(input, p)
            }
            let q = p + width
            if isWord(input, p) {
                for i in p..<q {
                    out[m] = input[i]
                    m += 1
                }
            } else if q < n, m > wordStart, v == 0x2E || v == 0x2C, out[m - 1] >= 48 && out[m - 1] <= 57,
                input[q] >= 48 && input[q] <= 57
            {
                out[m] = UInt8(v)
                m += 1
            } else if q < n, m > wordStart, v == 0x27, isWord(input, q) {
                // `'s` before a non-word scalar or the end: a possessive, dropped.
                if input[q] == 0x73, q + 1 >= n || !isWord(input, q + 1) {
                    p = q + 1
                    ends[endCount] = m
                    endCount += 1
                    wordStart = m
                    continue
                }
            } else if m > wordStart {
                ends[endCount] = m
                endCount += 1
                wordStart = m
            }
            p = q
        }
        if m > wordStart {
            ends[endCount] = m
            endCount += 1
        }
        return (m, endCount)
    }

    /// Where word `index` starts in `bytes`.
    @inline(__always) func start(_ index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

    /// The words as strings.
    var strings: [String] {
        (0..<count).map { String(decoding: bytes[start($0)..<ends[$0]], as: UTF8.self) }
    }

    /// Appends the words of `other` after these.
    mutating func append(_ other: WordList) {
        let offset = bytes.count
        bytes.append(contentsOf: other.bytes)
        ends.append(contentsOf: other.ends.map { $0 + offset })
    }
}
