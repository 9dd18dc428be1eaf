import Testing

@Suite struct ArticleReaderPlaceholder {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
