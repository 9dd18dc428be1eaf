/// Wording by which an outlet withdraws or corrects a figure it had published ("An earlier
/// version of this story said...", "erroneously reported", "revised the number down to...").
/// A conflict one of whose figures is stated in such a sentence is a `correction`, not two
/// outlets disagreeing.
enum CorrectionCue {
    /// Phrases, lower-case ASCII, matched at word starts.
    static let phrases = PhraseSet([
        "earlier version", "previous version", "original version", "correction", "corrected",
        "corrects", "correcting", "erroneous", "incorrect", "mistaken", "in error", "misreport",
        "misstat", "misquot", "withdrew", "withdrawn", "withdraw", "retract", "revised", "revising",
        "revises", "revision",
        // A figure put out first and since replaced (`from the 60.3% first published`), or a
        // count that counted some things twice.
        "first published", "initially published", "originally published", "first reported",
        "initially reported", "originally reported", "preliminary count", "preliminary data",
        "preliminary figures", "preliminary result", "provisional count", "provisional result",
        "double-count", "double count", "counted twice", "recorded twice", "entered twice",
    ])

    /// True when the sentence says a figure was withdrawn, corrected or revised.
    static func isCorrection(_ sentence: UnsafeBufferPointer<UInt8>) -> Bool {
        phrases.occurs(in: sentence)
    }

    /// `isCorrection` and `ExpectationCue.isExpectation` of one sentence, in one pass.
    static func correctionAndExpectation(_ sentence: UnsafeBufferPointer<UInt8>) -> (
        corrected: Bool, expected: Bool
    ) {
        phrases.occurs(in: sentence, andOf: ExpectationCue.phrases)
    }
}

/// Lower-case ASCII phrases matched where a word begins, unless one of `exceptions` (phrases
/// continuing one: `wall street journal`) begins there. Every byte of a sentence is a possible
/// start, so what each byte is (a letter; what a phrase begins with) is kept in one table: most
/// positions cost one look-up.
struct PhraseSet: Sendable {
    let phrases: [[UInt8]]
    let exceptions: [[UInt8]]
    /// Indexed by byte: bit 0 when it is an ASCII letter, bit 1 when some phrase begins with
    /// it (lower-cased).
    private let classes: [UInt8]

    init(_ phrases: [String], except exceptions: [String] = []) {
        self.phrases = phrases.map { Array($0.utf8) }
        self.exceptions = exceptions.map { Array($0.utf8) }
        var first = Set<UInt8>()
        for phrase in self.phrases where !phrase.isEmpty { first.insert(phrase[0]) }
        classes = (0...255).map { (byte: Int) -> UInt8 in
            let lower = Self.lower(UInt8(byte))
            return (Self.isLetter(lower) ? 1 : 0) | (first.contains(lower) ? 2 : 0)
        }
        // Phrases, then exceptions, grouped by first byte.
        var patterns: [Pattern] = []
        var bucketStarts = [Int32](repeating: 0, count: 257)
        let all = self.phrases.map { ($0, false) } + self.exceptions.map { ($0, true) }
        for byte in 0..<256 {
            bucketStarts[byte] = Int32(patterns.count)
            for (phrase, isException) in all where phrase.first == UInt8(byte) {
                patterns.append(Pattern(phrase, isException: isException))
            }
        }
        bucketStarts[256] = Int32(patterns.count)
        self.patterns = patterns
        self.bucketStarts = bucketStarts
    }

    /// A phrase's first eight bytes as one word to compare eight bytes of a sentence with: a
    /// sentence byte matches a letter of the phrase when equal to it with bit 5 set (`A` | 0x20
    /// is `a`, and only `A` and `a` give `a`), any other byte when equal.
    private struct Pattern: Sendable {
        let bytes: [UInt8]
        let isException: Bool
        /// The first eight bytes, little-endian, 0 past the end of the phrase.
        let prefix: UInt64
        /// 0xff for each of the first eight bytes the phrase has.
        let mask: UInt64
        /// 0x20 for each of the first eight bytes that is a letter.
        let fold: UInt64

