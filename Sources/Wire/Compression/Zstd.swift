import CZstd
import NIOCore

/// One zstd compression and one decompression context, reused frame after frame. Not thread-safe:
/// each connection (or each caller) owns its own.
final class ZstdContexts {
    /// Largest window a streamed (size-less) zstd frame may need: 2^23 = 8 MiB. Levels 1–3 use at
    /// most 2 MiB, so only a hostile or misconfigured peer hits it.
    static let windowLogMax: Int32 = 23
    static let magic: UInt32 = 0xFD2F_B528

    private let compression: OpaquePointer
    private let decompression: OpaquePointer

    init() {
        // Allocation failure of a few hundred KiB is not recoverable in any useful way.
        guard let cctx = ZSTD_createCCtx(), let dctx = ZSTD_createDCtx() else {
            fatalError("libzstd could not allocate a context")
        }
        compression = cctx
        decompression = dctx
    }

    deinit {
        ZSTD_freeCCtx(compression)
        ZSTD_freeDCtx(decompression)
    }

    /// Compresses `input` as one zstd frame that declares its content size.
    func compress(
        _ input: ByteBuffer, level: Int32, dictionary: ZstdDictionary?
    ) throws(WireProtocolError) -> ByteBuffer {
        let cctx = compression
        ZSTD_CCtx_reset(cctx, ZSTD_reset_session_and_parameters)
        if let dictionary {
            ZSTD_CCtx_refCDict(cctx, dictionary.compressionTable(level: level))
        } else {
            ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, min(max(level, 1), 3))
        }
        let bound = ZSTD_compressBound(input.readableBytes)
        var output = ByteBufferAllocator().buffer(capacity: bound)
        let result = input.withUnsafeReadableBytes { src in
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { dst in
                let written = ZSTD_compress2(cctx, dst.baseAddress, dst.count, src.baseAddress, src.count)
                return ZSTD_isError(written) != 0 ? 0 : written
            }
        }
        if result == 0 { throw .compressionFailed(reason: "ZSTD_compress2 failed") }
        return output
    }

    /// Decompresses a payload that must be exactly one zstd frame, never producing more than
    /// `limit` bytes whatever the frame claims.
    func decompress(
        _ input: ByteBuffer, limit: Int, dictionaries: [UInt32: ZstdDictionary], flaggedDictionary: Bool
    ) throws(WireProtocolError) -> ByteBuffer {
        let firstBytes = input.getBytes(at: input.readerIndex, length: min(4, input.readableBytes)) ?? []
        guard input.readableBytes >= 4,
            input.getInteger(at: input.readerIndex, endianness: .little, as: UInt32.self) == Self.magic
        else { throw .notZstd(firstBytes: firstBytes) }

        let facts = input.withUnsafeReadableBytes { src in
            (
                frameSize: ZSTD_findFrameCompressedSize(src.baseAddress, src.count),
                contentSize: ZSTD_getFrameContentSize(src.baseAddress, src.count),
                dictionaryID: ZSTD_getDictID_fromFrame(src.baseAddress, src.count)
            )
        }
        if ZSTD_isError(facts.frameSize) != 0 {
            throw .decompressionFailed(reason: String(cString: ZSTD_getErrorName(facts.frameSize)))
        }
        if facts.frameSize < input.readableBytes {
            throw .trailingCompressedBytes(count: input.readableBytes - facts.frameSize)
        }
        guard flaggedDictionary == (facts.dictionaryID != 0) else {
            throw .dictionaryFlagMismatch(flagged: flaggedDictionary, frameDictionary: facts.dictionaryID)
        }
        var dictionary: ZstdDictionary?
        if facts.dictionaryID != 0 {
            guard let known = dictionaries[facts.dictionaryID] else {
                throw .unknownDictionary(id: facts.dictionaryID)
            }
            dictionary = known
        }

        let dctx = decompression
        ZSTD_DCtx_reset(dctx, ZSTD_reset_session_and_parameters)
        ZSTD_DCtx_setParameter(dctx, ZSTD_d_windowLogMax, Self.windowLogMax)
        if let dictionary { ZSTD_DCtx_refDDict(dctx, dictionary.decompressionTable) }

        // ZSTD_CONTENTSIZE_UNKNOWN is 0ULL - 1, ZSTD_CONTENTSIZE_ERROR 0ULL - 2.
        let unknown = UInt64.max
        let invalid = UInt64.max - 1
        switch facts.contentSize {
        case invalid:
            throw .decompressionFailed(reason: "invalid zstd frame header")
        case unknown:
            return try decompressStreaming(input, limit: limit)
        default:
            guard facts.contentSize <= UInt64(limit) else {
                throw .decompressedTooLarge(
                    declared: facts.contentSize > UInt64(Int.max) ? Int.max : Int(facts.contentSize),
                    limit: limit)
            }
            let size = Int(facts.contentSize)
            var output = ByteBufferAllocator().buffer(capacity: size)
            var failure: Int = 0
            _ = input.withUnsafeReadableBytes { src in
                output.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { dst in
                    // The destination is exactly the declared size: a frame that inflates further
                    // fails with dstSize_tooSmall instead of writing past it.
                    let written = ZSTD_decompressDCtx(dctx, dst.baseAddress, size, src.baseAddress, src.count)
                    if ZSTD_isError(written) != 0 {
                        failure = written
                        return 0
                    }
                    return written
                }
            }
            if failure != 0 {
                throw .decompressionFailed(reason: String(cString: ZSTD_getErrorName(failure)))
            }
            guard output.readableBytes == size else {
                throw .decompressionFailed(
                    reason: "content size \(size) declared, \(output.readableBytes) produced")
            }
            return output
        }
    }

    private func decompressStreaming(_ input: ByteBuffer, limit: Int) throws(WireProtocolError) -> ByteBuffer
    {
        let dctx = decompression
        let chunk = 64 << 10
        var output = ByteBufferAllocator().buffer(capacity: min(limit, chunk))
        var status = 0
        var error: WireProtocolError?
        input.withUnsafeReadableBytes { src in
            var inBuffer = ZSTD_inBuffer(src: src.baseAddress, size: src.count, pos: 0)
            while true {
                // One byte more than the limit is allowed to land, so going over is detectable.
                let room = min(chunk, limit + 1 - output.readableBytes)
                if room <= 0 {
                    error = .decompressedTooLarge(declared: nil, limit: limit)
                    return
                }
                let produced = output.writeWithUnsafeMutableBytes(minimumWritableBytes: room) { dst in
                    var outBuffer = ZSTD_outBuffer(dst: dst.baseAddress, size: room, pos: 0)
                    status = ZSTD_decompressStream(dctx, &outBuffer, &inBuffer)
                    return outBuffer.pos
                }
                if ZSTD_isError(status) != 0 {
                    error = .decompressionFailed(reason: String(cString: ZSTD_getErrorName(status)))
                    return
                }
                if output.readableBytes > limit {
                    error = .decompressedTooLarge(declared: nil, limit: limit)
                    return
                }
                if status == 0 { return }
                if inBuffer.pos == inBuffer.size && produced < room {
                    error = .decompressionFailed(reason: "zstd frame truncated")
                    return
                }
            }
        }
        if let error { throw error }
        return output
    }
}
