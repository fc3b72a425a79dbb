import SQLKit

/// Inserts many rows into one table.
///
/// On SQLite the rows go through one prepared single-row INSERT (`SQLiteInsertStatement`),
/// a thousand at a time: going through SQLKit's per-value encoder cost most of an
/// ICE-statistics import's time (about 90 µs a row), and multi-row INSERTs made SQLite compile
/// every row. On PostgreSQL rows go by `COPY` (`PostgresCopy`) unless new ids are wanted back,
/// which only an INSERT returns; those go a few hundred per statement (`PostgresInsert`). These
/// are driver-level fast paths, not differences in SQL, which stay in `Dialect`. On PostgreSQL
/// outside a transaction, where its connection is not at hand, rows go through SQLKit.
struct BulkInsert: Sendable {
    let table: String
    let columns: [String]

    /// Inserts `rows` (values in the order of `columns`) and returns, for each row in order, the
    /// values of the `returning` columns as integers (e.g. the new `id` and `source_row`). SQLite
    /// inserts them one at a time; PostgreSQL's executor inserts a multi-row INSERT's VALUES in
    /// order and returns each row as it inserts it.
    @discardableResult
    func run(_ rows: [[SQLValue]], returning: [String] = [], in database: VigilDatabase,
             session: any SQLDatabase) async throws -> [[Int]] {
        guard !rows.isEmpty else { return [] }
        if returning.isEmpty {
            try await stream(rows, count: rows.count, in: database, session: session)
            return []
        }
        let sqlite = try database.sqliteConnection.map { _ in
            try SQLiteInsertStatement(table: table, columns: columns, returning: returning, on: database.sqliteHandle)
        }
        let batchSize = sqlite == nil ? batchSize(database.dialect) : Self.sqliteChunkRows
        var returned: [[Int]] = []
        returned.reserveCapacity(rows.count)
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(start + batchSize, rows.count)]
            if let sqlite {
                returned += try await sqlite.insert(Array(batch))
            } else if let inserted = try await PostgresInsert.insert(batch, into: table, columns: columns, returning: returning) {
                returned += inserted
            } else {
                returned += try await sqlKit(batch, returning: returning, on: session)
            }
            start += batchSize
        }
        return returned
    }

    /// Inserts `count` rows made one at a time by `rows`, holding one batch's worth at a
    /// time rather than them all: UWCHR's headcount gives 928,231 rows, which held at once were
    /// a few hundred megabytes.
    func stream<Rows: Sequence<[SQLValue]>>(_ rows: Rows, count: Int, in database: VigilDatabase,
                                             session: any SQLDatabase) async throws {
        guard count > 0 else { return }
        if database.engine == .postgres, try await PostgresCopy.copy(rows, count: count, into: table, columns: columns,
                                                                             shapes: database.postgresCopyShapes) { return }
        let sqlite = try database.sqliteConnection.map { _ in try SQLiteInsertStatement(table: table, columns: columns, on: database.sqliteHandle) }
        let batchSize = sqlite == nil ? batchSize(database.dialect) : Self.sqliteChunkRows
        var batch: [[SQLValue]] = []
        batch.reserveCapacity(batchSize)
        func insert() async throws {
            if let sqlite {
                try await sqlite.insert(batch)
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

    /// Rows handed to SQLite's thread at a time: enough that the hop costs nothing, few enough to
    /// hold UWCHR's 928,231 rows a slice at a time.
    static let sqliteChunkRows = 1_000

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
