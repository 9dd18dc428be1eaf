/// A sentence: a run of tokens and its byte span in the article text.
struct Sentence {
    /// Token indices, half-open.
    var tokens: Range<Int>
    var start: Int
    var end: Int
    /// The sentence begins a line of the text as sent.
    var startsLine: Bool
    /// A heading label cut from the front (`Bavaria:` in `Bavaria: Turnout was 73 percent.`).
    var label: Range<Int>? = nil
}
