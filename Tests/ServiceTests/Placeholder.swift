import Testing

@Suite struct ServicePlaceholder {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
