/// One canonical name per entity of an article: case variants merged (`Bytedance` → `ByteDance`),
/// near-miss spellings merged into the more frequent one (`Duobao` → `Doubao`), acronyms joined to
/// the names they abbreviate (`UN` → `United Nations`), short forms to the one longer name they
/// start (`Meta` → `Meta Platforms`) or, for people, end (`Kane` → `Harry Kane`).
struct AliasTable {
    /// Words that make a longer name a business unit of the shorter one (`Amazon Web Services`
    /// is not `Amazon`), lower-case.
    static let unitWords: Set<String> = [
        "cloud", "services", "web", "pay", "music", "studios", "labs", "ventures", "foundation", "games",
        "video", "ads", "advertising", "shopping", "maps", "search", "tv", "prime",
    ]

    private(set) var canonical: [String: String] = [:]
    private(set) var counts: [String: Int] = [:]
    private(set) var persons: Set<String> = []
    /// The canonical name of each spelling the table was built from, as written: `resolve` of
    /// a name the article used needs no lower-casing.
    private var bySpelling: [String: String] = [:]

    /// Builds the table from the names an article used, in the order it used them.
    ///
    /// Each distinct spelling and each distinct key (a lower-cased spelling) gets a small integer
    /// id once, and each key's words get term ids, so the merging below works on arrays and id
    /// comparisons instead of `String`-keyed dictionaries. Spellings and keys are interned with
    /// `String` equality, so canonically equivalent spellings still count as one.
    /// `impersonal` are names the article shows are no person's (`Eli Lilly shares`, `Hurricane
    /// Milton`): they keep their surname form (`Lilly`, `Milton`) but are no persons.
    ///
    /// `places` are names the article shows are places (`near Kyebi`): like the places of the
    /// lexicon, no short form of a longer name (`Kyebi Government Hospital`).
    init(
        names: [(name: String, isPerson: Bool, acronym: String?)], impersonal: Set<String> = [],
        places: Set<String> = []
    ) {
        var spellingIDs: [String: Int] = [:]
        var spellings: [String] = []
        var spellingUses: [Int] = []
        var spellingIsPerson: [Bool] = []
        var acronymsUsed: [(spelling: Int, acronym: String)] = []
        spellingIDs.reserveCapacity(names.count)
        spellings.reserveCapacity(names.count)
        spellingUses.reserveCapacity(names.count)
        spellingIsPerson.reserveCapacity(names.count)
        for n in names {
            let id: Int
            if let known = spellingIDs[n.name] {
                id = known
            } else {
                id = spellings.count
                spellingIDs[n.name] = id
                spellings.append(n.name)
                spellingUses.append(0)
                spellingIsPerson.append(false)
            }
            spellingUses[id] += 1
            if n.isPerson { spellingIsPerson[id] = true }
            if let a = n.acronym { acronymsUsed.append((id, a)) }
        }
        // Keys: each distinct spelling lower-cased once.
        let keys = Keys(spellings: spellings)
        let keyTotal = keys.names.count
        var keyCount = [Int](repeating: 0, count: keyTotal)
        var isPersonKey = [Bool](repeating: false, count: keyTotal)
        // Spelling per key: the most frequent, mixed case before capitals (a strict order over
        // distinct spellings, so the running best is the maximum).
        let mixed = spellings.map { !Self.isUpperCase($0) }
        func ranksBelow(_ a: Int, _ b: Int) -> Bool {
            if spellingUses[a] != spellingUses[b] { return spellingUses[a] < spellingUses[b] }
            if mixed[a] != mixed[b] { return !mixed[a] }
            return spellings[a] > spellings[b]
        }
        var best = [Int](repeating: -1, count: keyTotal)
        // Spellings are numbered in order of first use, so a key's first spelling is its first use.
        var firstUse = [Int](repeating: Int.max, count: keyTotal)
        for (s, k) in keys.ofSpelling.enumerated() {
            firstUse[k] = min(firstUse[k], s)
            keyCount[k] += spellingUses[s]
            if spellingIsPerson[s] { isPersonKey[k] = true }
            if best[k] < 0 || ranksBelow(best[k], s) { best[k] = s }
        }
        let spelling = best.map { $0 < 0 ? "" : spellings[$0] }
        var parent = [Int?](repeating: nil, count: keyTotal)
        let order = keys.names.indices.sorted { keys.names[$0] < keys.names[$1] }
        let words = keys.words
        let terms = keys.terms
        var isImpersonalKey = [Bool](repeating: false, count: keyTotal)
        for name in impersonal {
            if let key = keys.ids[Tokenizer.lowercase(name)] { isImpersonalKey[key] = true }
        }
        // People: a multi-word name whose last word also stands alone.
        for key in order {
            let ws = terms[key]
            guard ws.count >= 2, ws.count <= 3, let first = ws.first, let last = ws.last else { continue }
            if last < keyTotal, !EntityLexicon.places.contains(keys.names[key]) {
                let orgLike = Self.isOrganisationLike(words[key])
                if isPersonKey[key] || isPersonKey[last] || (first >= keyTotal && !orgLike) {
                    isPersonKey[key] = true
                }
            }
        }
        // Acronyms: the last expansion given for an acronym the article also uses alone.
        var expansion = [Int?](repeating: nil, count: keyTotal)
        for (s, a) in acronymsUsed {
            if let acronym = keys.ids[Tokenizer.lowercase(a)] { expansion[acronym] = keys.ofSpelling[s] }
        }
        for acronym in 0..<keyTotal {
            if let long = expansion[acronym], long != acronym { parent[acronym] = long }
        }
        // Multi-word keys by their initials, in key order (built on first need).
        var byInitials: [String: [Int]]?
        for key in order
        where (2...6).contains(keys.characterCounts[key]) && !keys.hasSpace[key] && parent[key] == nil {
            guard Self.isUpperCase(spelling[key]) else { continue }
            if byInitials == nil {
                var index: [String: [Int]] = [:]
                for other in order {
                    let ws = words[other]
                    guard ws.count >= 2 else { continue }
                    let initials = String(
                        ws.filter { !["of", "for", "the", "and", "&", "de"].contains($0) }.compactMap {
                            $0.first
                        }
                    )
                    index[initials, default: []].append(other)
                }
                byInitials = index
            }
            let matches = byInitials?[keys.names[key]] ?? []
            if matches.count == 1 { parent[key] = matches[0] }
        }
        // Near-miss spellings of single words.
        let singles = order.filter { !keys.hasSpace[$0] && keys.characterCounts[$0] >= 5 }
        // Only words with the same first letter are compared: group them, in key order.
        var singlesByFirst: [Character: [Int]] = [:]
        for a in singles { if let c = keys.names[a].first { singlesByFirst[c, default: []].append(a) } }
        for a in singles where parent[a] == nil {
            for b in keys.names[a].first.flatMap({ singlesByFirst[$0] }) ?? []
            where a != b && parent[b] == nil {
                guard AliasTable.withinOneEdit(keys.names[a], keys.names[b]) else { continue }
                let (ca, cb) = (keyCount[a], keyCount[b])
                if ca < cb || (ca == cb && keys.names[a] > keys.names[b]) { parent[a] = b }
            }
        }
        let placeKeys = Set(places.map(Tokenizer.lowercase))
        // Short forms. A longer form starts with the key's first word or ends with its last:
        // only those keys are tested further (a key without words tests every key).
        for key in order where parent[key] == nil {
            let ws = terms[key]
            // A country or city is no short form of what is named after it (`Latvia`, `Latvia
            // First`; `China`, `China Mobile`).
            guard !EntityLexicon.reporters.contains(keys.names[key]),
                !EntityLexicon.places.contains(keys.names[key]), !placeKeys.contains(keys.names[key])
            else { continue }
            let longer = order.filter { other in
                let os = terms[other]
                guard other != key, os.count > ws.count else { return false }
                guard ws.isEmpty || os.first == ws.first || os.last == ws.last else { return false }
                let extra: ArraySlice<String>
                if os.prefix(ws.count).elementsEqual(ws) {
                    extra = words[other].dropFirst(ws.count)
                    if isPersonKey[other] { return false }
                } else if os.suffix(ws.count).elementsEqual(ws), isPersonKey[other] || ws.count >= 2 {
                    extra = words[other].dropLast(ws.count)
                } else {
                    return false
                }
                let original = spelling[other]
                // Model names and products (`Nvidia H20`, `Meta AI`) are not longer forms, unless
                // used before the short form: a name in full first, then short (`Mistral AI ...
                // Mistral`), is how an article introduces a company.
                let productLike = firstUse[other] > firstUse[key]
                // A business unit is not its parent (`Amazon Web Services`, `Google Cloud`).
                if extra.contains(where: { AliasTable.unitWords.contains($0) }) { return false }
                return extra.allSatisfy { e in
                    e.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
                        && !(productLike && e.count <= 3 && original.contains(e.uppercased()))
                        && !EntityLexicon.reporters.contains(e)
                }
            }
            if longer.count == 1, !EntityLexicon.places.contains(keys.names[longer[0]]) {
                parent[key] = longer[0]
            }
        }
        func root(_ k: Int) -> Int {
            var r = k
            var guardCount = 0
            while let p = parent[r], p != r, guardCount < 8 {
                r = p
                guardCount += 1
            }
            return r
        }
        canonical.reserveCapacity(keyTotal)
        counts.reserveCapacity(keyTotal)
        var canonicalOfKey = [Int](repeating: 0, count: keyTotal)
        for key in order {
            let r = root(key)
            canonicalOfKey[key] = r
            canonical[keys.names[key]] = spelling[r]
            counts[spelling[r], default: 0] += keyCount[key]
            // A company or a storm named like a person keeps its surname form but is no person.
            if isPersonKey[key] || isPersonKey[r], !isImpersonalKey[key], !isImpersonalKey[r] {
                persons.insert(spelling[r])
            }
        }
        bySpelling.reserveCapacity(spellings.count)
        for (s, k) in keys.ofSpelling.enumerated() { bySpelling[spellings[s]] = spelling[canonicalOfKey[k]] }
    }

