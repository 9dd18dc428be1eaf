/// Wording that credits a figure to forecasters' expectations ("the $50 billion analysts had
/// expected", "the consensus estimate of...", "Wall Street's estimate"). Such a figure is the
/// yardstick a company's own figure is measured against, not a rival account of it: a claim
/// stated mostly in such sentences never competes with one that is not.
enum ExpectationCue {
    /// Phrases, lower-case ASCII, matched at word starts (`analyst` covers `analysts'`).
    static let phrases: [[UInt8]] = [
        "analyst", "consensus", "wall street", "the street", "forecasters",
    ].map { Array($0.utf8) }

    /// Names that contain a phrase without being forecasters (a newspaper's title).
    static let exceptions: [[UInt8]] = ["wall street journal"].map { Array($0.utf8) }

    /// True when the sentence credits a figure to forecasters.
    static func isExpectation(_ sentence: some Collection<UInt8>) -> Bool {
        CorrectionCue.containsPhrase(sentence, phrases, except: exceptions)
    }
}
