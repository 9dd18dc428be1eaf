/// Wording by which an outlet withdraws or corrects a figure it had published ("An earlier
/// version of this story said...", "erroneously reported", "revised the number down to...").
/// A conflict one of whose figures is stated in such a sentence is a `correction`, not two
/// outlets disagreeing.
enum CorrectionCue {
    /// Phrases, lower-case ASCII, matched at word starts.
    static let phrases: [[UInt8]] = [
        "earlier version", "previous version", "original version", "correction", "corrected",
        "corrects", "correcting", "erroneous", "incorrect", "mistaken", "in error", "misreport",
        "misstat", "misquot", "withdrew", "withdrawn", "withdraw", "retract", "revised", "revising",
        "revises", "revision",
    ].map { Array($0.utf8) }

    /// True when the sentence says a figure was withdrawn, corrected or revised.
    static func isCorrection(_ sentence: some Collection<UInt8>) -> Bool {
        containsPhrase(sentence, phrases)
    }

    /// True when one of `phrases` (lower-case ASCII) begins a word of the sentence and is not
    /// followed by one of `exceptions` (phrases continuing it: `wall street journal`).
    static func containsPhrase(
        _ sentence: some Collection<UInt8>, _ phrases: [[UInt8]], except exceptions: [[UInt8]] = []
    ) -> Bool {
        // Lower-case ASCII letters; everything else is kept as is (non-ASCII never matches).
        let bytes = sentence.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        guard bytes.count >= 6 else { return false }
        for start in bytes.indices {
            // Phrases begin a word: `uncorrected` is not `corrected`, `unrevised` not `revised`.
            if start > 0, isLetter(bytes[start - 1]) { continue }
            if exceptions.contains(where: { bytes[start...].starts(with: $0) }) { continue }
            let first = bytes[start]
            for phrase in phrases where phrase[0] == first && start + phrase.count <= bytes.count {
                if bytes[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
            }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90)
    }
}
