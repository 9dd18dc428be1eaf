import Testing

@testable import ClaimGraph

/// The commit's prefetch hints change nothing, and linking takes each mention's value index
/// keys from those worked out for its whole article before any was linked
/// (`ClaimGraph.prefetchLinking`): they are the keys of that mention.
@Suite struct LinkPrefetchTests {
    @Test func articleKeysAreEachMentionsOwn() {
        var graph = ClaimGraph()
        var keyed = 0
        for article in LinkingIndexTests.corpus(count: 40, seed: 5) {
            let before = Int32(graph.mentionCount)
            guard graph.insert(article) == .accepted else { continue }
            let scratch = graph.linkScratch
            #expect(scratch.keyedMentions == before..<Int32(graph.mentionCount))
            for m in scratch.keyedMentions {
                var fresh: [ValueBucketKey] = []
                graph.valueKeys(of: m, into: &fresh)
                #expect(scratch.keyRange(of: m).map { Array(scratch.articleKeys[$0]) } == fresh)
                keyed += fresh.count
            }
            #expect(scratch.keyRange(of: Int32(graph.mentionCount)) == nil)
            #expect(before == 0 || scratch.keyRange(of: before - 1) == nil)
        }
        #expect(keyed > 0)
    }

    /// Hints for strings and keys present and absent, in empty and grown tables, read within
    /// them (a read outside would trap) and leave every look-up's answer as it was.
    @Test func hintsChangeNoAnswer() {
        var interner = Interner()
        let words = (0..<300).map { "word \($0)" }
        interner.prefetch(words.map { Interner.hash(of: $0) }[...])
        for word in words.prefix(200) { _ = interner.intern(word) }
        interner.prefetch((words + ["", "absent"]).map { Interner.hash(of: $0) }[...])
        for (i, word) in words.enumerated() { #expect(interner.intern(word) == Int32(i)) }

        var chains = BlockChains<Int32>()
        chains.prefetch(under: [1, 2, 3][...])
        for n in Int32(0)..<100 { chains.append(n, under: n % 7) }
        chains.prefetch(under: Array(Int32(0)..<20)[...])
        var found: [Int32] = []
        chains.forEach(under: 3) { found.append($0) }
        #expect(found == Array(stride(from: Int32(94), through: 3, by: -7)))
    }
}
