/// Why a graph snapshot was refused. Each case carries the facts: where in the bytes, what was
/// expected and what was found.
public enum GraphSnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes end before the item read at `offset` (`needed` bytes, `available` left).
    case truncated(offset: Int, needed: Int, available: Int)
    /// The file does not start with the snapshot magic.
    case notASnapshot(found: UInt64)
    /// Written in another format version.
    case unsupportedVersion(found: UInt32, expected: UInt32)
    /// Made under other `GraphRules` (fingerprints of their values differ).
    case rulesDiffer(found: UInt64, expected: UInt64)
    /// The payload's checksum is not the one the header records.
    case checksumMismatch(found: UInt64, expected: UInt64)
    /// A value that cannot be what the graph stored (a count, an index, a tag) at `offset`.
    case invalid(offset: Int, what: String)
    /// Bytes left over after the last structure.
    case trailingBytes(offset: Int, count: Int)

    public var description: String {
        switch self {
        case .truncated(let offset, let needed, let available):
            return "snapshot truncated at byte \(offset): \(needed) bytes needed, \(available) left"
        case .notASnapshot(let found):
            return "not a graph snapshot (magic \(String(found, radix: 16)))"
        case .unsupportedVersion(let found, let expected):
            return "snapshot format version \(found), this build reads \(expected)"
        case .rulesDiffer(let found, let expected):
            return
                "snapshot made under other graph rules (fingerprint \(String(found, radix: 16)), "
                + "these rules \(String(expected, radix: 16)))"
        case .checksumMismatch(let found, let expected):
            return
                "snapshot checksum \(String(found, radix: 16)) differs from the recorded "
                + "\(String(expected, radix: 16))"
        case .invalid(let offset, let what):
            return "snapshot holds an invalid \(what) at byte \(offset)"
        case .trailingBytes(let offset, let count):
            return "snapshot has \(count) unread bytes from byte \(offset)"
        }
    }
}

/// Appends values to a snapshot, little-endian; arrays of fixed-width integers in one copy.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }
    mutating func write(_ value: Float) { write(value.bitPattern) }
    mutating func write(_ value: Double) { write(value.bitPattern) }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A count, then the elements in one copy.
    mutating func write<T: FixedWidthInteger>(integers: [T]) {
        write(UInt64(integers.count))
        #if _endian(little)
            integers.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
            for value in integers { write(value) }
        #endif
    }

    mutating func overwrite<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for (i, byte) in raw.enumerated() { bytes[offset + i] = byte }
        }
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length against the bytes left. Valid only
/// while the buffer it reads is.
struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var remaining: Int { bytes.count - offset }

    private mutating func take(_ count: Int) throws(GraphSnapshotError) -> Int {
        guard count >= 0, count <= remaining else {
            throw .truncated(offset: offset, needed: count, available: remaining)
        }
        let start = offset
        offset += count
        return start
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws(GraphSnapshotError) -> T {
        let start = try take(MemoryLayout<T>.size)
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: start, as: T.self))
    }

    mutating func read(_: Bool.Type = Bool.self) throws(GraphSnapshotError) -> Bool {
        let at = offset
        switch try read(UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw .invalid(offset: at, what: "flag")
        }
    }

    mutating func read(_: Float.Type = Float.self) throws(GraphSnapshotError) -> Float {
        Float(bitPattern: try read(UInt32.self))
    }

    mutating func read(_: Double.Type = Double.self) throws(GraphSnapshotError) -> Double {
        Double(bitPattern: try read(UInt64.self))
    }

    mutating func read(_: String.Type = String.self) throws(GraphSnapshotError) -> String {
        let count = Int(try read(UInt32.self))
        let start = try take(count)
        let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count)])
        guard let string = String(validating: slice, as: UTF8.self) else {
            throw .invalid(offset: start, what: "UTF-8 string")
        }
        return string
    }

    /// A count, checked against the bytes left at `minimumBytes` per element.
    mutating func readCount(minimumBytes: Int = 1) throws(GraphSnapshotError) -> Int {
        let at = offset
        let count = try read(UInt64.self)
        guard count <= UInt64(remaining / max(1, minimumBytes)) else {
            throw .truncated(
                offset: at, needed: Int(clamping: count) &* max(1, minimumBytes), available: remaining)
        }
        return Int(count)
    }

    mutating func read<T: FixedWidthInteger>(integers _: T.Type) throws(GraphSnapshotError) -> [T] {
        let count = try readCount(minimumBytes: MemoryLayout<T>.size)
        let start = try take(count * MemoryLayout<T>.size)
        #if _endian(little)
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(
                        rebasing: bytes[start..<(start + count * MemoryLayout<T>.size)]))
                initialized = count
            }
        #else
            return (0..<count).map { i in
                T(
                    littleEndian: bytes.loadUnaligned(
                        fromByteOffset: start + i * MemoryLayout<T>.size, as: T.self))
            }
        #endif
    }

    mutating func decode<T: SnapshotCodable>(_: T.Type = T.self) throws(GraphSnapshotError) -> T {
        try T(reading: &self)
    }

    /// An index the graph stored, checked to fall in `0..<bound` (or -1 when `allowsNone`).
    mutating func readIndex(below bound: Int, allowsNone: Bool = false, what: String)
        throws(GraphSnapshotError) -> Int32
    {
        let at = offset
        let value = try read(Int32.self)
        guard (0..<bound).contains(Int(value)) || (allowsNone && value == -1) else {
            throw .invalid(offset: at, what: "\(what) \(value) (of \(bound))")
        }
        return value
    }

    func invalid(_ what: String) -> GraphSnapshotError { .invalid(offset: offset, what: what) }
}

