import ClaimStore

#if canImport(Glibc)
    import Glibc

    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin

    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#endif

/// `graph.snapshot` in the data directory: the graph as of a high-water mark in the store, so a
/// restart replays only the articles stored after it.
///
/// Layout: magic `CWSNAPF1` (8 bytes), the mark (the highest arrival number, `seq`, the graph
/// holds; 8, little-endian), the id of the article stored at the mark (4-byte length, UTF-8),
/// then the graph's own snapshot (`ClaimGraph.snapshot`, checksummed). Written to a temporary
/// file, fsynced, renamed over the old one and the directory fsynced: a crash leaves the old
/// snapshot or the new one, never half of one.
struct GraphSnapshotFile {
    static let fileName = "graph.snapshot"
    static let magic: UInt64 = 0x3146_4E41_4E53_5743  // "CWSNAPF1"

    let directory: String

    var path: String { directory + "/" + Self.fileName }
    private var temporaryPath: String { path + ".tmp" }

    /// Why a snapshot was not used; the rebuild then replays the whole store.
    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    /// What a snapshot holds before it is checked against the store.
    struct Contents {
        var mark: Int64
        var markArticle: String
        /// The graph snapshot's bytes, from `graphStart`.
        var bytes: [UInt8]
        var graphStart: Int
    }

    /// The file's bytes, nil when there is none.
    func read() throws(Refusal) -> Contents? {
        let descriptor = open(path, O_RDONLY)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw Refusal(description: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw Refusal(description: "cannot stat \(path): \(String(cString: strerror(errno)))")
        }
        let size = Int(status.st_size)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            var done = 0
            while done < size {
                let got = systemRead(descriptor, base + done, size - done)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    failure = got < 0 ? errno : EIO
                    break
                }
                done += got
            }
            initialized = done
        }
        if failure != 0 {
            throw Refusal(description: "cannot read \(path): \(String(cString: strerror(failure)))")
        }
        return try Self.parse(bytes)
    }

    static func parse(_ bytes: [UInt8]) throws(Refusal) -> Contents {
        func integer<T: FixedWidthInteger>(at offset: Int, _: T.Type) throws(Refusal) -> T {
            guard offset + MemoryLayout<T>.size <= bytes.count else {
                throw Refusal(description: "snapshot file truncated at byte \(offset) (\(bytes.count) bytes)")
            }
            return bytes.withUnsafeBytes {
                T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
        }
        let magic = try integer(at: 0, UInt64.self)
        guard magic == Self.magic else {
            throw Refusal(description: "not a graph snapshot file (magic \(String(magic, radix: 16)))")
        }
        let mark = try integer(at: 8, Int64.self)
        let idLength = Int(try integer(at: 16, UInt32.self))
        guard 20 + idLength <= bytes.count else {
            throw Refusal(description: "snapshot file truncated in the mark's article id")
        }
        let id = String(decoding: bytes[20..<(20 + idLength)], as: UTF8.self)
        return Contents(mark: mark, markArticle: id, bytes: bytes, graphStart: 20 + idLength)
    }

    /// The bytes before the graph's snapshot: magic, `mark` and the id of the article at it.
    static func header(mark: Int64, markArticle: String) -> [UInt8] {
        var bytes: [UInt8] = []
        withUnsafeBytes(of: magic.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: mark.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(markArticle.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: markArticle.utf8)
        return bytes
    }

    /// Replaces the snapshot with `parts` one after another (the header, then the graph's
    /// snapshot, not copied into one array), durably and atomically.
    func write(_ parts: [UInt8]...) throws(Refusal) {
        let temporary = temporaryPath
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Refusal(description: "cannot create \(temporary): \(String(cString: strerror(errno)))")
        }
        var failure: Int32 = 0
        for bytes in parts where failure == 0 {
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                var done = 0
                while done < raw.count {
                    let wrote = systemWrite(descriptor, base + done, raw.count - done)
                    if wrote < 0 && errno == EINTR { continue }
                    if wrote <= 0 {
                        failure = wrote < 0 ? errno : EIO
                        return
                    }
                    done += wrote
                }
            }
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw Refusal(description: "cannot write \(path): \(String(cString: strerror(failure)))")
        }
        // The rename itself survives a crash only once the directory is synced.
        let directoryDescriptor = open(directory, O_RDONLY)
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }
}
