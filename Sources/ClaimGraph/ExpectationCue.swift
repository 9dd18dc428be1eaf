/// Wording that credits a figure to forecasters' expectations ("the $50 billion analysts had
/// expected", "the consensus estimate of...", "Wall Street's estimate"). Such a figure is the
/// yardstick a company's own figure is measured against, not a rival account of it: a claim
/// stated mostly in such sentences never competes with one that is not.
enum ExpectationCue {
    /// Phrases, lower-case ASCII, matched at word starts (`analyst` covers `analysts'`), and
    /// names that contain one without being forecasters (a newspaper's title).
    static let phrases = PhraseSet(
        ["analyst", "consensus", "wall street", "the street", "forecasters"],
        except: ["wall street journal"])

    /// True when the sentence credits a figure to forecasters.
    static func isExpectation(_ sentence: UnsafeBufferPointer<UInt8>) -> Bool {
        phrases.occurs(in: sentence)
    }
}
