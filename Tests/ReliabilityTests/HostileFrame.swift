import AggregatorService
import CZstd
import ClaimModel
import Foundation
import NIOCore
import Wire

/// One hostile input for a listener: the bytes, whether a valid handshake precedes them, and
/// what the server must answer (one short word per frame, see `RawReply.signature`) and whether
/// it must then close the connection.
struct HostileFrame: Sendable, CustomStringConvertible {
    var name: String
    var listener: AggregatorListener = .query
    /// The `Hello` sent (and its `Welcome` awaited) before the hostile bytes; nil sends them first.
    var hello: Hello? = nil
    var bytes: [UInt8]
    /// Half-close after the bytes (the server then reads end-of-stream).
    var finishSending = false
    var expected: [String]
    /// The server must end the connection after the expected frames.
    var closes: Bool

    var description: String { name }
}

/// Builders for frames, valid or not.
enum FrameBytes {
    static let clientHello = Hello(role: .client, software: "reliability/1")
    static let extractorHello = Hello(role: .extractor, software: "reliability/1")

    static func header(length: UInt32, version: UInt16 = 1, flags: UInt16 = 0, type: UInt16) -> [UInt8] {
        var buffer = ByteBuffer()
        buffer.writeInteger(length, endianness: .big)
        buffer.writeInteger(version, endianness: .big)
        buffer.writeInteger(flags, endianness: .big)
        buffer.writeInteger(type, endianness: .big)
        return Array(buffer.readableBytesView)
    }

    /// A frame around `payload`, its length taken from the payload unless given.
    static func frame(
        type: UInt16, payload: [UInt8], version: UInt16 = 1, flags: UInt16 = 0, length: UInt32? = nil
    ) -> [UInt8] {
        header(length: length ?? UInt32(payload.count), version: version, flags: flags, type: type) + payload
    }

    /// The uncompressed payload of a valid message.
    static func payload(of message: Message) -> [UInt8] {
        Array(FrameCodec.payload(of: message).readableBytesView)
    }

    /// A valid, uncompressed frame.
    static func frame(_ message: Message) -> [UInt8] {
        frame(type: message.type.rawValue, payload: payload(of: message))
    }

    static func ping(_ nonce: UInt64) -> [UInt8] { frame(.ping(nonce)) }

    /// One zstd frame of `input` (declaring its size).
    static func zstd(_ input: [UInt8]) -> [UInt8] {
        let bound = ZSTD_compressBound(input.count)
        var output = [UInt8](repeating: 0, count: bound)
        let written = input.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { target in
                ZSTD_compress(target.baseAddress, target.count, source.baseAddress, source.count, 1)
            }
        }
        guard ZSTD_isError(written) == 0 else { return [] }
        return Array(output.prefix(written))
    }

    static func varint(_ value: UInt64) -> [UInt8] {
        var value = value
        var bytes: [UInt8] = []
        repeat {
            var byte = UInt8(value & 0x7F)
            value >>= 7
            if value != 0 { byte |= 0x80 }
            bytes.append(byte)
        } while value != 0
        return bytes
    }

    /// A Query `story` whose id is the raw bytes given (valid UTF-8 or not).
    static func storyQuery(id: [UInt8], requestID: UInt64 = 1) -> [UInt8] {
        frame(
            type: MessageType.query.rawValue, payload: varint(requestID) + [1] + varint(UInt64(id.count)) + id
        )
    }

    /// A Hello payload written by hand, so its limits and dictionary list can be anything.
    static func handwrittenHello(limits: [UInt64], dictionaryCount: UInt64, dictionaryBytes: [UInt8] = [])
        -> [UInt8]
    {
        var payload: [UInt8] = [1, 0, 1, 0, 1, 0, 0]  // client, versions 1-1, "", no token
        for limit in limits { payload += varint(limit) }
        payload += varint(dictionaryCount) + dictionaryBytes
        return frame(type: MessageType.hello.rawValue, payload: payload)
    }
}

/// Reads `Protocol/vectors/index.tsv` and the malformed vectors' bytes.
struct ProtocolVector: Sendable {
    var file: String
    var kind: String
    var expect: String
    var bytes: [UInt8]

    static func all() throws -> [ProtocolVector] {
        let index = try String(
            contentsOf: RepositoryPaths.vectors.appendingPathComponent("index.tsv"), encoding: .utf8)
        return try index.split(separator: "\n").compactMap { line -> ProtocolVector? in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { return nil }
            let text = try String(
                contentsOf: RepositoryPaths.vectors.appendingPathComponent(fields[0]), encoding: .utf8)
            return ProtocolVector(file: fields[0], kind: fields[1], expect: fields[2], bytes: hex(text))
        }
    }

    /// Hex digits of every non-comment line, whitespace ignored.
    static func hex(_ text: String) -> [UInt8] {
        let digits = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined()
            .filter(\.isHexDigit)
        var bytes: [UInt8] = []
        var index = digits.startIndex
        while let next = digits.index(index, offsetBy: 2, limitedBy: digits.endIndex),
            index != digits.endIndex
        {
            if let byte = UInt8(digits[index..<next], radix: 16) { bytes.append(byte) }
            index = next
        }
        return bytes
    }

    /// The code named in the index (`frame-too-large` → 2).
    var code: WireErrorCode? { WireErrorCode.allCases.first { $0.description == expect } }
}
