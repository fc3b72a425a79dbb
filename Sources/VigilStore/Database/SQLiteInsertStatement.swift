import NIOPosix
import SQLiteNIO
import VaporCSQLite

/// One single-row INSERT, prepared once and run again for each row: how `BulkInsert` writes
/// rows into SQLite.
///
/// SQLiteNIO prepares every query anew and keeps no statement between queries, so rows used
/// to go a few hundred per multi-row INSERT, and SQLite compiled every row of it: `perf` put
/// that compiling at about 5% of an ICE-statistics import's CPU, all of it on the one task that
/// stores releases. For the 31 columns of `facility_observations` it was over half the cost of
/// storing the rows: their 5,837 rows from the shared workbooks took 82–125 ms as multi-row
/// INSERTs and 38–68 ms through one statement run again, in a C program on the same rows.
///
/// SQLiteNIO keeps its `sqlite3` handle internal; `SQLiteConnection.rawHandle` reads it. The
/// driver opens every connection in serialized mode (`SQLITE_OPEN_FULLMUTEX`), so calling
/// SQLite from here beside the driver is safe, and statements run here belong to the
/// transaction the driver began on the same connection.
///
/// Unchecked `Sendable`: the statement is used by one task at a time, which waits for each
/// `insert` before the next; the work itself runs on the thread pool SQLiteNIO uses, not on a
/// thread of Swift's cooperative pool.
final class SQLiteInsertStatement: @unchecked Sendable {
    private let connection: OpaquePointer
    private let statement: OpaquePointer
    private let table: String
    private let columnCount: Int
    private let returningCount: Int

    /// Prepares `INSERT INTO table (columns) VALUES (?, …)`, with `RETURNING` the given columns when
    /// any, on the connection of `handle` (`VigilDatabase.sqliteHandle`).
    init(table: String, columns: [String], returning: [String] = [], on handle: OpaquePointer?) throws {
        guard let connection = handle else { throw SQLiteInsertError.handleUnavailable }
        var sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        if !returning.isEmpty { sql += " RETURNING " + returning.joined(separator: ", ") }
        var statement: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw SQLiteInsertError.refused(table: table, message: Self.message(connection))
        }
        self.connection = connection
        self.statement = statement
        self.table = table
        self.columnCount = columns.count
        self.returningCount = returning.count
    }

    deinit { sqlite_nio_sqlite3_finalize(statement) }

    /// Inserts `rows` (values in the order of the columns) and returns, for each, its `RETURNING`
    /// values as integers.
    @discardableResult
    func insert(_ rows: [[SQLValue]]) async throws -> [[Int]] {
        try await NIOThreadPool.singleton.runIfActive { try self.insertHere(rows) }
    }

    private func insertHere(_ rows: [[SQLValue]]) throws -> [[Int]] {
        var returned: [[Int]] = []
        if returningCount > 0 { returned.reserveCapacity(rows.count) }
        for row in rows {
            guard row.count == columnCount else {
                throw SQLiteInsertError.refused(table: table, message: "a row has \(row.count) values for \(columnCount) columns")
            }
            for (index, value) in row.enumerated() {
                let position = Int32(index + 1)
                let status: Int32 = switch value {
                case .integer(let v): v.map { sqlite_nio_sqlite3_bind_int64(statement, position, Int64($0)) }
                    ?? sqlite_nio_sqlite3_bind_null(statement, position)
                case .real(let v): v.map { sqlite_nio_sqlite3_bind_double(statement, position, $0) }
                    ?? sqlite_nio_sqlite3_bind_null(statement, position)
                case .text(let v): v.map { bindText($0, at: position) } ?? sqlite_nio_sqlite3_bind_null(statement, position)
                }
                try check(status)
            }
            var status = sqlite_nio_sqlite3_step(statement)
            if status == SQLITE_ROW {
                returned.append((0..<Int32(returningCount)).map { Int(sqlite_nio_sqlite3_column_int64(statement, $0)) })
                status = sqlite_nio_sqlite3_step(statement)
            }
            // The message is read before the reset, which would clear it.
            guard status == SQLITE_DONE else { throw failure() }
            sqlite_nio_sqlite3_reset(statement)
        }
        return returned
    }

    /// Binds the text's UTF-8 bytes where they are. Passing the `String` itself made Swift copy
    /// it into a new C string for every value bound (1% of an ICE-statistics import's CPU).
    private func bindText(_ text: String, at position: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            // An empty buffer may have no address; SQLite takes a null pointer as NULL, not as "".
            guard let start = bytes.baseAddress else { return sqlite_nio_sqlite3_bind_text64(statement, position, "", 0, Self.transient, UInt8(SQLITE_UTF8)) }
            return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite_nio_sqlite3_bind_text64(statement, position, $0, UInt64(bytes.count), Self.transient, UInt8(SQLITE_UTF8))
            }
        }
    }

    private func check(_ status: Int32) throws {
        guard status == SQLITE_OK else { throw failure() }
    }

    /// The refusal as SQLite worded it, the statement made ready for the next use.
    private func failure() -> SQLiteInsertError {
        let error = SQLiteInsertError.refused(table: table, message: Self.message(connection))
        sqlite_nio_sqlite3_reset(statement)
        sqlite_nio_sqlite3_clear_bindings(statement)
        return error
    }

    private static func message(_ connection: OpaquePointer) -> String {
        sqlite_nio_sqlite3_errmsg(connection).map { String(cString: $0) } ?? "unknown error"
    }

    /// SQLite's `SQLITE_TRANSIENT`: it copies the text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

enum SQLiteInsertError: Error, CustomStringConvertible {
    case handleUnavailable
    case refused(table: String, message: String)

    var description: String {
        switch self {
        case .handleUnavailable:
            "The SQLite driver of this build does not give access to its connection, which storing rows needs; this is a bug in Vigil's build, not in the data."
        case .refused(let table, let message):
            "SQLite refused a row of \(table): \(message)"
        }
    }
}

extension SQLiteConnection {
    /// The connection's `sqlite3` handle, which SQLiteNIO keeps as `handle.raw` and does not
    /// make public. Read by reflection; nil if a later SQLiteNIO names it otherwise (a test
    /// checks it is found).
    var rawHandle: OpaquePointer? {
        Mirror(reflecting: self).descendant("handle", "raw") as? OpaquePointer
    }
}
