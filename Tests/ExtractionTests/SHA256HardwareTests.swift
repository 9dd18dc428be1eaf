import Testing

@testable import Extraction

/// The SHA instructions path (`CSHA256`) must give the portable compression's digests, for
/// every length around the block and padding boundaries and however the input is split.
@Suite struct SHA256HardwareTests {
    static func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    static func digest(_ bytes: [UInt8], hardware: Bool, split: Int? = nil) -> String {
        var hasher = SHA256(usesHardware: hardware)
        if let split {
            hasher.update(bytes.prefix(split))
            hasher.update(bytes.dropFirst(split))
        } else {
            hasher.update(bytes)
        }
        return SHA256.hex(hasher.finalize())
    }

    @Test func hardwareMatchesPortable() {
        for count in Array(0...300) + [1000, 4096, 65_537] {
            let input = Self.bytes(count, seed: UInt64(count))
            let portable = Self.digest(input, hardware: false)
            #expect(Self.digest(input, hardware: SHA256.hardwareAvailable) == portable, "length \(count)")
            #expect(
                Self.digest(input, hardware: SHA256.hardwareAvailable, split: count / 3) == portable,
                "length \(count) split")
        }
    }

    @Test func bothPathsGiveTheKnownDigest() {
        let input = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        let expected = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        #expect(Self.digest(input, hardware: false) == expected)
        #expect(Self.digest(input, hardware: SHA256.hardwareAvailable) == expected)
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let million = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(Self.digest(long, hardware: false, split: 999) == million)
        #expect(Self.digest(long, hardware: SHA256.hardwareAvailable, split: 999) == million)
    }
}
