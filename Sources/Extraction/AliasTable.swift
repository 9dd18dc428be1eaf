/// One canonical name per entity of an article: case variants merged (`Bytedance` → `ByteDance`),
/// near-miss spellings merged into the more frequent one (`Duobao` → `Doubao`), acronyms joined to
/// the names they abbreviate (`UN` → `United Nations`), short forms to the one longer name they
/// start (`Meta` → `Meta Platforms`) or, for people, end (`Kane` → `Harry Kane`).
struct AliasTable {
    private(set) var canonical: [String: String] = [:]
    private(set) var counts: [String: Int] = [:]
    private(set) var persons: Set<String> = []
    /// The canonical name of each spelling the table was built from, as written: `resolve` of
    /// a name the article used needs no lower-casing.
    private var bySpelling: [String: String] = [:]

    init(names: [(name: String, isPerson: Bool, acronym: String?)]) {
        var byKey: [String: [String: Int]] = [:]
        var acronyms: [String: String] = [:]
        var personKeys = Set<String>()
        byKey.reserveCapacity(names.count)
        for n in names {
            let key = Tokenizer.lowercase(n.name)
            byKey[key, default: [:]][n.name, default: 0] += 1
            if n.isPerson { personKeys.insert(key) }
            if let a = n.acronym { acronyms[Tokenizer.lowercase(a)] = key }
        }
        // Spelling per key: the most frequent, mixed case before capitals.
        var spelling: [String: String] = [:]
        var keyCount: [String: Int] = [:]
        spelling.reserveCapacity(byKey.count)
        keyCount.reserveCapacity(byKey.count)
        canonical.reserveCapacity(byKey.count)
        counts.reserveCapacity(byKey.count)
        for (key, variants) in byKey {
            let best = variants.max { a, b in
                if a.value != b.value { return a.value < b.value }
                let aMixed = a.key != a.key.uppercased()
                let bMixed = b.key != b.key.uppercased()
                if aMixed != bMixed { return !aMixed }
                return a.key > b.key
            }
            spelling[key] = best?.key ?? key
            keyCount[key] = variants.values.reduce(0, +)
        }
        var parent: [String: String] = [:]
        let keys = keyCount.keys.sorted()
        // Whether a key has a space byte: without one it is a single word (the common case),
        // and the Character-level tests below need not run.
        func mayHaveSpace(_ key: String) -> Bool { key.utf8.contains(0x20) }
        let words: [String: [String]] = Dictionary(
            uniqueKeysWithValues: keys.map {
                ($0, mayHaveSpace($0) ? AliasTable.words(of: $0) : $0.isEmpty ? [] : [$0])
            })
        // People: a multi-word name whose last word also stands alone.
        for key in keys {
            guard let ws = words[key], ws.count >= 2, ws.count <= 3 else { continue }
            if let last = ws.last, keyCount[last] != nil, !EntityLexicon.places.contains(key) {
                let first = ws.first ?? ""
                let orgLike = ws.contains { EntityLexicon.corporateSuffixes.contains($0) }
                if personKeys.contains(key) || personKeys.contains(last)
                    || (keyCount[first] == nil && !orgLike)
                {
                    personKeys.insert(key)
                }
            }
        }
        // Acronyms.
        for (acronym, long) in acronyms
        where keyCount[acronym] != nil && keyCount[long] != nil && acronym != long {
            parent[acronym] = long
        }
        // Multi-word keys by their initials, in key order (built on first need).
        var byInitials: [String: [String]]?
        for key in keys
        where (2...6).contains(Token.characterCount(of: key)) && !(mayHaveSpace(key) && key.contains(" "))
            && parent[key] == nil
        {
            guard spelling[key] == spelling[key]?.uppercased() else { continue }
            if byInitials == nil {
                var index: [String: [String]] = [:]
                for other in keys {
                    guard let ws = words[other], ws.count >= 2 else { continue }
                    let initials = String(
                        ws.filter { !["of", "for", "the", "and", "&", "de"].contains($0) }.compactMap {
                            $0.first
                        }
                    )
                    index[initials, default: []].append(other)
                }
                byInitials = index
            }
            let matches = byInitials?[key] ?? []
            if matches.count == 1 { parent[key] = matches[0] }
        }
        // Near-miss spellings of single words.
        let singles = keys.filter {
            !(mayHaveSpace($0) && $0.contains(" ")) && Token.characterCount(of: $0) >= 5
        }
        // Only words with the same first letter are compared: group them, in key order.
        var singlesByFirst: [Character: [String]] = [:]
        for a in singles { if let c = a.first { singlesByFirst[c, default: []].append(a) } }
        for a in singles where parent[a] == nil {
            for b in a.first.flatMap({ singlesByFirst[$0] }) ?? [] where a != b && parent[b] == nil {
                guard AliasTable.withinOneEdit(a, b) else { continue }
                let (ca, cb) = (keyCount[a] ?? 0, keyCount[b] ?? 0)
                if ca < cb || (ca == cb && a > b) { parent[a] = b }
            }
        }
        // Short forms. A longer form starts with the key's first word or ends with its last:
        // only those keys are tested.
        var byFirstWord: [String: [String]] = [:]
        var byLastWord: [String: [String]] = [:]
        for key in keys {
            guard let ws = words[key], let first = ws.first, let last = ws.last else { continue }
            byFirstWord[first, default: []].append(key)
            byLastWord[last, default: []].append(key)
        }
        for key in keys where parent[key] == nil {
            guard let ws = words[key], !EntityLexicon.reporters.contains(key) else { continue }
            var candidates = keys
            if let first = ws.first, let last = ws.last {
                candidates = byFirstWord[first] ?? []
                for other in byLastWord[last] ?? [] where words[other]?.first != first {
                    candidates.append(other)
                }
            }
            let longer = candidates.filter { other in
                guard other != key, let os = words[other], os.count > ws.count else { return false }
                let extra: [String]
                if Array(os.prefix(ws.count)) == ws {
                    extra = Array(os.dropFirst(ws.count))
                    if personKeys.contains(other) { return false }
                } else if Array(os.suffix(ws.count)) == ws, personKeys.contains(other) || ws.count >= 2 {
                    extra = Array(os.dropLast(ws.count))
                } else {
                    return false
                }
                guard let original = spelling[other] else { return false }
                // Model names and products (`Nvidia H20`, `Meta AI`) are not longer forms.
                return extra.allSatisfy { e in
                    e.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
                        && !(e.count <= 3 && original.contains(e.uppercased()))
                        && !EntityLexicon.reporters.contains(e)
                }
            }
            if longer.count == 1, !EntityLexicon.places.contains(longer[0]) { parent[key] = longer[0] }
        }
        func root(_ k: String) -> String {
            var r = k
            var guardCount = 0
            while let p = parent[r], p != r, guardCount < 8 {
                r = p
                guardCount += 1
            }
            return r
        }
        for key in keys {
            let r = root(key)
            canonical[key] = spelling[r] ?? r
            counts[spelling[r] ?? r, default: 0] += keyCount[key] ?? 0
            if personKeys.contains(key) || personKeys.contains(r) { persons.insert(spelling[r] ?? r) }
        }
        bySpelling.reserveCapacity(names.count)
        for (key, variants) in byKey {
            guard let name = canonical[key] else { continue }
            for variant in variants.keys { bySpelling[variant] = name }
        }
    }

