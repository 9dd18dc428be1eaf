// libFuzzer target: arbitrary bytes as a stream of frames through the real codec (header
// checks, bounded zstd, payload decoding). Any outcome but a crash, a sanitizer report or a
// hang is fine; a decoded message must encode again without failing.
import NIOCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrameDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // Small limits so the fuzzer reaches the limit checks with small inputs.
    let codec = FrameCodec(
        limits: WireLimits(
            maxFrameBytes: 1 << 16, maxDecompressedBytes: 1 << 18, maxArticlesPerBatch: 64,
            maxStringBytes: 1 << 15, maxListCount: 4_096))
    var buffer = ByteBuffer(bytes: bytes)
    var frames = 0
    while frames < 64 {
        frames += 1
        let message: Message?
        do {
            message = try codec.decode(from: &buffer)
        } catch {
            // Every refusal must map to a code; an unknown type leaves the stream in sync.
            _ = error.code
            if error.isRecoverable { continue }
            return 0
        }
        guard let message else { return 0 }
        do {
            _ = try FrameCodec(peerLimits: WireLimits(maxFrameBytes: 1 << 30, maxDecompressedBytes: 1 << 30))
                .encode(message)
        } catch {
            // A decoded message too large to re-encode within generous limits is a bug.
            fatalError("decoded message does not encode again: \(error)")
        }
    }
    return 0
}
