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
    ///
    /// A table declared copied beside others (`PostgresCopyShapes.readTogether`) has their shapes
    /// and sizes read in the same query: a group of ICE's workbooks copies into five tables one
    /// after another, and the five queries that read them into a new database took 6.9 ms in `psql`
    /// (medians of 6) where the one query takes 3.4 ms. A size read for a table beside another is
    /// used by that table's next copy if it comes soon after (`PostgresCopyShapes.takeFreshRows`).
    static func read(_ table: String, copying count: Int, shapes: PostgresCopyShapes,
                     on connection: PostgresConnection, logger: Logger) async throws -> PostgresCopyTarget {
        let wantsSize = count >= min(PostgresCopy.foreignKeyBatchRows, PostgresCopy.plainIndexBatchRows)
        if let shape = shapes[table] {
            let freshRows = shapes.takeFreshRows(of: table)
            guard wantsSize, shape.hasSomethingToSetAside else { return PostgresCopyTarget(shape: shape, storedRows: .infinity) }
            if let freshRows { return PostgresCopyTarget(shape: shape, storedRows: freshRows) }
            return PostgresCopyTarget(shape: shape, storedRows: try await storedRows(of: table, copying: count, on: connection, logger: logger))
        }
        let tables = [table] + shapes.companions(of: table)
        // Each table's size costs nothing to read when the planner has counted its rows or it has no
        // pages; otherwise it is NULL here, and counted below only for `table`, and only when wanted.
        let rows = try await connection.query("""
            SELECT t.name,
                   ARRAY(SELECT attname::text FROM pg_attribute WHERE attrelid = t.oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum),
                   ARRAY(SELECT atttypid::int8 FROM pg_attribute WHERE attrelid = t.oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum),
                   ARRAY(SELECT conname::text FROM pg_constraint WHERE contype = 'f' AND conrelid = t.oid ORDER BY conname),
                   ARRAY(SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid = t.oid ORDER BY conname),
                   ARRAY(SELECT i.indexrelid::regclass::text FROM \(unescaped: plainIndexesOfT) ORDER BY i.indexrelid),
                   ARRAY(SELECT pg_get_indexdef(i.indexrelid) FROM \(unescaped: plainIndexesOfT) ORDER BY i.indexrelid),
                   (SELECT (CASE WHEN reltuples >= 0 THEN reltuples WHEN pg_relation_size(t.oid) = 0 THEN 0 END) FROM pg_class WHERE oid = t.oid)::float8
            FROM (SELECT name, to_regclass(name) AS oid FROM unnest(\(tables)::text[]) AS name) AS t
            """, logger: logger)
        var target = PostgresCopyTarget(shape: Shape(columnTypes: [:], foreignKeys: []), storedRows: .infinity)
        var sizeOfTable: Double?
        for try await (name, names, types, keyNames, keyDefinitions, indexNames, indexDefinitions, size)
            in rows.decode((String, [String], [Int64], [String], [String], [String], [String], Double?).self) {
            let shape = Shape(columnTypes: Dictionary(zip(names, types), uniquingKeysWith: { first, _ in first }),
                              foreignKeys: zip(keyNames, keyDefinitions).map { ForeignKey(name: $0, definition: $1) },
                              plainIndexes: zip(indexNames, indexDefinitions).map { PlainIndex(name: $0, definition: $1) })
            // A table that does not exist (yet) has no columns: nothing is kept, so it is asked again.
            guard !shape.columnTypes.isEmpty else { continue }
            if name == table {
                target.shape = shape
                sizeOfTable = size
                shapes[table] = shape
            } else {
                shapes.keep(shape, freshRows: size, for: name)
            }
        }
        guard wantsSize, target.shape.hasSomethingToSetAside else { return target }
        target.storedRows = if let sizeOfTable { sizeOfTable } else { try await storedRows(of: table, copying: count, on: connection, logger: logger) }
        return target
    }

    /// The table's size as `storedRows` describes it, asked of the server.
    private static func storedRows(of table: String, copying count: Int, on connection: PostgresConnection,
                                   logger: Logger) async throws -> Double {
        let rows = try await connection.query("""
            SELECT (\(unescaped: sizeExpression(of: table, copying: count)))::float8 FROM (SELECT to_regclass(\(table)) AS oid) AS t
            """, logger: logger)
        var storedRows = Double.infinity
        for try await size in rows.decode(Double?.self) { storedRows = size ?? .infinity }
        return storedRows
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
/// schema changes only as it is migrated, and migrating forgets them (`forgetAll`). Also which
/// tables are copied beside one another, and the sizes read for them beside another's shape.
final class PostgresCopyShapes: Sendable {
    private struct State {
        var shapes: [String: PostgresCopyTarget.Shape] = [:]
        /// Sets of tables whose shapes are read together (`readTogether`).
        var together: [Set<String>] = []
        /// Sizes read beside another table's shape, with when, each for one copy (`takeFreshRows`).
        var freshRows: [String: (rows: Double, readAt: ContinuousClock.Instant)] = [:]
        var freshness = Duration.seconds(1)
    }

    private let state = Mutex(State())

    /// How long a size read beside another table's shape stands for the table's size: a second. A
    /// group's copies follow one another within milliseconds; later, other writers may have changed
    /// it. (A test sets another, so that a machine slowed by other tests cannot decide its outcome.)
    var freshness: Duration {
        get { state.withLock { $0.freshness } }
        set { state.withLock { $0.freshness = newValue } }
    }

    subscript(table: String) -> PostgresCopyTarget.Shape? {
        get { state.withLock { $0.shapes[table] } }
        set { state.withLock { $0.shapes[table] = newValue } }
    }

    /// Declares `tables` copied one after another (the tables under a group of releases, say): the
    /// first copy into one of them whose shape is not known reads those of all of them.
    func readTogether(_ tables: some Sequence<String>) {
        let set = Set(tables)
        state.withLock { state in if !state.together.contains(set) { state.together.append(set) } }
    }

    /// The tables declared copied beside `table` whose shapes are not known yet.
    func companions(of table: String) -> [String] {
        state.withLock { state in
            Set(state.together.filter { $0.contains(table) }.joined()).subtracting([table])
                .filter { state.shapes[$0] == nil }.sorted()
        }
    }

    /// Keeps a table's shape read beside another's, with its size when that was known.
    func keep(_ shape: PostgresCopyTarget.Shape, freshRows: Double?, for table: String) {
        state.withLock { state in
            state.shapes[table] = shape
            state.freshRows[table] = freshRows.map { ($0, .now) }
        }
    }

    /// The size read for `table` beside another table's shape, if read within `freshness`; once only.
    func takeFreshRows(of table: String) -> Double? {
        state.withLock { state in
            guard let fresh = state.freshRows.removeValue(forKey: table), fresh.readAt.duration(to: .now) < state.freshness else { return nil }
            return fresh.rows
        }
    }

    func forgetAll() {
        state.withLock { state in
            state.shapes.removeAll()
            state.freshRows.removeAll()
        }
    }
}