    /// `key.split(separator: " ")` as strings; an ASCII key is split on its bytes.
    static func words(of key: String) -> [String] {
        let bytes = Array(key.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return key.split(separator: " ").map(String.init) }
        return bytes.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `words(of: key).first` without splitting the rest; an ASCII key is read on its bytes.
    static func firstWord(of key: String) -> String? {
        var key = key
        let ascii: String?? = key.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == 0x20 && start == index { start = index + 1 }
            }
            guard start < bytes.count else { return .some(nil) }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let ascii { return ascii }
        return words(of: key).first
    }

    func resolve(_ name: String) -> String {
        bySpelling[name] ?? canonical[Tokenizer.lowercase(name)] ?? name
    }

    func isPerson(_ canonicalName: String) -> Bool { persons.contains(canonicalName) }

    /// Damerau–Levenshtein distance of at most one (one insertion, deletion, substitution or swap).
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a)
        let y = Array(b)
        if abs(x.count - y.count) > 1 { return false }
        if x.count == y.count {
            let diffs = x.indices.filter { x[$0] != y[$0] }
            if diffs.count == 1 { return true }
            if diffs.count == 2, diffs[1] == diffs[0] + 1, x[diffs[0]] == y[diffs[1]],
                x[diffs[1]] == y[diffs[0]]
            {
                return true
            }
            return false
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        var i = 0
        var j = 0
        var skipped = false
        while i < short.count, j < long.count {
            if short[i] == long[j] {
                i += 1
                j += 1
            } else {
                if skipped { return false }
                skipped = true
                j += 1
            }
        }
        return true
    }
}