        init(_ bytes: [UInt8], isException: Bool) {
            self.bytes = bytes
            self.isException = isException
            var prefix: UInt64 = 0
            var mask: UInt64 = 0
            var fold: UInt64 = 0
            for (i, byte) in bytes.prefix(8).enumerated() {
                prefix |= UInt64(byte) << UInt64(8 * i)
                mask |= 0xff << UInt64(8 * i)
                if PhraseSet.isLetter(byte) { fold |= 0x20 << UInt64(8 * i) }
            }
            self.prefix = prefix
            self.mask = mask
            self.fold = fold
        }

        /// Whether the sentence has the phrase at `start`, letters compared without case.
        func occurs(in sentence: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
            guard start + bytes.count <= sentence.count, let base = sentence.baseAddress else { return false }
            if start + 8 <= sentence.count {
                let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
                guard (word | fold) & mask == prefix else { return false }
                if bytes.count <= 8 { return true }
                for offset in 8..<bytes.count where PhraseSet.lower(sentence[start + offset]) != bytes[offset]
                {
                    return false
                }
                return true
            }
            for offset in bytes.indices where PhraseSet.lower(sentence[start + offset]) != bytes[offset] {
                return false
            }
            return true
        }
    }

    /// `Pattern`s of the phrases and then the exceptions, by first byte: those beginning with
    /// byte `b` are `patterns[bucketStarts[b]..<bucketStarts[b + 1]]`.
    private let patterns: [Pattern]
    private let bucketStarts: [Int32]

    /// True when one of the phrases begins a word of the sentence (ASCII letters compared
    /// without case; non-ASCII never matches) and no exception begins at the same place.
    func occurs(in sentence: UnsafeBufferPointer<UInt8>) -> Bool {
        guard sentence.count >= 6 else { return false }
        return classes.withUnsafeBufferPointer { classes in
            // Phrases begin a word: `uncorrected` is not `corrected`, `unrevised` not `revised`.
            // A position is only examined when its byte may begin a phrase and no letter is
            // before it: the loop skips the others with one look-up each.
            var start = 0
            let count = sentence.count
            var afterLetter = false
            while start < count {
                let byteClass = classes[Int(sentence[start])]
                if byteClass & 2 != 0, !afterLetter, matches(sentence, at: start) { return true }
                afterLetter = byteClass & 1 != 0
                start += 1
            }
            return false
        }
    }

    /// Whether `occurs(in:)` holds for this set and for `other`, in one pass over the sentence:
    /// a mention's sentence is read for two cues (`CorrectionCue`, `ExpectationCue`).
    func occurs(in sentence: UnsafeBufferPointer<UInt8>, andOf other: PhraseSet) -> (Bool, Bool) {
        guard sentence.count >= 6 else { return (false, false) }
        return classes.withUnsafeBufferPointer { classes in
            other.classes.withUnsafeBufferPointer { otherClasses in
                var found = (false, false)
                var start = 0
                let count = sentence.count
                // Both tables mark letters alike.
                var afterLetter = false
                while start < count {
                    let byte = Int(sentence[start])
                    let byteClass = classes[byte]
                    let otherClass = otherClasses[byte]
                    if !afterLetter, (byteClass | otherClass) & 2 != 0 {
                        if !found.0, byteClass & 2 != 0, matches(sentence, at: start) { found.0 = true }
                        if !found.1, otherClass & 2 != 0, other.matches(sentence, at: start) {
                            found.1 = true
                        }
                        if found.0, found.1 { break }
                    }
                    afterLetter = byteClass & 1 != 0
                    start += 1
                }
                return found
            }
        }
    }

    /// A phrase, and no exception, begins at `start`. Only the phrases and exceptions beginning
    /// with the byte there are compared (an exception begins where its phrase does).
    private func matches(_ sentence: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let first = Int(Self.lower(sentence[start]))
        return patterns.withUnsafeBufferPointer { patterns in
            let bucket = Int(bucketStarts[first])..<Int(bucketStarts[first + 1])
            var found = false
            for i in bucket where !patterns[i].isException && patterns[i].occurs(in: sentence, at: start) {
                found = true
                break
            }
            guard found else { return false }
            for i in bucket where patterns[i].isException && patterns[i].occurs(in: sentence, at: start) {
                return false
            }
            return true
        }
    }

    fileprivate static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    fileprivate static func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
}
