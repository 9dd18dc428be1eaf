/// A sentence: a run of tokens and its byte span in the article text.
struct Sentence {
    /// Token indices, half-open.
    var tokens: Range<Int>
    var start: Int
    var end: Int
    /// The sentence begins a line of the text as sent.
    var startsLine: Bool
}
