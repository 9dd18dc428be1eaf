import Foundation
import NIOCore
import Testing

@testable import Wire

/// Protocol/vectors/ in both directions: uncompressed golden frames byte for byte, compressed
/// ones by decoding, malformed ones by the error code they must produce.
@Suite struct VectorTests {
    struct Entry {
        var file: String
        var kind: String
        var expect: String
        var description: String
    }

    static func index() throws -> [Entry] {
        let url = VectorCatalog.directory.appendingPathComponent("index.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") || line.isEmpty { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { return nil }
            return Entry(file: fields[0], kind: fields[1], expect: fields[2], description: fields[3])
        }
    }

    static func bytes(of file: String) throws -> [UInt8] {
        let text = try String(
            contentsOf: VectorCatalog.directory.appendingPathComponent(file), encoding: .utf8)
        var hex: [UInt8] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            hex += line.utf8.filter { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }
        }
        var out: [UInt8] = []
        var i = 0
        while i + 1 < hex.count {
            guard let byte = UInt8(String(decoding: hex[i...i + 1], as: UTF8.self), radix: 16) else {
                throw VectorFileError.badHex(file)
            }
            out.append(byte)
            i += 2
        }
        return out
    }

    enum VectorFileError: Error { case badHex(String) }

    @Test func indexCoversTheCatalog() throws {
        let entries = try Self.index()
        #expect(entries.filter { $0.kind == "golden" }.count == VectorCatalog.golden.count)
        #expect(entries.filter { $0.kind == "decode-only" }.count == VectorCatalog.compressed.count)
        #expect(entries.filter { $0.kind == "malformed" }.count >= 15)
        #expect(Set(MessageType.allCases.map(\.rawValue)).isSubset(of: try Set(goldenTypes(entries))))
    }

    private func goldenTypes(_ entries: [Entry]) throws -> [UInt16] {
        try entries.filter { $0.kind == "golden" }.map { entry in
            let header = try #require(FrameHeader.peek(in: ByteBuffer(bytes: try Self.bytes(of: entry.file))))
            return header.type
        }
    }

    @Test func goldenFramesBothWays() throws {
        let byName = Dictionary(uniqueKeysWithValues: VectorCatalog.golden.map { ($0.name, $0.message) })
        for entry in try Self.index() where entry.kind == "golden" {
            let message = try #require(byName[entry.expect], "no catalog message \(entry.expect)")
            let bytes = try Self.bytes(of: entry.file)
            let codec = FrameCodec(compression: .none)
            #expect(Array(try codec.encode(message).readableBytesView) == bytes, "\(entry.file) encode")
            var buffer = ByteBuffer(bytes: bytes)
            #expect(try codec.decode(from: &buffer) == message, "\(entry.file) decode")
            #expect(buffer.readableBytes == 0)
        }
    }

    @Test func compressedFramesDecode() throws {
        let byName = Dictionary(uniqueKeysWithValues: VectorCatalog.compressed.map { ($0.name, $0.message) })
        for entry in try Self.index() where entry.kind == "decode-only" {
            let message = try #require(byName[entry.expect])
            var buffer = ByteBuffer(bytes: try Self.bytes(of: entry.file))
            let header = try #require(FrameHeader.peek(in: buffer))
            #expect(header.flags.contains(.compressed))
            #expect(try FrameCodec().decode(from: &buffer) == message, "\(entry.file)")
        }
    }

    @Test func malformedFramesGiveTheirError() throws {
        var count = 0
        for entry in try Self.index() where entry.kind == "malformed" {
            let code = try #require(
                WireErrorCode.allCases.first { "\($0)" == entry.expect }, "\(entry.expect)")
            var buffer = ByteBuffer(bytes: try Self.bytes(of: entry.file))
            do {
                let message = try FrameCodec().decode(from: &buffer)
                Issue.record("\(entry.file) decoded to \(String(describing: message))")
            } catch {
                #expect(error.code == code, "\(entry.file): \(error)")
            }
            count += 1
        }
        #expect(count >= 15)
    }

    /// Rewrites Protocol/vectors/ from the catalog: `WIRE_WRITE_VECTORS=1 swift test --filter writeVectors`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WIRE_WRITE_VECTORS"] == "1"))
    func writeVectors() throws {
        let directory = VectorCatalog.directory
        let fm = FileManager.default
        for sub in ["golden", "malformed"] {
            try? fm.removeItem(at: directory.appendingPathComponent(sub))
            try fm.createDirectory(
                at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        var index = """
            # Protocol/vectors index (tab-separated): file, kind, expect, description.
            # kind golden: encode the message to exactly these bytes and decode them back to it.
            # kind decode-only: compressed frames; decode them (zstd output differs across versions).
            # kind malformed: decoding must fail with the error code in `expect` (PROTOCOL.md §9).
            # Decode with the default limits (PROTOCOL.md §8) and dictionary 1103701227 available.
            # Hex files: whitespace ignored, lines starting with # are comments; the first line is
            # the 10-byte header.

            """
        func write(_ bytes: [UInt8], to file: String, comment: String) throws {
            var text = "# \(comment)\n"
            text += bytes.prefix(10).map { String(format: "%02x", $0) }.joined(separator: " ") + "\n"
            let payload = Array(bytes.dropFirst(10))
            for start in stride(from: 0, to: payload.count, by: 32) {
                text +=
                    payload[start..<min(start + 32, payload.count)].map { String(format: "%02x", $0) }
                    .joined(separator: " ") + "\n"
            }
            try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        for (n, vector) in VectorCatalog.golden.enumerated() {
            let file = String(format: "golden/%02d-%@.hex", n + 1, vector.name)
            let bytes = Array(try FrameCodec(compression: .none).encode(vector.message).readableBytesView)
            try write(bytes, to: file, comment: vector.description)
            index += "\(file)\tgolden\t\(vector.name)\t\(vector.description)\n"
        }
        for (n, vector) in VectorCatalog.compressed.enumerated() {
            let file = String(format: "golden/z%02d-%@.hex", n + 1, vector.name)
            let codec = FrameCodec(
                compression: CompressionOptions(threshold: 0, level: 1, useDictionary: vector.useDictionary),
                dictionary: vector.useDictionary ? WireDictionaries.embedded.first : nil)
            let bytes = Array(try codec.encode(vector.message).readableBytesView)
            try write(bytes, to: file, comment: vector.description)
            index += "\(file)\tdecode-only\t\(vector.name)\t\(vector.description)\n"
        }
        for (n, vector) in VectorCatalog.malformed.enumerated() {
            let file = String(format: "malformed/%02d-%@.hex", n + 1, vector.name)
            try write(vector.bytes, to: file, comment: "\(vector.description) -> \(vector.expected)")
            index += "\(file)\tmalformed\t\(vector.expected)\t\(vector.description)\n"
        }
        try index.write(to: directory.appendingPathComponent("index.tsv"), atomically: true, encoding: .utf8)
    }
}
