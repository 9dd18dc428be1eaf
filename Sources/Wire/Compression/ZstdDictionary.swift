import CZstd

/// A zstd dictionary with its id and the prepared libzstd tables for levels 1–3.
///
/// The prepared `ZSTD_CDict`/`ZSTD_DDict` are read-only after creation, which libzstd documents
/// as safe to share between threads; hence `@unchecked Sendable`.
public final class ZstdDictionary: @unchecked Sendable {
    /// The id libzstd stores in the dictionary header and writes into every zstd frame using it.
    public let id: UInt32
    public let bytes: [UInt8]
    private let compressionTables: [OpaquePointer]
    let decompressionTable: OpaquePointer

    /// Nil when `bytes` is not a zstd dictionary with a non-zero id.
    public init?(bytes: [UInt8]) {
        let id = bytes.withUnsafeBytes { ZDICT_getDictID($0.baseAddress, $0.count) }
        guard id != 0 else { return nil }
        var tables: [OpaquePointer] = []
        for level: Int32 in 1...3 {
            guard let table = bytes.withUnsafeBytes({ ZSTD_createCDict($0.baseAddress, $0.count, level) })
            else {
                for table in tables { ZSTD_freeCDict(table) }
                return nil
            }
            tables.append(table)
        }
        guard let ddict = bytes.withUnsafeBytes({ ZSTD_createDDict($0.baseAddress, $0.count) }) else {
            for table in tables { ZSTD_freeCDict(table) }
            return nil
        }
        self.id = id
        self.bytes = bytes
        self.compressionTables = tables
        self.decompressionTable = ddict
    }

    deinit {
        for table in compressionTables { ZSTD_freeCDict(table) }
        ZSTD_freeDDict(decompressionTable)
    }

    func compressionTable(level: Int32) -> OpaquePointer {
        compressionTables[Int(min(max(level, 1), 3)) - 1]
    }
}
