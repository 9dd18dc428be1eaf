/// A MinHash sketch of an article's word 3-shingles: estimates how much of two texts is the
/// same wording, which a 64-bit SimHash of short articles cannot (an edited syndicated copy
/// and an independent rewrite of the same story land at similar SimHash distances).
struct ShingleSketch: Sendable, Hashable {
    static let slots = 32
    /// Texts with fewer shingles are too short to call copies by wording.
    static let minimumShingles = 40
    var minima: [UInt32]

    init(text: String) {
        var text = text
        self = text.withUTF8 { Self(utf8: $0) }
    }

    /// The sketch of a text's UTF-8 bytes, read in place (iterating `String.utf8` byte by byte
    /// cost more than the hashing).
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var minima = [UInt32](repeating: .max, count: Self.slots)
        let words = minima.withUnsafeMutableBufferPointer { minima in
            Self.wordBytes.withUnsafeBufferPointer { wordBytes in
                // Two tight loops, separators then a word's bytes, with the state in locals no
                // closure captures: one look-up per byte.
                var words = 0
                // The last two words' hashes: a shingle is the pair and the word that completes it.
                var first: UInt64 = 0
                var second: UInt64 = 0
                var i = 0
                let count = bytes.count
                while true {
                    while i < count, wordBytes[Int(bytes[i])] == 0 { i += 1 }
                    guard i < count else { break }
                    var word: UInt64 = 0xcbf2_9ce4_8422_2325
                    var lower = wordBytes[Int(bytes[i])]
                    repeat {
                        word = (word ^ UInt64(lower)) &* 0x100_0000_01b3
                        i += 1
                        lower = i < count ? wordBytes[Int(bytes[i])] : 0
                    } while lower != 0
                    words += 1
                    if words >= 3 { Self.add(shingle: (first &* 31 &+ second) &* 31 &+ word, to: minima) }
                    first = second
                    second = word
                }
                return words
            }
        }
        self.minima = words - 2 < Self.minimumShingles ? [] : minima
    }

    /// Lowers each slot's minimum to the shingle's hash for that slot, if below.
    private static func add(shingle: UInt64, to minima: UnsafeMutableBufferPointer<UInt32>) {
        for slot in 0..<Self.slots {
            var z = shingle ^ (UInt64(slot) &* 0x9e37_79b9_7f4a_7c15)
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            let v = UInt32(truncatingIfNeeded: z ^ (z >> 31))
            if v < minima[slot] { minima[slot] = v }
        }
    }

    /// Per byte: the byte lower-cased when it is part of a word (ASCII letters and digits, and
    /// every byte of a non-ASCII character), 0 when it separates words. One look-up per byte
    /// of the text instead of range tests.
    static let wordBytes: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 65...90: UInt8(byte + 32)
        case 97...122, 48...57, 128...255: UInt8(byte)
        default: 0
        }
    }

    /// Estimated Jaccard similarity of the two shingle sets; 0 when either text is too short.
    func similarity(to other: ShingleSketch) -> Double {
        guard minima.count == Self.slots, other.minima.count == Self.slots else { return 0 }
        var same = 0
        for slot in 0..<Self.slots where minima[slot] == other.minima[slot] { same += 1 }
        return Double(same) / Double(Self.slots)
    }
}
