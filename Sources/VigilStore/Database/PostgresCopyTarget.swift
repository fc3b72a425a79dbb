import Logging
import PostgresKit
import Synchronization

/// What a copy needs to know of the table it fills: its columns' types (for the binary format),
/// and its foreign keys and plain indexes with its size (to decide whether to set them aside).
struct PostgresCopyTarget: Sendable {
    /// The part that stays as it is while a database is open: its columns, foreign keys and plain indexes.
    struct Shape: Sendable, Equatable {
        /// Each column's type oid, by name.
        var columnTypes: [String: Int64]
        var foreignKeys: [ForeignKey]
        /// The indexes that only speed up reading: neither unique nor behind a constraint, so
        /// dropping one for a while changes no rule the table keeps.
        var plainIndexes: [PlainIndex] = []

        /// Whether a copy could set anything aside, so whether the table's size is worth asking.
        var hasSomethingToSetAside: Bool { !foreignKeys.isEmpty || !plainIndexes.isEmpty }
    }

    struct ForeignKey: Sendable, Equatable {
        var name: String
        var definition: String
    }

    struct PlainIndex: Sendable, Equatable {
        /// As the server writes an index's name for this session (`regclass`): quoted where it needs to be,
        /// and with its schema where the search path would not find it.
        var name: String
        /// The whole `CREATE INDEX` statement, as the server writes it (`pg_get_indexdef`).
        var definition: String
    }

    var shape: Shape
    /// The planner's count of the table's rows or, for a table never analysed (one filled a moment
    /// ago has no count yet), its rows counted, but only as far as the most that could still pay;
    /// infinity when not wanted (a copy too small to set keys aside, or a table without keys).
    var storedRows: Double

    var foreignKeys: [ForeignKey] { shape.foreignKeys }
    var plainIndexes: [PlainIndex] { shape.plainIndexes }

    /// The types of `columns` in the binary format, or nil when one has a type it does not write here.
    func binaryTypes(of columns: [String]) -> [PostgresCopyColumnType]? {
        var types: [PostgresCopyColumnType] = []
        types.reserveCapacity(columns.count)
        for column in columns {
            guard let oid = shape.columnTypes[column], let type = PostgresCopyColumnType(typeOID: oid) else { return nil }
            types.append(type)
        }
        return types
    }

    /// What copying `count` rows into `table` needs to know, in one query. A table's shape is read
    /// once for each open database (`shapes`) and known from then on: a copy of a shape already
    /// known asks only for the size, and only when it could set keys or indexes aside. Importing ICE's 30
    /// workbooks made 13 copies of 64 rows or more, each first asking the catalogue (about 0.6 ms
    /// of the server's time, and a round trip) while the import waited for it.
    static func read(_ table: String, copying count: Int, shapes: PostgresCopyShapes,
                     on connection: PostgresConnection, logger: Logger) async throws -> PostgresCopyTarget {
        let wantsSize = count >= min(PostgresCopy.foreignKeyBatchRows, PostgresCopy.plainIndexBatchRows)
        if let shape = shapes[table] {
            guard wantsSize, shape.hasSomethingToSetAside else { return PostgresCopyTarget(shape: shape, storedRows: .infinity) }
            let rows = try await connection.query("""
                SELECT (\(unescaped: sizeExpression(of: table, copying: count)))::float8 FROM (SELECT to_regclass(\(table)) AS oid) AS t
                """, logger: logger)
            var storedRows = Double.infinity
            for try await size in rows.decode(Double?.self) { storedRows = size ?? .infinity }
            return PostgresCopyTarget(shape: shape, storedRows: storedRows)
        }
        // The size only matters, and is only worked out, for a copy big enough to set something aside
        // from a table that has something.
        let rows = try await connection.query("""
            SELECT ARRAY(SELECT attname::text FROM pg_attribute WHERE attrelid = t.oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum),
                   ARRAY(SELECT atttypid::int8 FROM pg_attribute WHERE attrelid = t.oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum),
                   ARRAY(SELECT conname::text FROM pg_constraint WHERE contype = 'f' AND conrelid = t.oid ORDER BY conname),
                   ARRAY(SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid = t.oid ORDER BY conname),
                   ARRAY(SELECT i.indexrelid::regclass::text FROM \(unescaped: plainIndexesOfT) ORDER BY i.indexrelid),
                   ARRAY(SELECT pg_get_indexdef(i.indexrelid) FROM \(unescaped: plainIndexesOfT) ORDER BY i.indexrelid),
                   (\(unescaped: wantsSize ? sizeExpression(of: table, copying: count) : "NULL"))::float8
            FROM (SELECT to_regclass(\(table)) AS oid) AS t
            """, logger: logger)
        var target = PostgresCopyTarget(shape: Shape(columnTypes: [:], foreignKeys: []), storedRows: .infinity)
        for try await (names, types, keyNames, keyDefinitions, indexNames, indexDefinitions, size)
            in rows.decode(([String], [Int64], [String], [String], [String], [String], Double?).self) {
            target.shape = Shape(columnTypes: Dictionary(zip(names, types), uniquingKeysWith: { first, _ in first }),
                                 foreignKeys: zip(keyNames, keyDefinitions).map { ForeignKey(name: $0, definition: $1) },
                                 plainIndexes: zip(indexNames, indexDefinitions).map { PlainIndex(name: $0, definition: $1) })
            target.storedRows = size ?? .infinity
        }
        // A table that does not exist (yet) has no columns: nothing is kept, so it is asked again.
        if !target.shape.columnTypes.isEmpty { shapes[table] = target.shape }
        return target
    }

    /// The table's size as `storedRows` describes it, for a table with foreign keys or plain
    /// indexes (NULL for one without), as an expression over `t.oid`.
    private static func sizeExpression(of table: String, copying count: Int) -> String {
        let limit = PostgresCopy.largestTablePerCopiedRow * count + 1
        return """
            (SELECT (CASE WHEN reltuples >= 0 THEN reltuples
                     ELSE (SELECT count(*) FROM (SELECT 1 FROM ONLY \(PostgresCopy.quoted(table)) LIMIT \(limit)) AS stored) END)
             FROM pg_class WHERE oid = t.oid AND (EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND conrelid = t.oid)
                                                  OR EXISTS (SELECT 1 FROM \(plainIndexesOfT))))
            """
    }

    /// The plain indexes of the table `t.oid`, as `pg_index i`: valid ones, neither unique nor a
    /// constraint's (an exclusion constraint's index is not unique).
    private static let plainIndexesOfT = """
        pg_index i WHERE i.indrelid = t.oid AND NOT i.indisunique AND i.indisvalid AND i.indisready
            AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = i.indexrelid)
        """
}

/// The shapes of the tables copies have filled, for one open database (`VigilDatabase`): its
/// schema changes only as it is migrated, and migrating forgets them (`forgetAll`).
final class PostgresCopyShapes: Sendable {
    private let shapes = Mutex<[String: PostgresCopyTarget.Shape]>([:])

    subscript(table: String) -> PostgresCopyTarget.Shape? {
        get { shapes.withLock { $0[table] } }
        set { shapes.withLock { $0[table] = newValue } }
    }

    func forgetAll() { shapes.withLock { $0.removeAll() } }
}
