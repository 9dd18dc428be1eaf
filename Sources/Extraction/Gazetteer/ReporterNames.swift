/// `EntityLexicon.reporters` as packed-word tables, for `EntityLexicon.isReporterName` on an
/// ASCII name: a name is looked up on its bytes instead of hashing `String`s made for it.
struct ReporterNames: Sendable {
    /// The news services a reporter's name may end with (`Bloomberg News`).
    static let serviceSuffixes = [" news", " newswire", " newswires"]

    static let shared = ReporterNames(EntityLexicon.reporters)

    /// Every reporter, and the rest of each one that starts with `the ` (`the information` →
    /// `information`): a name without its `the` is a reporter when either holds it.
    private let withoutThe: Set<String>
    private let withoutTheIndex: PackedWordIndex<Bool>
    private let reporters: Set<String>
    private let reporterIndex: PackedWordIndex<Bool>

    init(_ reporters: Set<String>) {
        var withoutThe = reporters
        for r in reporters where r.hasPrefix("the ") { withoutThe.insert(String(r.dropFirst(4))) }
        self.withoutThe = withoutThe
        self.reporters = reporters
        withoutTheIndex = PackedWordIndex(Dictionary(uniqueKeysWithValues: withoutThe.map { ($0, true) }))
        reporterIndex = PackedWordIndex(Dictionary(uniqueKeysWithValues: reporters.map { ($0, true) }))
    }

    /// `isReporterName` of an ASCII name; nil when a byte is not ASCII or is a carriage return
    /// (`\r\n` is one `Character`), which the `String` path decides.
    func contains(asciiName bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for b in bytes where b >= 0x80 || b == 0x0D { return nil }
        var start = 0
        if bytes.count >= 4, bytes[0] == 0x74, bytes[1] == 0x68, bytes[2] == 0x65, bytes[3] == 0x20 {
            start = 4
        }
        let name = UnsafeBufferPointer(rebasing: bytes[start...])
        if Self.holds(name, withoutTheIndex, withoutThe) { return true }
        for suffix in Self.serviceSuffixBytes where Self.ends(name, with: suffix) {
            return Self.holds(
                UnsafeBufferPointer(rebasing: name.dropLast(suffix.count)), reporterIndex, reporters)
        }
        return false
    }

    private static let serviceSuffixBytes = serviceSuffixes.map { Array($0.utf8) }

    private static func ends(_ name: UnsafeBufferPointer<UInt8>, with suffix: [UInt8]) -> Bool {
        guard name.count >= suffix.count else { return false }
        let offset = name.count - suffix.count
        for i in 0..<suffix.count where name[offset + i] != suffix[i] { return false }
        return true
    }

    /// `set` holds the ASCII bytes `name`: through its packed index when they pack.
    private static func holds(
        _ name: UnsafeBufferPointer<UInt8>, _ index: PackedWordIndex<Bool>, _ set: Set<String>
    ) -> Bool {
        if let packed = PackedWord(name) { return index.value(packed) != nil }
        return set.contains(String(decoding: name, as: UTF8.self))
    }
}
