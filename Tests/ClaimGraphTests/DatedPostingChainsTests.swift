import Testing

@testable import ClaimGraph

/// A walk returns exactly the items filed under the key whose day is in the range, across
/// blocks of every size.
@Suite struct DatedPostingChainsTests {
    @Test(arguments: [1, 2, 3, 7, 8, 33])
    func walkFindsItemsOfTheDays(count: Int) {
        var chains = DatedPostingChains<Int32>()
        var filed: [(item: Int32, day: Int32)] = []
        for n in 0..<count {
            let item = Int32(n * 10)
            let day = Int32(n % 9)
            chains.append(item, day: day, under: 1)
            chains.append(item + 1, day: day, under: 2)
            filed.append((item, day))
        }
        for days in [Int32(0)...8, 2...4, 5...5, 20...30] {
            var found: [Int32] = []
            chains.forEach(under: 1, days: days) { found.append($0) }
            let expected = filed.filter { days.contains($0.day) }.map(\.item)
            #expect(found.sorted() == expected.sorted())
        }
        var missing = 0
        chains.forEach(under: 3, days: 0...8) { _ in missing += 1 }
        #expect(missing == 0)
    }
}
