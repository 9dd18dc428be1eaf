import GRDB

/// Why the store could not do what was asked. Each case carries the facts a log line or an
/// `Error` frame needs; the service maps `readOnly` and `diskFull` to "ingest unavailable"
/// while it keeps answering queries from memory.
public enum ClaimStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The data directory does not exist and could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// Another process holds the store's lock: an aggregator is already serving this directory.
    case locked(path: String)
    /// SQLite could not open or create the database file.
    case cannotOpen(path: String, code: Int32, message: String)
    /// The database or its directory is read-only (SQLITE_READONLY): nothing can be committed.
    case readOnly(path: String)
    /// The disk is full (SQLITE_FULL): the transaction was rolled back, nothing was committed.
    case diskFull(path: String)
    /// The file is not a database, or a page is damaged (SQLITE_CORRUPT / SQLITE_NOTADB).
    case corrupt(path: String, message: String)
    /// The file was written by a newer Claimwire with migrations this one does not know.
    case unknownMigrations(path: String, names: [String])
    /// A stored row does not decode into the model (a value outside its domain).
    case invalidRow(table: String, article: Int64, column: String, value: String)
    /// Any other SQLite failure, with its extended result code.
    case sqlite(path: String, code: Int32, message: String)

    public var description: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            return "cannot create data directory \(path): \(reason)"
        case .locked(let path):
            return "store is in use by another process (lock \(path) held): is an aggregator already running?"
        case .cannotOpen(let path, let code, let message):
            return "cannot open store \(path): \(message) (SQLite code \(code))"
        case .readOnly(let path):
            return "store \(path) is read-only: ingest refused, queries still served"
        case .diskFull(let path):
            return "disk full writing \(path): nothing committed, ingest refused until space is freed"
        case .corrupt(let path, let message):
            return "store \(path) is damaged: \(message)"
        case .unknownMigrations(let path, let names):
            return "store \(path) has migrations this build does not know: \(names.joined(separator: ", "))"
        case .invalidRow(let table, let article, let column, let value):
            return "stored row of \(table) for article #\(article) has an invalid \(column): \(value)"
        case .sqlite(let path, let code, let message):
            return "SQLite error \(code) on \(path): \(message)"
        }
    }

    /// True when the failure means "cannot write now" rather than "something is broken":
    /// the service refuses ingest with `unavailable` and keeps serving queries.
    public var refusesWrites: Bool {
        switch self {
        case .readOnly, .diskFull: return true
        default: return false
        }
    }

    /// Maps a GRDB error to the typed cases above.
    static func from(_ error: any Error, path: String) -> ClaimStoreError {
        if let storeError = error as? ClaimStoreError { return storeError }
        guard let databaseError = error as? DatabaseError else {
            return .sqlite(path: path, code: -1, message: String(describing: error))
        }
        let message = databaseError.message ?? "\(databaseError.resultCode)"
        switch databaseError.resultCode {
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corrupt(path: path, message: message)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return .cannotOpen(path: path, code: databaseError.extendedResultCode.rawValue, message: message)
        default:
            return .sqlite(path: path, code: databaseError.extendedResultCode.rawValue, message: message)
        }
    }
}
