// libFuzzer target: arbitrary bytes through the article reader in each layout and with
// detection. Whatever it reads, every article must have valid fields and every problem a line.
import ClaimModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let today = Day(year: 2025, month: 6, day: 1) ?? Day(ordinal: 739_000)
    for format in [nil, InputFormat.bundle, .text, .jsonLines] {
        let result = ArticleReader.read(bytes, source: "fuzz.txt", format: format, today: today)
        for article in result.articles where article.text.isEmpty && article.title.isEmpty {
            fatalError("an article with neither title nor text")
        }
        _ = result.problems.map(\.description)
    }
    return 0
}
