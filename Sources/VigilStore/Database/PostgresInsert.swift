import Logging
import PostgresKit

/// Rows inserted on PostgreSQL with values of their new rows sent back (`RETURNING`), on the
/// session's own connection (so inside its transaction): what `BulkInsert` does there when it
/// must return new ids, which `COPY` cannot.
///
/// Through SQLKit each value went through its `Encodable` path, asked at run time what it is, and
/// each returned value through a `Decodable` row decoder. A group of ICE's workbooks inserts its
/// releases this way, each row 13 values, while the server waits for the group's first copy:
/// here each value is bound by its type as it is written.
enum PostgresInsert {
    /// Inserts `rows` (values in the order of `columns`) into `table` in one statement and returns,
    /// for each row in order, its `returning` columns as integers; nil outside a PostgreSQL
    /// transaction (`VigilDatabase.postgresConnection`), so the caller can insert another way.
    static func insert(_ rows: ArraySlice<[SQLValue]>, into table: String, columns: [String],
                       returning: [String]) async throws -> [[Int]]? {
        guard let connection = VigilDatabase.postgresConnection else { return nil }
        var sql = "INSERT INTO " + PostgresCopy.quoted(table) + " (" + columns.map(PostgresCopy.quoted).joined(separator: ", ") + ") VALUES "
        var binds = PostgresBindings(capacity: rows.count * columns.count)
        var parameter = 0
        for (index, row) in rows.enumerated() {
            guard row.count == columns.count else {
                throw RowShapeError(table: table, row: index + 1, values: row.count, columns: columns.count)
            }
            sql += index == 0 ? "(" : ", ("
            for (column, value) in row.enumerated() {
                parameter += 1
                sql += (column == 0 ? "$" : ", $") + String(parameter)
                switch value {
                case .integer(let v): if let v { binds.append(v) } else { binds.appendNull() }
                case .real(let v): if let v { binds.append(v) } else { binds.appendNull() }
                case .text(let v): if let v { binds.append(v) } else { binds.appendNull() }
                }
            }
            sql += ")"
        }
        sql += " RETURNING " + returning.map(PostgresCopy.quoted).joined(separator: ", ")
        let result = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: Logger(label: "vigil.store"))
        var returned: [[Int]] = []
        returned.reserveCapacity(rows.count)
        for try await row in result {
            returned.append(try row.map { try $0.decode(Int.self) })
        }
        return returned
    }

    /// A row with more or fewer values than the statement's columns: a fault in the code that made it, not in the data.
    struct RowShapeError: Error, CustomStringConvertible {
        var table: String
        var row: Int
        var values: Int
        var columns: Int

        var description: String { "Row \(row) inserted into \(table) has \(values) values for \(columns) columns." }
    }
}
