import Testing

@Suite struct ReportsPlaceholder {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
