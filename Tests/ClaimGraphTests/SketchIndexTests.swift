import Testing

@testable import ClaimGraph

/// `SketchIndex` must report every filed article of the searched days that shares `needed`
/// minima with the sketch searched for, once, however long the lists of common minima grow.
@Suite struct SketchIndexTests {
    /// Sketches whose slots mostly hold one of a few common minima (templated wording), the
    /// rest a minimum of their own; some share most of an earlier sketch (copies).
    static func sketches(count: Int, seed: UInt64) -> [[UInt32]] {
        var random = SeededGenerator(state: seed)
        var out: [[UInt32]] = []
        for n in 0..<count {
            var sketch = (0..<ShingleSketch.slots).map { slot -> UInt32 in
                random.next() % 3 == 0
                    ? UInt32(1_000_000 + n * 64 + slot) : UInt32(slot * 10 + Int(random.next() % 3))
            }
            if n > 0, random.next() % 5 == 0 {
                let source = out[Int(random.next() % UInt64(n))]
                for slot in 0..<ShingleSketch.slots where random.next() % 3 != 0 {
                    sketch[slot] = source[slot]
                }
            }
            out.append(sketch)
        }
        return out
    }

    @Test(arguments: [3, 41] as [UInt64])
    func reportsEveryArticleSharingEnoughMinimaOnce(seed: UInt64) {
        let sketches = Self.sketches(count: 300, seed: seed)
        var random = SeededGenerator(state: seed ^ 0xabc)
        let days = sketches.map { _ in Int32(random.next() % 4) }
        var index = SketchIndex()
        var sharing = 0
        var reportedButNotSharing = 0
        for (n, sketch) in sketches.enumerated() {
            for needed in [1, 8, 12] {
                let searched = [days[n] - 1, days[n]]
                var reported: [Int32] = []
                index.forEachCandidate(sketch: sketch, days: searched, needed: needed) { reported.append($0) }
                #expect(Set(reported).count == reported.count, "an article reported twice")
                for other in 0..<n where searched.contains(days[other]) {
                    let same = (0..<ShingleSketch.slots).filter { sketches[other][$0] == sketch[$0] }.count
                    #expect(index.sharedMinima(sketch, Int32(other)) == same)
                    if same >= needed {
                        sharing += 1
                        #expect(reported.contains(Int32(other)), "article \(other) shares \(same) minima")
                    } else if reported.contains(Int32(other)) {
                        reportedButNotSharing += 1
                    }
                }
            }
            index.add(Int32(n), minima: sketch, day: days[n])
        }
        // The fixture must exercise both sides: articles to find, and long lists skipped.
        #expect(sharing > 100)
        #expect(reportedButNotSharing > 0)
    }

    @Test func articlesWithoutSketchAreNeverReported() {
        var index = SketchIndex()
        index.add(0, minima: [], day: 5)
        index.add(2, minima: Array(repeating: 7, count: ShingleSketch.slots), day: 5)
        var reported: [Int32] = []
        index.forEachCandidate(
            sketch: Array(repeating: 7, count: ShingleSketch.slots), days: [5], needed: 1
        ) { reported.append($0) }
        #expect(reported == [2])
        #expect(index.hasFiled(on: 5) && !index.hasFiled(on: 6))
        #expect(index.sharedMinima(Array(repeating: 7, count: ShingleSketch.slots), 2) == ShingleSketch.slots)
        #expect(index.sharedMinima(Array(repeating: 7, count: ShingleSketch.slots), 1) == 0)
        #expect(index.sharedMinima([], 2) == 0)
    }
}
