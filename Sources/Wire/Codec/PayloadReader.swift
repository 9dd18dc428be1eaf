import NIOCore

/// Reads payload fields, checking every length and count against the bytes that remain and
/// against the receiver's limits before allocating anything.
struct PayloadReader {
    var buffer: ByteBuffer
    let limits: WireLimits

    init(buffer: ByteBuffer, limits: WireLimits) {
        self.buffer = buffer
        self.limits = limits
    }

    var remaining: Int { buffer.readableBytes }

    mutating func readByte(_ field: String) throws(WireProtocolError) -> UInt8 {
        guard let byte = buffer.readInteger(as: UInt8.self) else {
            throw .truncated(field: field, needed: 1, remaining: 0)
        }
        return byte
    }

    mutating func readUInt16(_ field: String) throws(WireProtocolError) -> UInt16 {
        guard let value = buffer.readInteger(endianness: .big, as: UInt16.self) else {
            throw .truncated(field: field, needed: 2, remaining: remaining)
        }
        return value
    }

    mutating func readUInt32(_ field: String) throws(WireProtocolError) -> UInt32 {
        guard let value = buffer.readInteger(endianness: .big, as: UInt32.self) else {
            throw .truncated(field: field, needed: 4, remaining: remaining)
        }
        return value
    }

    mutating func readUInt64(_ field: String) throws(WireProtocolError) -> UInt64 {
        guard let value = buffer.readInteger(endianness: .big, as: UInt64.self) else {
            throw .truncated(field: field, needed: 8, remaining: remaining)
        }
        return value
    }

    /// Unsigned LEB128, at most 10 bytes, minimal (PROTOCOL.md §4.1).
    mutating func readVarint(_ field: String) throws(WireProtocolError) -> UInt64 {
        // Most varints (lengths, small counts, offsets below 128) are one byte.
        if let first = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self), first < 0x80 {
            buffer.moveReaderIndex(forwardBy: 1)
            return UInt64(first)
        }
        var result: UInt64 = 0
        var shift: UInt64 = 0
        var index = 0
        while true {
            guard let byte = buffer.readInteger(as: UInt8.self) else {
                throw .truncated(field: field, needed: 1, remaining: 0)
            }
            if index == 9 && byte > 1 { throw .overlongVarint(field: field) }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 {
                if byte == 0 && index > 0 { throw .nonMinimalVarint(field: field) }
                return result
            }
            index += 1
            shift += 7
            if index == 10 { throw .overlongVarint(field: field) }
        }
    }

    mutating func readSignedVarint(_ field: String) throws(WireProtocolError) -> Int {
        let raw = try readVarint(field)
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    /// A varint that must fit in `Int` (a limit, a size).
    mutating func readNonNegativeInt(_ field: String) throws(WireProtocolError) -> Int {
        let raw = try readVarint(field)
        guard raw <= UInt64(Int.max) else { throw .integerOutOfRange(field: field, value: raw) }
        return Int(raw)
    }

    /// A list count: at most `limit`, and no more elements than `minimumElementBytes` each could
    /// fit in the bytes that remain.
    mutating func readCount(
        _ field: String, limit: Int, minimumElementBytes: Int = 1
    ) throws(WireProtocolError) -> Int {
        let raw = try readVarint(field)
        guard raw <= UInt64(limit) else {
            throw .listTooLong(field: field, count: raw > UInt64(Int.max) ? Int.max : Int(raw), limit: limit)
        }
        let count = Int(raw)
        let needed = count.multipliedReportingOverflow(by: minimumElementBytes)
        guard !needed.overflow, needed.partialValue <= remaining else {
            throw .truncated(field: field, needed: needed.partialValue, remaining: remaining)
        }
        return count
    }

    mutating func readString(_ field: String) throws(WireProtocolError) -> String {
        let raw = try readVarint(field)
        guard raw <= UInt64(limits.maxStringBytes) else {
            throw .stringTooLong(
                field: field, length: raw > UInt64(Int.max) ? Int.max : Int(raw), limit: limits.maxStringBytes
            )
        }
        let length = Int(raw)
        guard length <= remaining else {
            throw .truncated(field: field, needed: length, remaining: remaining)
        }
        if length == 0 { return "" }
        let string = buffer.withUnsafeReadableBytes { raw -> String? in
            let bytes = UnsafeBufferPointer(
                start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: length)
            return validatedUTF8(bytes)
        }
        guard let string else { throw .invalidUTF8(field: field) }
        buffer.moveReaderIndex(forwardBy: length)
        return string
    }

    mutating func readBool(_ field: String) throws(WireProtocolError) -> Bool {
        let byte = try readByte(field)
        switch byte {
        case 0: return false
        case 1: return true
        default: throw .invalidBool(field: field, byte: byte)
        }
    }

    /// The presence byte of an optional field.
    mutating func readPresence(_ field: String) throws(WireProtocolError) -> Bool {
        try readBool(field)
    }

    mutating func readOptionalString(_ field: String) throws(WireProtocolError) -> String? {
        try readPresence(field) ? try readString(field) : nil
    }

    mutating func readDouble(_ field: String) throws(WireProtocolError) -> Double {
        Double(bitPattern: try readUInt64(field))
    }

    /// Refuses bytes left after the message (PROTOCOL.md §3: a payload holds exactly one message).
    func expectEnd() throws(WireProtocolError) {
        if remaining > 0 { throw .trailingBytes(count: remaining) }
    }
}

/// The bytes as a `String` when they are well-formed UTF-8, nil otherwise (never repaired).
func validatedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    #if os(Linux)
        return String(validating: bytes, as: UTF8.self)
    #else
        if #available(macOS 15, iOS 18, *) {
            return String(validating: bytes, as: UTF8.self)
        }
        let string = String(decoding: bytes, as: UTF8.self)
        return string.utf8.elementsEqual(bytes) ? string : nil
    #endif
}
