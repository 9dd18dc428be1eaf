import Testing

@Suite struct ClaimStorePlaceholder {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