    /// The keys of an article's spellings (each lower-cased once) with small integer ids, and
    /// each key's words with term ids: a key that is one word has its own id as its term, so
    /// `terms[k].last < names.count` says that a key's last word is also a key.
    private struct Keys {
        var ids: [String: Int] = [:]
        var names: [String] = []
        var ofSpelling: [Int] = []
        var words: [[String]] = []
        var terms: [[Int]] = []
        var hasSpace: [Bool] = []
        var characterCounts: [Int] = []

        init(spellings: [String]) {
            ids.reserveCapacity(spellings.count)
            ofSpelling.reserveCapacity(spellings.count)
            for name in spellings {
                let key = Tokenizer.lowercase(name)
                if let known = ids[key] {
                    ofSpelling.append(known)
                } else {
                    ids[key] = names.count
                    ofSpelling.append(names.count)
                    names.append(key)
                }
            }
            // Term ids: keys first, then the other words of multi-word keys.
            var otherWords: [String: Int] = [:]
            otherWords.reserveCapacity(names.count)
            var termTotal = names.count
            for (k, key) in names.enumerated() {
                // Without a space byte a key is a single word (the common case), and the
                // Character-level tests need not run.
                let mayHaveSpace = key.utf8.contains(0x20)
                hasSpace.append(mayHaveSpace && (key.utf8.allSatisfy { $0 < 0x80 } || key.contains(" ")))
                characterCounts.append(Token.characterCount(of: key))
                guard mayHaveSpace else {
                    words.append(key.isEmpty ? [] : [key])
                    terms.append(key.isEmpty ? [] : [k])
                    continue
                }
                let ws = AliasTable.words(of: key)
                words.append(ws)
                terms.append(
                    ws.map { word in
                        if let id = ids[word] ?? otherWords[word] { return id }
                        otherWords[word] = termTotal
                        termTotal += 1
                        return termTotal - 1
                    })
            }
        }
    }

