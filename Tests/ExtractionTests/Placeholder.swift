import Testing

@Suite struct ExtractionPlaceholder {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
