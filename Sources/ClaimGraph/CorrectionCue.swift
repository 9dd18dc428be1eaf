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
    }

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

    /// A phrase, and no exception, begins at `start`.
    private func matches(_ sentence: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        if exceptions.contains(where: { Self.starts(sentence, at: start, with: $0) }) { return false }
        return phrases.contains { Self.starts(sentence, at: start, with: $0) }
    }

    private static func starts(_ sentence: UnsafeBufferPointer<UInt8>, at start: Int, with phrase: [UInt8])
        -> Bool
    {
        guard start + phrase.count <= sentence.count else { return false }
        for (offset, byte) in phrase.enumerated() where lower(sentence[start + offset]) != byte {
            return false
        }
        return true
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
}
