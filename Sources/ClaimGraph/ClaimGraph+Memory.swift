/// The memory accounting: what each structure of the graph takes from the heap at its
/// capacity, so over-allocation (growth slack, padding, per-item allocations) shows up next to
/// what is essential. Estimates (`HeapBytes`), not measurements: resident size can be lower
/// (an array's slack that was never written is never resident) or higher (allocator slack).
extension ClaimGraph {
    /// One named part of the graph and its bytes.
    package struct MemoryPart: Sendable {
        package var structure: String
        package var bytes: Int
    }

    /// Every structure of the graph with its heap bytes, the largest parts split (arrays,
    /// tables, per-item storage), in a fixed order.
    package var memoryBreakdown: [MemoryPart] {
        var parts: [MemoryPart] = []
        func add(_ structure: String, _ bytes: Int) {
            parts.append(MemoryPart(structure: structure, bytes: bytes))
        }
        add("articles.entries", HeapBytes.array(articles))
        add("articles.strings", articleStrings.memoryBytes)
        add("articles.cues", cueArena.memoryBytes)
        add("mentions", HeapBytes.array(mentions))
        add("values", HeapBytes.array(values))
        add(
            "denials",
            denials.reduce(HeapBytes.array(denials)) {
                $0 + HeapBytes.array($1.topics) + $1.topics.reduce(0) { $0 + HeapBytes.string($1) }
            })
        add("groups", HeapBytes.array(groups) + groupMentions.memoryBytes)
        add("groups.index", groupIndex.memoryBytes)
        add("groups.shapes", HeapBytes.dictionary(measureShapes))
        add("strings", strings.memoryBytes)
        add("units", units.memoryBytes)
        add(
            "interned caches",
            nameKeys.memoryBytes + headKeys.memoryBytes + measureKeys.memoryBytes + subjectStamps.memoryBytes
                + HeapBytes.dictionary(unnamedAttributions) + HeapBytes.dictionary(periodSpans))
        add("buckets", buckets.memoryBytes + subjectGroups.memoryBytes)
        add("articleIDs", articleIDs.memoryBytes)
        add("textHashIndex", textHashIndex.memoryBytes)
        add("simhashBands", simhashBands.memoryBytes)
        add("leadIndex", leadIndex.memoryBytes)
        add("namingIndex", namingIndex.memoryBytes)
        add("namedIndex", namedIndex.memoryBytes)
        for part in sketchIndex.memoryParts { add("sketchIndex.\(part.name)", part.bytes) }
        add("valueIndex", valueIndex.memoryBytes)
        add("figureIndex", figureIndex.memoryBytes)
        add("figureCells", figureCells.memoryBytes)
        add("syndication", syndication.memoryBytes)
        add("stories", stories.memoryBytes)
        add("claimSets", claimSets.memoryBytes)
        add("claimSpansSubjects", HeapBytes.array(claimSpansSubjects))
        add("scratch", scratch.memoryBytes + linkScratch.memoryBytes)
        add("viewCache", viewCache.memoryBytes)
        return parts
    }

    /// Moves the graph's large arrays (entries, values, index nodes, union-find arrays, the
    /// sketch index) to buffers of their size, freeing what growing by doubling left unused:
    /// for after a bulk load (a rebuild from the store), before the freed pages are returned
    /// to the system. Answers and later inserts are unchanged; an insert that outgrows an array
    /// grows it again.
    public mutating func releaseSlack() {
        HeapBytes.releaseSlack(&articles)
        articleStrings.releaseSlack()
        cueArena.releaseSlack()
        HeapBytes.releaseSlack(&mentions)
        HeapBytes.releaseSlack(&values)
        HeapBytes.releaseSlack(&denials)
        HeapBytes.releaseSlack(&claimSpansSubjects)
        HeapBytes.releaseSlack(&groups)
        groupMentions.releaseSlack()
        buckets.releaseSlack()
        subjectGroups.releaseSlack()
        textHashIndex.releaseSlack()
        simhashBands.releaseSlack()
        leadIndex.releaseSlack()
        namingIndex.releaseSlack()
        namedIndex.releaseSlack()
        valueIndex.releaseSlack()
        figureIndex.releaseSlack()
        figureCells.releaseSlack()
        sketchIndex.releaseSlack()
        syndication.releaseSlack()
        stories.releaseSlack()
        claimSets.releaseSlack()
    }

    /// Approximate bytes held by the graph's structures: the sum of `memoryBreakdown`.
    public var approximateBytes: Int { memoryBreakdown.reduce(0) { $0 + $1.bytes } }
}