/// A value the graph keeps, as snapshot bytes. Written and read field by field, so a change of
/// a structure's in-memory layout does not change the format unless its fields change.
protocol SnapshotCodable {
    func write(to writer: inout SnapshotWriter)
    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError)
}

extension Int32: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(self) }
    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self = try reader.read(Int32.self)
    }
}

extension UInt64: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(self) }
    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self = try reader.read(UInt64.self)
    }
}

extension Bool: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(self) }
    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self = try reader.read(Bool.self)
    }
}

extension String: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) { writer.write(self) }
    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self = try reader.read(String.self)
    }
}

extension Optional: SnapshotCodable where Wrapped: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .none: writer.write(false)
        case .some(let value):
            writer.write(true)
            value.write(to: &writer)
        }
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        self = try reader.read(Bool.self) ? .some(try Wrapped(reading: &reader)) : .none
    }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(count))
        for element in self { element.write(to: &writer) }
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let count = try reader.readCount()
        var array: [Element] = []
        array.reserveCapacity(count)
        for _ in 0..<count { array.append(try Element(reading: &reader)) }
        self = array
    }
}

extension Set: SnapshotCodable where Element: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(count))
        for element in self { element.write(to: &writer) }
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let count = try reader.readCount()
        var set = Set(minimumCapacity: count)
        for _ in 0..<count { set.insert(try Element(reading: &reader)) }
        self = set
    }
}

extension Dictionary: SnapshotCodable where Key: SnapshotCodable, Value: SnapshotCodable {
    func write(to writer: inout SnapshotWriter) {
        writer.write(UInt64(count))
        for (key, value) in self {
            key.write(to: &writer)
            value.write(to: &writer)
        }
    }

    init(reading reader: inout SnapshotReader) throws(GraphSnapshotError) {
        let count = try reader.readCount()
        var dictionary = Self(minimumCapacity: count)
        for _ in 0..<count {
            let key = try Key(reading: &reader)
            dictionary[key] = try Value(reading: &reader)
        }
        guard dictionary.count == count else { throw reader.invalid("dictionary with repeated keys") }
        self = dictionary
    }
}

/// A checksum of snapshot bytes: four lanes of 64-bit multiply-xor over 8-byte words, folded
/// (fast enough to check hundreds of megabytes at start; catches truncation and flipped bits,
/// not deliberate forgery).
enum SnapshotChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x9e37_79b9_7f4a_7c15
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        let words = bytes.count / 32 * 4
        var i = 0
        while i < words {
            let base = i * 8
            lanes.0 =
                (lanes.0 ^ bytes.loadUnaligned(fromByteOffset: base, as: UInt64.self).littleEndian) &* prime
            lanes.1 =
                (lanes.1 ^ bytes.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self).littleEndian)
                &* prime
            lanes.2 =
                (lanes.2 ^ bytes.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self).littleEndian)
                &* prime
            lanes.3 =
                (lanes.3 ^ bytes.loadUnaligned(fromByteOffset: base + 24, as: UInt64.self).littleEndian)
                &* prime
            lanes.0 ^= lanes.0 >> 29
            lanes.1 ^= lanes.1 >> 29
            lanes.2 ^= lanes.2 >> 29
            lanes.3 ^= lanes.3 >> 29
            i += 4
        }
        var hash = StableHash()
        hash.combine("\(lanes.0) \(lanes.1) \(lanes.2) \(lanes.3) \(bytes.count)")
        var tail = hash.finalized
        for index in (words * 8)..<bytes.count {
            tail = (tail ^ UInt64(bytes[index])) &* 0x100_0000_01b3
        }
        return tail
    }
}
