import NIOCore

// Primitive encodings of payload fields (PROTOCOL.md §4): varints, zigzag, length-prefixed UTF-8.
extension ByteBuffer {
    @inlinable
    mutating func writeVarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            writeInteger(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        writeInteger(UInt8(truncatingIfNeeded: v))
    }

    /// Signed integers as zigzag varints, so small negatives stay short.
    @inlinable
    mutating func writeSignedVarint(_ value: Int) {
        let v = Int64(value)
        writeVarint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    @inlinable
    mutating func writeCount(_ count: Int) {
        writeVarint(UInt64(count))
    }

    @inlinable
    mutating func writeWireString(_ string: String) {
        var s = string
        s.withUTF8 { bytes in
            writeVarint(UInt64(bytes.count))
            writeBytes(bytes)
        }
    }

    @inlinable
    mutating func writeWireBool(_ value: Bool) {
        writeInteger(value ? 1 as UInt8 : 0)
    }

    @inlinable
    mutating func writeDouble(_ value: Double) {
        writeInteger(value.bitPattern, endianness: .big)
    }

    @inlinable
    mutating func writeOptionalString(_ value: String?) {
        if let value {
            writeInteger(1 as UInt8)
            writeWireString(value)
        } else {
            writeInteger(0 as UInt8)
        }
    }
}
