import Testing

@testable import Extraction

/// The alias table as first written, every step on `String`-keyed dictionaries: the plain
/// definition the interned `AliasTable` must agree with.
struct PlainAliasTable {
    var canonical: [String: String] = [:]
    var counts: [String: Int] = [:]
    var persons: Set<String> = []
    var bySpelling: [String: String] = [:]

    init(names: [(name: String, isPerson: Bool, acronym: String?)], impersonal: Set<String> = []) {
        var byKey: [String: [String: Int]] = [:]
        var acronyms: [String: String] = [:]
        var personKeys = Set<String>()
        var firstUse: [String: Int] = [:]
        byKey.reserveCapacity(names.count)
        for (i, n) in names.enumerated() {
            let key = Tokenizer.lowercase(n.name)
            if firstUse[key] == nil { firstUse[key] = i }
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
                let orgLike = AliasTable.isOrganisationLike(ws)
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
                // Model names and products (`Nvidia H20`, `Meta AI`) are not longer forms, unless
                // used before the short form (`Mistral AI ... Mistral`).
                let productLike = (firstUse[other] ?? 0) > (firstUse[key] ?? 0)
                // A business unit is not its parent (`Amazon Web Services`).
                if extra.contains(where: { AliasTable.unitWords.contains($0) }) { return false }
                return extra.allSatisfy { e in
                    e.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
                        && !(productLike && e.count <= 3 && original.contains(e.uppercased()))
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
        let impersonalKeys = Set(impersonal.map(Tokenizer.lowercase))
        for key in keys {
            let r = root(key)
            canonical[key] = spelling[r] ?? r
            counts[spelling[r] ?? r, default: 0] += keyCount[key] ?? 0
            if personKeys.contains(key) || personKeys.contains(r), !impersonalKeys.contains(key),
                !impersonalKeys.contains(r)
            {
                persons.insert(spelling[r] ?? r)
            }
        }
        bySpelling.reserveCapacity(names.count)
        for (key, variants) in byKey {
            guard let name = canonical[key] else { continue }
            for variant in variants.keys { bySpelling[variant] = name }
        }
    }

    func resolve(_ name: String) -> String {
        bySpelling[name] ?? canonical[Tokenizer.lowercase(name)] ?? name
    }
}
