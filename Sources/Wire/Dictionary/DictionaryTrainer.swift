import CZstd
import NIOCore

/// Trains a zstd dictionary with libzstd's own trainer (`ZDICT_trainFromBuffer`).
package enum DictionaryTrainer {
    package enum Failure: Error, Hashable {
        case trainerFailed(reason: String)
    }

    /// A dictionary of at most `capacity` bytes trained on the uncompressed payloads of `messages`.
    package static func train(on messages: [Message], capacity: Int) throws -> [UInt8] {
        var samples: [UInt8] = []
        var sizes: [Int] = []
        for message in messages {
            let payload = FrameCodec.payload(of: message)
            sizes.append(payload.readableBytes)
            samples += payload.readableBytesView
        }
        var dictionary = [UInt8](repeating: 0, count: capacity)
        let written = dictionary.withUnsafeMutableBytes { out in
            samples.withUnsafeBytes { input in
                sizes.withUnsafeBufferPointer { sizes in
                    ZDICT_trainFromBuffer(
                        out.baseAddress, out.count, input.baseAddress, sizes.baseAddress, UInt32(sizes.count))
                }
            }
        }
        if ZDICT_isError(written) != 0 {
            throw Failure.trainerFailed(reason: String(cString: ZDICT_getErrorName(written)))
        }
        return Array(dictionary.prefix(written))
    }
}
