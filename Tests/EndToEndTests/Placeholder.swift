import Testing

@Suite struct EndToEndPlaceholder {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
