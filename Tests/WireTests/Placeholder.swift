import Testing

@Suite struct WirePlaceholder {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
