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
}

/// Lower-case ASCII phrases matched where a word begins, unless one of `exceptions` (phrases
/// continuing one: `wall street journal`) begins there. Every byte of a sentence is a possible
/// start, so what each byte is (a letter; what a phrase begins with) is kept in one table: most
/// positions cost one look-up.
struct PhraseSet: Sendable {
    let phrases: [[UInt8]]
    let exceptions: [[UInt8]]
    /// Indexed by byte: `letter` when it is an ASCII letter, `begins` when some phrase begins
    /// with it (lower-cased).
    private let classes: [UInt8]
    private static let letter: UInt8 = 1
    private static let begins: UInt8 = 2

    init(_ phrases: [String], except exceptions: [String] = []) {
        self.phrases = phrases.map { Array($0.utf8) }
        self.exceptions = exceptions.map { Array($0.utf8) }
        var first = Set<UInt8>()
        for phrase in self.phrases where !phrase.isEmpty { first.insert(phrase[0]) }
        classes = (0...255).map { (byte: Int) -> UInt8 in
            let lower = Self.lower(UInt8(byte))
            return (Self.isLetter(lower) ? Self.letter : 0) | (first.contains(lower) ? Self.begins : 0)
        }
    }

    /// True when one of the phrases begins a word of the sentence (ASCII letters compared
    /// without case; non-ASCII never matches) and no exception begins at the same place.
    func occurs(in sentence: UnsafeBufferPointer<UInt8>) -> Bool {
        guard sentence.count >= 6 else { return false }
        return classes.withUnsafeBufferPointer { classes in
            // Phrases begin a word: `uncorrected` is not `corrected`, `unrevised` not `revised`.
            var afterLetter = false
            for start in 0..<sentence.count {
                let byteClass = classes[Int(sentence[start])]
                if byteClass & Self.begins != 0, !afterLetter, matches(sentence, at: start) { return true }
                afterLetter = byteClass & Self.letter != 0
            }
            return false
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
