/// A MinHash sketch of an article's word 3-shingles: estimates how much of two texts is the
/// same wording, which a 64-bit SimHash of short articles cannot (an edited syndicated copy
/// and an independent rewrite of the same story land at similar SimHash distances).
///
/// One-permutation MinHash: each shingle is hashed once, the hash's top bits choose one of
/// the `slots` bins and its low 32 bits are the value that bin keeps the minimum of. A bin no
/// shingle fell in takes the minimum of the next filled bin, rehashed with the distance
/// (rotation densification), so two texts agree in it as they agree in that bin. The
/// estimate of the shared share is that of 32 independent minima, at one hash a shingle
/// instead of 32 (`slots` hashes a shingle were most of what inserting an article cost).
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
        var filled: UInt32 = 0
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
                    if words >= 3 {
                        let hash = Self.mix((first &* 31 &+ second) &* 31 &+ word)
                        let bin = Int(truncatingIfNeeded: hash >> 59)
                        let value = UInt32(truncatingIfNeeded: hash)
                        if value < minima[bin] { minima[bin] = value }
                        filled |= 1 << UInt32(bin)
                    }
                    first = second
                    second = word
                }
                return words
            }
        }
        guard words - 2 >= Self.minimumShingles else {
            self.minima = []
            return
        }
        // Empty bins from the filled ones, which are left as they are (at least one is filled).
        if filled != .max {
            for slot in 0..<Self.slots where filled & (1 << UInt32(slot)) == 0 {
                var distance = 1
                while filled & (1 << UInt32((slot + distance) % Self.slots)) == 0 { distance += 1 }
                let borrowed = UInt64(minima[(slot + distance) % Self.slots])
                minima[slot] = UInt32(truncatingIfNeeded: Self.mix(borrowed | UInt64(distance) << 32))
            }
        }
        self.minima = minima
    }

    /// SplitMix64's finaliser.
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
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
