import SQLKit
import SQLiteNIO

/// Inserts many rows into one table, a few hundred per statement.
///
/// On SQLite the values are bound straight into the driver: going through SQLKit's
/// per-value encoder cost most of an ICE-statistics import's time (about 90 µs a row).
/// On PostgreSQL rows go by `COPY` (`PostgresCopy`) unless new ids are wanted back, which
/// only an INSERT returns; those go through SQLKit as usual. These are driver-level fast
/// paths, not differences in SQL, which stay in `Dialect`.
struct BulkInsert: Sendable {
    let table: String
    let columns: [String]

    /// Inserts `rows` (values in the order of `columns`) and returns, for each row, the
    /// values of the `returning` columns as integers (e.g. the new `id` and `source_row`).
    @discardableResult
    func run(_ rows: [[SQLValue]], returning: [String] = [], in database: VigilDatabase,
             session: any SQLDatabase) async throws -> [[Int]] {
        guard !rows.isEmpty else { return [] }
        if returning.isEmpty {
            try await stream(rows, count: rows.count, in: database, session: session)
            return []
        }
        let batchSize = batchSize(database.dialect)
        var returned: [[Int]] = []
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(start + batchSize, rows.count)]
            if let connection = database.sqliteConnection {
                returned += try await sqlite(batch, returning: returning, on: connection)
            } else {
                returned += try await sqlKit(batch, returning: returning, on: session)
            }
            start += batchSize
        }
        return returned
    }

    /// Inserts `count` rows made one at a time by `rows`, holding one statement's worth at a
    /// time rather than them all: UWCHR's headcount gives 928,231 rows, which held at once were
    /// a few hundred megabytes.
    func stream<Rows: Sequence<[SQLValue]>>(_ rows: Rows, count: Int, in database: VigilDatabase,
                                             session: any SQLDatabase) async throws {
        guard count > 0 else { return }
        if database.engine == .postgres, try await PostgresCopy.copy(rows, count: count, into: table, columns: columns) { return }
        let batchSize = batchSize(database.dialect)
        var batch: [[SQLValue]] = []
        batch.reserveCapacity(batchSize)
        func insert() async throws {
            if let connection = database.sqliteConnection {
                try await sqlite(batch[...], returning: [], on: connection)
            } else {
                try await sqlKit(batch[...], returning: [], on: session)
            }
            batch.removeAll(keepingCapacity: true)
        }
        for row in rows {
            batch.append(row)
            if batch.count == batchSize { try await insert() }
        }
        if !batch.isEmpty { try await insert() }
    }

    private func batchSize(_ dialect: Dialect) -> Int { max(1, min(500, dialect.maxBindsPerStatement / columns.count)) }

    /// Inserts rows of untyped values through SQLKit on both engines: for small tables,
    /// where the fast path's typed values are not worth writing out.
    func run(encodable rows: [[any Encodable & Sendable]], dialect: Dialect, session: any SQLDatabase) async throws {
        let batchSize = batchSize(dialect)
        var start = 0
        while start < rows.count {
            var insert = session.insert(into: table).columns(columns)
            for row in rows[start..<min(start + batchSize, rows.count)] { insert = insert.values(row) }
            try await insert.run()
            start += batchSize
        }
    }

    @discardableResult
    private func sqlite(_ batch: ArraySlice<[SQLValue]>, returning: [String], on connection: SQLiteConnection) async throws -> [[Int]] {
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        var sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        sql += Array(repeating: placeholders, count: batch.count).joined(separator: ",")
        if !returning.isEmpty { sql += " RETURNING " + returning.joined(separator: ", ") }
        var binds: [SQLiteData] = []
        binds.reserveCapacity(batch.count * columns.count)
        for row in batch {
            for value in row {
                switch value {
                case .integer(let v): binds.append(v.map { .integer($0) } ?? .null)
                case .real(let v): binds.append(v.map { .float($0) } ?? .null)
                case .text(let v): binds.append(v.map { .text($0) } ?? .null)
                }
            }
        }
        let rows = try await connection.query(sql, binds)
        return rows.map { row in returning.map { row.column($0)?.integer ?? 0 } }
    }

    @discardableResult
    private func sqlKit(_ batch: ArraySlice<[SQLValue]>, returning: [String], on session: any SQLDatabase) async throws -> [[Int]] {
        var insert = session.insert(into: table).columns(columns)
        for row in batch { insert = insert.values(row.map(\.encodable)) }
        guard !returning.isEmpty else {
            try await insert.run()
            return []
        }
        let rows = try await insert.returning(returning.map { SQLIdentifier($0) }).all()
        return try rows.map { row in try returning.map { try row.decode(column: $0, as: Int.self) } }
    }
}
