import Logging
import PostgresKit

/// What a copy needs to know of the table it fills, read in one query: its columns' types (for
/// the binary format) and its foreign keys with its size (to decide whether to set them aside).
struct PostgresCopyTarget: Sendable {
    struct ForeignKey: Sendable, Equatable {
        var name: String
        var definition: String
    }

    /// Each column's type oid, by name.
    var columnTypes: [String: Int64]
    var foreignKeys: [ForeignKey]
    /// The planner's count of the table's rows or, for a table never analysed (one filled a moment
    /// ago has no count yet), its rows counted, but only as far as the most that could still pay;
    /// infinity when not wanted (a copy too small to set keys aside, or a table without keys).
    var storedRows: Double

    /// The types of `columns` in the binary format, or nil when one has a type it does not write here.
    func binaryTypes(of columns: [String]) -> [PostgresCopyColumnType]? {
        var types: [PostgresCopyColumnType] = []
        types.reserveCapacity(columns.count)
        for column in columns {
            guard let oid = columnTypes[column], let type = PostgresCopyColumnType(typeOID: oid) else { return nil }
            types.append(type)
        }
        return types
    }

    static func read(_ table: String, copying count: Int, on connection: PostgresConnection, logger: Logger) async throws -> PostgresCopyTarget {
        let quotedTable = PostgresCopy.quoted(table)
        let limit = PostgresCopy.largestTablePerCopiedRow * count + 1
        // The size only matters, and is only worked out, for a copy big enough to set keys aside from a table that has some.
        let size = count < PostgresCopy.foreignKeyBatchRows ? "NULL" : """
            (SELECT (CASE WHEN reltuples >= 0 THEN reltuples
                     ELSE (SELECT count(*) FROM (SELECT 1 FROM ONLY \(quotedTable) LIMIT \(limit)) AS stored) END)
             FROM pg_class WHERE oid = t.oid AND EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND conrelid = t.oid))
            """
        let rows = try await connection.query("""
            SELECT ARRAY(SELECT attname::text FROM pg_attribute WHERE attrelid = t.oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum),
                   ARRAY(SELECT atttypid::int8 FROM pg_attribute WHERE attrelid = t.oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum),
                   ARRAY(SELECT conname::text FROM pg_constraint WHERE contype = 'f' AND conrelid = t.oid ORDER BY conname),
                   ARRAY(SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid = t.oid ORDER BY conname),
                   (\(unescaped: size))::float8
            FROM (SELECT to_regclass(\(table)) AS oid) AS t
            """, logger: logger)
        var target = PostgresCopyTarget(columnTypes: [:], foreignKeys: [], storedRows: .infinity)
        for try await (names, types, keyNames, keyDefinitions, size) in rows.decode(([String], [Int64], [String], [String], Double?).self) {
            target.columnTypes = Dictionary(zip(names, types), uniquingKeysWith: { first, _ in first })
            target.foreignKeys = zip(keyNames, keyDefinitions).map { ForeignKey(name: $0, definition: $1) }
            target.storedRows = size ?? .infinity
        }
        return target
    }
}
