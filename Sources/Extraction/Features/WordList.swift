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
    init(normalizedUTF8 input: UnsafeBufferPointer<UInt8>) {
        let n = input.count
        bytes.reserveCapacity(n)
        ends.reserveCapacity(n / 5)
        var wordStart = 0
        func flush() {
            if bytes.count > wordStart {
                ends.append(bytes.count)
                wordStart = bytes.count
            }
        }
        /// The scalar value at `p` and its width in bytes (the input is valid UTF-8).
        @inline(__always) func decode(_ p: Int) -> (value: UInt32, width: Int) {
            TextNormalization.decode(input, p)
        }
        @inline(__always) func isWordValue(_ v: UInt32) -> Bool {
            if v < 0x80 { return (v >= 48 && v <= 57) || (v >= 97 && v <= 122) || (v >= 65 && v <= 90) }
            return Unicode.Scalar(v).map(TextNormalization.isWordScalar) ?? false
        }
        var p = 0
        while p < n {
            let (v, width) = decode(p)
            let q = p + width
            if isWordValue(v) {
                for b in p..<q { bytes.append(input[b]) }
            } else if q < n, bytes.count > wordStart, let last = bytes.last, v == 0x2E || v == 0x2C,
                last >= 48 && last <= 57, input[q] >= 48 && input[q] <= 57
            {
                bytes.append(UInt8(v))
            } else if q < n, bytes.count > wordStart, v == 0x27, isWordValue(decode(q).value) {
                // `'s` before a non-word scalar or the end: a possessive, dropped.
                if input[q] == 0x73, q + 1 >= n || !isWordValue(decode(q + 1).value) {
                    p = q + 1
                    flush()
                    continue
                }
            } else {
                flush()
            }
            p = q
        }
        flush()
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