    /// Words that make a name an organisation's, never a person's: a corporate suffix
    /// (`Holdings`), a connecting word (`Bank of Canada`, `Doctors without Borders`), or a
    /// place as its last word (`Air India`), whose standing alone is the place, not a surname.
    static func isOrganisationLike(_ words: some BidirectionalCollection<String>) -> Bool {
        words.contains { EntityLexicon.corporateSuffixes.contains($0) || connectingWords.contains($0) }
            || words.last.map { EntityLexicon.places.contains($0) } == true
    }

    static let connectingWords: Set<String> = ["of", "for", "and", "the", "without", "on"]

    /// `name == name.uppercased()`: an ASCII name (upper-casing changes only `a`–`z`) is read on
    /// its bytes.
    static func isUpperCase(_ name: String) -> Bool {
        var name = name
        let ascii: Bool? = name.withUTF8 { bytes in
            var upper = true
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 97 && b <= 122 { upper = false }
            }
            return upper
        }
        return ascii ?? (name == name.uppercased())
    }

    /// `key.split(separator: " ")` as strings; an ASCII key is split on its bytes.
    static func words(of key: String) -> [String] {
        var key = key
        let ascii: [String]? = key.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                guard byte == 0x20 else { continue }
                if index > start {
                    words.append(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            if bytes.count > start {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            return words
        }
        return ascii ?? key.split(separator: " ").map(String.init)
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

    /// `words(of: text).last` without splitting the rest: an ASCII text is read backwards on its
    /// bytes (a space byte of ASCII text is always a character of its own).
    static func lastWord(of text: String) -> String? {
        var text = text
        let ascii: String?? = text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let ascii { return ascii }
        return text.split(separator: " ").last.map(String.init)
    }

    func resolve(_ name: String) -> String {
        bySpelling[name] ?? canonical[Tokenizer.lowercase(name)] ?? name
    }

    func isPerson(_ canonicalName: String) -> Bool { persons.contains(canonicalName) }

    /// Damerau–Levenshtein distance of at most one (one insertion, deletion, substitution or swap)
    /// between the characters of `a` and `b`. ASCII names without a carriage return (every
    /// character one byte) are compared on their bytes.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        let ascii: Bool? = a.withUTF8 { x in
            b.withUTF8 { y in
                for byte in x where byte >= 0x80 || byte == 0x0D { return nil }
                for byte in y where byte >= 0x80 || byte == 0x0D { return nil }
                return withinOneEdit(x, y)
            }
        }
        return ascii ?? withinOneEdit(Array(a), Array(b))
    }

    /// `withinOneEdit` over two sequences of elements indexed from 0.
    static func withinOneEdit<C: RandomAccessCollection>(_ x: C, _ y: C) -> Bool
    where C.Element: Equatable, C.Index == Int {
        if abs(x.count - y.count) > 1 { return false }
        if x.count == y.count {
            // Equal lengths: one substitution, or one swap of neighbours.
            var first = -1
            var second = -1
            var diffs = 0
            for i in 0..<x.count where x[i] != y[i] {
                diffs += 1
                if diffs == 1 {
                    first = i
                } else if diffs == 2 {
                    second = i
                } else {
                    return false
                }
            }
            if diffs == 1 { return true }
            return diffs == 2 && second == first + 1 && x[first] == y[second] && x[second] == y[first]
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
