import NIOCore

/// Turns messages into frames and back: payload encoding, compression above the threshold,
/// bounded decompression, and the checks that make decoding total.
///
/// Not thread-safe (it owns zstd contexts): one per connection, or per caller.
public final class FrameCodec {
    /// What this side accepts; every decoded length and count is checked against it.
    public var limits: WireLimits
    /// What the peer accepts (from its `Hello`/`Welcome`); frames above its `maxFrameBytes` are
    /// refused on encoding.
    public var peerLimits: WireLimits
    public var compression: CompressionOptions
    /// The dictionary negotiated for sending; nil compresses without one.
    public var dictionary: ZstdDictionary?
    /// The version written in frame headers: the lowest supported one until the handshake
    /// picks another.
    public var version: UInt16
    /// The dictionaries this side can decompress with, by id.
    public let dictionaries: [UInt32: ZstdDictionary]

    private let zstd = ZstdContexts()

    public init(
        limits: WireLimits = .default, peerLimits: WireLimits = .default,
        compression: CompressionOptions = .init(), dictionary: ZstdDictionary? = nil,
        dictionaries: [ZstdDictionary] = WireDictionaries.embedded,
        version: UInt16 = WireProtocol.supportedVersions.lowerBound
    ) {
        self.limits = limits
        self.peerLimits = peerLimits
        self.compression = compression
        self.dictionary = dictionary
        self.version = version
        var byID: [UInt32: ZstdDictionary] = [:]
        for d in dictionaries { byID[d.id] = d }
        if let dictionary { byID[dictionary.id] = dictionary }
        self.dictionaries = byID
    }

    /// The frame for `message`, compressed when its payload reaches the threshold and
    /// compression makes it smaller.
    public func frame(for message: Message) throws(WireProtocolError) -> Frame {
        try frame(payload: Self.payload(of: message), type: message.type.rawValue)
    }

    /// The uncompressed payload of `message` (what the dictionary is trained on).
    package static func payload(of message: Message) -> ByteBuffer {
        var payload = ByteBufferAllocator().buffer(capacity: 256)
        payload.writePayload(of: message)
        return payload
    }

    /// Frames an encoded payload: compression, flags, header (the part measured against raw zstd).
    package func frame(payload: ByteBuffer, type: UInt16) throws(WireProtocolError) -> Frame {
        var payload = payload
        var flags: FrameFlags = []
        let plainSize = payload.readableBytes
        if payload.readableBytes >= compression.threshold {
            let packed = try zstd.compress(payload, level: compression.clampedLevel, dictionary: dictionary)
            if packed.readableBytes < payload.readableBytes {
                payload = packed
                flags.insert(.compressed)
                if dictionary != nil { flags.insert(.dictionary) }
            }
        }
        if flags.contains(.compressed), plainSize > peerLimits.maxDecompressedBytes {
            throw .decompressedTooLarge(declared: plainSize, limit: peerLimits.maxDecompressedBytes)
        }
        guard payload.readableBytes <= min(peerLimits.maxFrameBytes, Int(UInt32.max)) else {
            throw .frameTooLarge(length: payload.readableBytes, limit: peerLimits.maxFrameBytes)
        }
        let header = FrameHeader(
            length: UInt32(payload.readableBytes), version: version, flags: flags, type: type)
        return Frame(header: header, payload: payload)
    }

    /// Appends the whole frame (header and payload) for `message` to `buffer`.
    public func encode(_ message: Message, into buffer: inout ByteBuffer) throws(WireProtocolError) {
        try frame(for: message).write(to: &buffer)
    }

    /// The frame bytes for `message`.
    public func encode(_ message: Message) throws(WireProtocolError) -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: 256)
        try encode(message, into: &buffer)
        return buffer
    }

    /// The message a validated frame holds. Throws `unknownMessageType` for a type this version
    /// does not know (the stream is still in sync after it).
    public func decode(_ frame: Frame) throws(WireProtocolError) -> Message {
        try frame.header.validate(maxFrameBytes: limits.maxFrameBytes)
        guard let type = MessageType(rawValue: frame.header.type) else {
            throw .unknownMessageType(type: frame.header.type)
        }
        var reader = PayloadReader(buffer: try plainPayload(of: frame), limits: limits)
        return try reader.readMessage(type)
    }

    /// The frame's payload, decompressed (within `maxDecompressedBytes`) when flagged.
    package func plainPayload(of frame: Frame) throws(WireProtocolError) -> ByteBuffer {
        guard frame.header.flags.contains(.compressed) else { return frame.payload }
        return try zstd.decompress(
            frame.payload, limit: limits.maxDecompressedBytes, dictionaries: dictionaries,
            flaggedDictionary: frame.header.flags.contains(.dictionary))
    }

    /// Takes one frame off the front of `buffer` and decodes it: a message, nil for "need more
    /// bytes" (`buffer` untouched), or a typed error.
    public func decode(from buffer: inout ByteBuffer) throws(WireProtocolError) -> Message? {
        guard let frame = try Frame.read(from: &buffer, maxFrameBytes: limits.maxFrameBytes) else {
            return nil
        }
        return try decode(frame)
    }
}
