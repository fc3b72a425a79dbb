import Foundation
import SQLKit
import Testing
import VigilTestSupport
@testable import VigilStore

/// `BulkInsert` on both engines: SQLite runs one prepared INSERT per row, PostgreSQL sends
/// rows by COPY (as text up to 63 rows, in the binary format from 64). Either way what is read
/// back is what was given.
@Suite("Bulk insert", .serialized)
struct BulkInsertTests {
    struct Probe: Decodable, Equatable { var n: Int?; var x: Double?; var t: String? }

    /// Text COPY has to escape: its delimiter, line ends, its escape character, its NULL
    /// marker written as data, and the empty string (which is not NULL).
    static let texts: [String?] = ["tab\there", "line\nbreak", "carriage\rreturn", "back\\slash", "\\N", "", nil,
                                   "ünïcødé ✓ 中文", "quote \" and ' apostrophe", "trailing backslash \\", "\\t literally"]
    static let numbers: [Double?] = [0.1, -0.0, 1e-300, 123_456_789.123_456_7, .pi, nil, -42, 1.7976931348623157e308]
    static let integers: [Int?] = [0, -1, Int.max, Int.min + 1, nil, 42]

    static func rows(count: Int) -> [[SQLValue]] {
        (0..<count).map { i in
            [.integer(i), .integer(integers[i % integers.count]), .real(numbers[i % numbers.count]),
             .text(texts[i % texts.count].map { $0 + String(repeating: "x", count: i % 97) })]
        }
    }

    /// `bulk_probe`: an index, an integer, a double and a text column.
    static func createProbe(in db: VigilDatabase) async throws {
        try await db.sql.raw("""
            CREATE TABLE bulk_probe (i \(unsafeRaw: db.dialect.reference) NOT NULL, n \(unsafeRaw: db.dialect.reference),
                                     x \(unsafeRaw: db.dialect.double), t TEXT)
            """).run()
    }

    @Test("every value comes back as given, over many chunks, inside a transaction", arguments: TestEngine.available)
    func roundTrip(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a table of the three value types
            try await Self.createProbe(in: db)
            // when 20,000 rows (several COPY chunks on PostgreSQL) are inserted in one transaction
            let rows = Self.rows(count: 20_000)
            try await db.transaction { session -> Void in
                try await BulkInsert(table: "bulk_probe", columns: ["i", "n", "x", "t"]).run(rows, in: db, session: session)
            }
            // then each reads back exactly
            let back = try await db.sql.raw("SELECT n, x, t FROM bulk_probe ORDER BY i").all(decoding: Probe.self)
            #expect(back.count == rows.count)
            for (i, row) in back.enumerated() {
                let expected = Probe(n: Self.integers[i % Self.integers.count], x: Self.numbers[i % Self.numbers.count],
                                     t: Self.texts[i % Self.texts.count].map { $0 + String(repeating: "x", count: i % 97) })
                #expect(row == expected, "row \(i)")
                if row != expected { break }
            }
        }
    }

    @Test("rows made one at a time are stored as made, each made once, over many statements", arguments: TestEngine.available)
    func streamed(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await Self.createProbe(in: db)
            // given rows made lazily, 1,234 of them (two slices on SQLite, three statements elsewhere), counted as they are made
            final class Made: @unchecked Sendable { var count = 0 }
            let made = Made()
            try await db.transaction { session -> Void in
                let rows = (0..<1_234).lazy.map { i -> [SQLValue] in
                    made.count += 1
                    return [.integer(i), .integer(Self.integers[i % Self.integers.count]), .real(nil), .text("row \(i)")]
                }
                try await BulkInsert(table: "bulk_probe", columns: ["i", "n", "x", "t"]).stream(rows, count: 1_234, in: db, session: session)
            }
            // then every row is stored in order, and none was made twice
            struct Index: Decodable { var i: Int }
            #expect(try await db.sql.raw("SELECT i FROM bulk_probe ORDER BY i").all(decoding: Index.self).map(\.i) == Array(0..<1_234))
            #expect(made.count == 1_234)
        }
    }

    @Test("on PostgreSQL the rows go by COPY on the transaction's own connection, and only inside a transaction",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func copyInsideTransaction() async throws {
        try await withTestDatabase(.postgres) { db in
            try await db.sql.raw("CREATE TABLE bulk_probe (i BIGINT NOT NULL, t TEXT)").run()
            // outside a transaction there is no connection to send COPY on: the caller inserts another way
            #expect(try await PostgresCopy.copy([[.integer(1), .text("outside")]], count: 1, into: "bulk_probe", columns: ["i", "t"],
                                                 shapes: db.postgresCopyShapes) == false)
            // inside one COPY is used, and what it sent is part of the transaction: rolled back with it
            struct Undo: Error {}
            await #expect(throws: Undo.self) {
                try await db.transaction { session -> Void in
                    #expect(try await PostgresCopy.copy([[.integer(2), .text("inside")]], count: 1, into: "bulk_probe", columns: ["i", "t"],
                                                     shapes: db.postgresCopyShapes))
                    struct Count: Decodable { var n: Int }
                    #expect(try await session.raw("SELECT COUNT(*) AS n FROM bulk_probe").first(decoding: Count.self)?.n == 1)
                    throw Undo()
                }
            }
            #expect(try await db.rowCount("bulk_probe") == 0)
        }
    }

    @Test("on PostgreSQL a big copy sets the table's foreign keys aside and puts them back, checked, in the same transaction",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func bigCopyKeepsForeignKeys() async throws {
        try await withTestDatabase(.postgres) { db in
            try await db.sql.raw("CREATE TABLE bulk_parent (id BIGINT PRIMARY KEY)").run()
            try await db.sql.raw("INSERT INTO bulk_parent (id) VALUES (1), (2)").run()
            try await db.sql.raw("""
                CREATE TABLE bulk_child (parent_id BIGINT NOT NULL REFERENCES bulk_parent (id) ON DELETE CASCADE, i BIGINT NOT NULL)
                """).run()
            struct Key: Decodable, Equatable { var conname: String; var definition: String }
            func keys() async throws -> [Key] {
                try await db.sql.raw("""
                    SELECT conname::text AS conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
                    WHERE contype = 'f' AND conrelid = 'bulk_child'::regclass
                    """).all(decoding: Key.self)
            }
            let before = try await keys()
            #expect(before.count == 1)
            let rows = PostgresCopy.foreignKeyBatchRows
            // when a big copy names a parent that does not exist, the key put back refuses it and nothing stays
            await #expect(throws: (any Error).self) {
                try await db.transaction { session -> Void in
                    try await BulkInsert(table: "bulk_child", columns: ["parent_id", "i"])
                        .run((0..<rows).map { [.integer($0 == rows - 1 ? 99 : 1), .integer($0)] }, in: db, session: session)
                }
            }
            #expect(try await db.rowCount("bulk_child") == 0)
            #expect(try await keys() == before)
            // when a big copy is sound, its rows are stored and the key is back as it was, still enforced and cascading
            try await db.transaction { session -> Void in
                try await BulkInsert(table: "bulk_child", columns: ["parent_id", "i"])
                    .run((0..<rows).map { [.integer(1 + $0 % 2), .integer($0)] }, in: db, session: session)
            }
            #expect(try await db.rowCount("bulk_child") == rows)
            #expect(try await keys() == before)
            await #expect(throws: (any Error).self) {
                try await db.sql.raw("INSERT INTO bulk_child (parent_id, i) VALUES (99, 0)").run()
            }
            try await db.sql.raw("DELETE FROM bulk_parent WHERE id = 1").run()
            #expect(try await db.rowCount("bulk_child") == rows / 2)
        }
    }

    @Test("on PostgreSQL a table's columns and keys are read once while the database is open, and a column they lack goes as text",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func shapeReadOnce() async throws {
        try await withTestDatabase(.postgres) { db in
            try await db.sql.raw("CREATE TABLE bulk_probe (i BIGINT NOT NULL, t TEXT)").run()
            func copy(_ rows: [[SQLValue]], columns: [String]) async throws {
                try await db.transaction { session -> Void in
                    try await BulkInsert(table: "bulk_probe", columns: columns).run(rows, in: db, session: session)
                }
            }
            let rows = PostgresCopy.binaryFormatRows
            // given a copy big enough to go in the binary format, the table's shape is kept
            #expect(db.postgresCopyShapes["bulk_probe"] == nil)
            try await copy((0..<rows).map { [.integer($0), .text("first \($0)")] }, columns: ["i", "t"])
            let kept = try #require(db.postgresCopyShapes["bulk_probe"])
            #expect(Set(kept.columnTypes.keys) == ["i", "t"] && kept.foreignKeys.isEmpty)
            // when the table gains a column the kept shape does not know, a copy naming it still stores every value
            try await db.sql.raw("ALTER TABLE bulk_probe ADD COLUMN n INTEGER").run()
            try await copy((0..<rows).map { [.integer(rows + $0), .text("second"), .integer($0 * 2)] }, columns: ["i", "t", "n"])
            struct Row: Decodable, Equatable { var i: Int; var t: String; var n: Int? }
            let stored = try await db.sql.raw("SELECT i, t, n FROM bulk_probe ORDER BY i").all(decoding: Row.self)
            #expect(stored.count == 2 * rows)
            #expect(stored.first == Row(i: 0, t: "first 0", n: nil))
            #expect(stored.last == Row(i: 2 * rows - 1, t: "second", n: 2 * (rows - 1)))
            // and migrating forgets the shapes it may have changed
            try await Migrator(database: db).migrate()
            #expect(db.postgresCopyShapes["bulk_probe"] == nil)
        }
    }

    @Test("on PostgreSQL tables declared copied together have their shapes read at the first copy into one, and a size read then serves the next copy soon after",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func shapesReadTogether() async throws {
        try await withTestDatabase(.postgres) { db in
            try await Self.makeParentAndChild(in: db)
            try await db.sql.raw("CREATE TABLE bulk_first (i BIGINT NOT NULL)").run()
            db.postgresCopyShapes.readTogether(["bulk_first", "bulk_child", "bulk_absent"])
            // A size serves for a second; under a full test run this test can take longer than that between two copies.
            db.postgresCopyShapes.freshness = .seconds(3_600)
            func keyOID() async throws -> Int? { try await Self.childKeyOID(in: db) }
            func copy(_ count: Int, into table: String) async throws {
                try await db.transaction { session -> Void in
                    let columns = table == "bulk_child" ? ["parent_id", "i"] : ["i"]
                    try await BulkInsert(table: table, columns: columns)
                        .run((0..<count).map { i in columns.map { $0 == "i" ? .integer(i) : .integer(1) } }, in: db, session: session)
                }
            }
            func fill() async throws {
                try await db.sql.raw("INSERT INTO bulk_child (parent_id, i) SELECT 1, n FROM generate_series(1, \(unsafeRaw: String(20 * PostgresCopy.foreignKeyBatchRows))) AS n").run()
            }
            // given a copy into the first table, the child's shape is read with it; a table that does not exist is not kept
            try await copy(PostgresCopy.binaryFormatRows, into: "bulk_first")
            #expect(db.postgresCopyShapes["bulk_first"] != nil)
            let child = try #require(db.postgresCopyShapes["bulk_child"])
            #expect(child.foreignKeys.count == 1)
            #expect(db.postgresCopyShapes["bulk_absent"] == nil)
            #expect(db.postgresCopyShapes.companions(of: "bulk_first") == ["bulk_absent"])
            // when the child's next copy comes at once, it goes by the size read then (empty), though rows came in since:
            // its key is set aside and added back, a new constraint
            let first = try #require(try await keyOID())
            try await fill()
            try await copy(PostgresCopy.foreignKeyBatchRows, into: "bulk_child")
            let second = try #require(try await keyOID())
            #expect(second != first)
            // and the size served once: the copy after it asks the table, now too big for its key to be set aside
            try await copy(PostgresCopy.foreignKeyBatchRows, into: "bulk_child")
            #expect(try await keyOID() == second)
            #expect(try await db.rowCount("bulk_child") == 22 * PostgresCopy.foreignKeyBatchRows)
        }
    }

    @Test("on PostgreSQL a size read beside another table's shape stops standing for the table's size once it is older than the freshness allowed",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func freshSizeExpires() async throws {
        try await withTestDatabase(.postgres) { db in
            try await db.sql.raw("CREATE TABLE bulk_first (i BIGINT NOT NULL)").run()
            try await db.sql.raw("CREATE TABLE bulk_second (i BIGINT NOT NULL)").run()
            db.postgresCopyShapes.readTogether(["bulk_first", "bulk_second"])
            #expect(db.postgresCopyShapes.freshness == .seconds(1))
            db.postgresCopyShapes.freshness = .milliseconds(200)
            try await db.transaction { session -> Void in
                try await BulkInsert(table: "bulk_first", columns: ["i"])
                    .run((0..<PostgresCopy.binaryFormatRows).map { [.integer($0)] }, in: db, session: session)
            }
            #expect(db.postgresCopyShapes["bulk_second"] != nil)
            try await Task.sleep(for: .milliseconds(300))
            #expect(db.postgresCopyShapes.takeFreshRows(of: "bulk_second") == nil)
        }
    }

    @Test("a copy sets foreign keys aside from 500 rows, and only into a table of at most 16 rows for each it copies")
    func foreignKeyRule() {
        #expect(!PostgresCopy.setsForeignKeysAside(copying: 499, into: 0))
        #expect(PostgresCopy.setsForeignKeysAside(copying: 500, into: 0))
        #expect(PostgresCopy.setsForeignKeysAside(copying: 500, into: 8_000))
        #expect(!PostgresCopy.setsForeignKeysAside(copying: 500, into: 8_001))
        #expect(!PostgresCopy.setsForeignKeysAside(copying: 20_000, into: 1_000_000))
        #expect(PostgresCopy.setsForeignKeysAside(copying: 100_000, into: 1_000_000))
        // a table whose size could not be read is taken to be too big
        #expect(!PostgresCopy.setsForeignKeysAside(copying: 1_000_000, into: .infinity))
    }

    @Test("on PostgreSQL a copy keeps the table's foreign keys in place when it is small, or the table big",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func foreignKeysStayForSmallCopies() async throws {
        try await withTestDatabase(.postgres) { db in
            try await Self.makeParentAndChild(in: db)
            // A key dropped and added back is a new constraint, with a new oid.
            func keyOID() async throws -> Int? { try await Self.childKeyOID(in: db) }
            func copy(_ count: Int) async throws {
                try await db.transaction { session -> Void in
                    try await BulkInsert(table: "bulk_child", columns: ["parent_id", "i"])
                        .run((0..<count).map { [.integer(1), .integer($0)] }, in: db, session: session)
                }
            }
            let rows = PostgresCopy.foreignKeyBatchRows
            let first = try #require(try await keyOID())
            // when a copy is below the batch size, the key stays
            try await copy(rows - 1)
            #expect(try await keyOID() == first)
            // when a batch goes into a small table, the key is set aside and put back
            try await copy(rows)
            let second = try #require(try await keyOID())
            #expect(second != first)
            // when the same batch goes into a table more than 16 times its size, the key stays
            try await db.sql.raw("INSERT INTO bulk_child (parent_id, i) SELECT 1, n FROM generate_series(1, \(unsafeRaw: String(16 * rows))) AS n").run()
            try await copy(rows)
            #expect(try await keyOID() == second)
            #expect(try await db.rowCount("bulk_child") == 19 * rows - 1)
        }
    }

    @Test("a copy makes a table's plain indexes again from 2,000 rows, and only into a table no bigger than what it copies")
    func plainIndexRule() {
        #expect(!PostgresCopy.rebuildsPlainIndexes(copying: 1_999, into: 0))
        #expect(PostgresCopy.rebuildsPlainIndexes(copying: 2_000, into: 0))
        #expect(PostgresCopy.rebuildsPlainIndexes(copying: 2_000, into: 2_000))
        #expect(!PostgresCopy.rebuildsPlainIndexes(copying: 2_000, into: 2_001))
        #expect(PostgresCopy.rebuildsPlainIndexes(copying: 1_000_000, into: 999_999))
        // a table whose size could not be read is taken to be too big
        #expect(!PostgresCopy.rebuildsPlainIndexes(copying: 1_000_000, into: .infinity))
    }

    @Test("on PostgreSQL a big copy into a small table drops its plain indexes and makes them again as they were, in the same transaction; unique ones stay",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func plainIndexesMadeAgain() async throws {
        try await withTestDatabase(.postgres) { db in
            try await db.sql.raw("CREATE TABLE bulk_probe (i BIGINT NOT NULL, t TEXT, u BIGINT UNIQUE)").run()
            try await db.sql.raw("CREATE INDEX bulk_probe_t ON bulk_probe (t DESC) WHERE t IS NOT NULL").run()
            try await db.sql.raw("CREATE INDEX \"bulk probe i\" ON bulk_probe (i, lower(t))").run()
            struct Index: Decodable, Equatable { var oid: Int; var name: String; var definition: String }
            func indexes() async throws -> [Index] {
                try await db.sql.raw("""
                    SELECT indexrelid::bigint AS oid, indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
                    FROM pg_index WHERE indrelid = 'bulk_probe'::regclass ORDER BY 2
                    """).all(decoding: Index.self)
            }
            func copy(_ count: Int, from start: Int, failingAt failure: Int? = nil) async throws {
                try await db.transaction { session -> Void in
                    try await BulkInsert(table: "bulk_probe", columns: ["i", "t", "u"])
                        .run((start..<start + count).map { [.integer($0), .text("row \($0)"), .integer($0 == failure ? start : $0)] },
                             in: db, session: session)
                }
            }
            let rows = PostgresCopy.plainIndexBatchRows
            let before = try await indexes()
            #expect(before.count == 3)
            // when a big copy breaks the unique index, which stays in place, nothing stays and the plain indexes are the same ones
            await #expect(throws: (any Error).self) { try await copy(rows, from: 0, failingAt: rows - 1) }
            #expect(try await db.rowCount("bulk_probe") == 0)
            #expect(try await indexes() == before)
            // when a big copy goes into an empty table, its plain indexes are made again (new oids, same names and definitions) and the unique one stays
            try await copy(rows, from: 0)
            let after = try await indexes()
            #expect(after.map(\.name) == before.map(\.name) && after.map(\.definition) == before.map(\.definition))
            // (by name: "bulk probe i", bulk_probe_t, then the unique bulk_probe_u_key, the same one)
            #expect(zip(before, after).map { $0.oid == $1.oid } == [false, false, true])
            #expect(after.last?.definition.hasPrefix("CREATE UNIQUE INDEX") == true)
            // and an index made again was made over every row (a made index counts its entries; one added to row by row does not)
            struct Entries: Decodable { var reltuples: Double }
            let entries = try await db.sql.raw("SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = 'bulk_probe_t'::regclass")
                .first(decoding: Entries.self)
            #expect(entries?.reltuples == Double(rows))
            // when the same copy goes into a table bigger than it, the indexes stay
            try await db.sql.raw("INSERT INTO bulk_probe (i, u) SELECT n, n FROM generate_series(\(unsafeRaw: String(rows)), \(unsafeRaw: String(2 * rows - 1))) AS n").run()
            try await db.sql.raw("ANALYZE bulk_probe").run()
            try await copy(rows, from: 2 * rows)
            #expect(try await indexes() == after)
            #expect(try await db.rowCount("bulk_probe") == 3 * rows)
        }
    }

    @Test("a failure later in the transaction leaves none of the rows", arguments: TestEngine.available)
    func rollback(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await db.sql.raw("CREATE TABLE bulk_probe (i \(unsafeRaw: db.dialect.reference) NOT NULL, t TEXT)").run()
            struct Later: Error {}
            // when rows are inserted and then the transaction fails
            await #expect(throws: Later.self) {
                try await db.transaction { session -> Void in
                    try await BulkInsert(table: "bulk_probe", columns: ["i", "t"])
                        .run((0..<5_000).map { (i: Int) in [.integer(i), .text("row \(i)")] }, in: db, session: session)
                    throw Later()
                }
            }
            // then the table is as it was
            #expect(try await db.rowCount("bulk_probe") == 0)
        }
    }

    @Test("new ids come back for every row, in order, over several slices", arguments: TestEngine.available)
    func returnsIDs(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await db.sql.raw("CREATE TABLE bulk_ids (id \(unsafeRaw: db.dialect.autoIncrementPrimaryKey), t TEXT NOT NULL)").run()
            // when 2,500 rows are inserted asking for their new ids and what they were given
            let rows: [[SQLValue]] = (0..<2_500).map { [.text("row \($0)")] }
            let returned = try await db.transaction { session in
                try await BulkInsert(table: "bulk_ids", columns: ["t"]).run(rows, returning: ["id"], in: db, session: session)
            }
            // then each row's id is the one it was stored under
            struct Row: Decodable { var id: Int; var t: String }
            let stored = try await db.sql.raw("SELECT id, t FROM bulk_ids ORDER BY id").all(decoding: Row.self)
            #expect(returned.map { $0[0] } == stored.map(\.id))
            #expect(stored.map(\.t) == (0..<2_500).map { "row \($0)" })
        }
    }

    @Test("on PostgreSQL rows that return values go as typed INSERTs on the transaction's own connection, every value as given, and only inside a transaction",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func postgresInsertReturning() async throws {
        try await withTestDatabase(.postgres) { db in
            // given a table whose integer column is narrower than the 64-bit integers bound to it
            try await db.sql.raw("""
                CREATE TABLE bulk_returning (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, i BIGINT NOT NULL,
                                             n INTEGER, x DOUBLE PRECISION, t TEXT)
                """).run()
            let rows: [[SQLValue]] = (0..<700).map { i in
                [.integer(i), .integer(i % 5 == 0 ? nil : i - 350), .real(Self.numbers[i % Self.numbers.count]), .text(Self.texts[i % Self.texts.count])]
            }
            let columns = ["i", "n", "x", "t"]
            // outside a transaction there is no connection of its own to use: the caller inserts another way
            #expect(try await PostgresInsert.insert(rows[...], into: "bulk_returning", columns: columns, returning: ["id"]) == nil)
            // when the rows are inserted in a transaction asking for two columns back (two statements of at most 500 rows)
            let returned = try await db.transaction { session in
                try await BulkInsert(table: "bulk_returning", columns: columns).run(rows, returning: ["id", "i"], in: db, session: session)
            }
            // then each row comes back in order, with the id it was stored under
            struct Row: Decodable, Equatable { var id: Int; var i: Int; var n: Int?; var x: Double?; var t: String? }
            let stored = try await db.sql.raw("SELECT id, i, n, x, t FROM bulk_returning ORDER BY id").all(decoding: Row.self)
            #expect(returned == stored.map { [$0.id, $0.i] })
            #expect(stored.map(\.i) == Array(0..<700))
            // and every value, NULLs included, is stored as given
            for (index, row) in stored.enumerated() {
                let expected = Row(id: row.id, i: index, n: index % 5 == 0 ? nil : index - 350, x: Self.numbers[index % Self.numbers.count],
                                   t: Self.texts[index % Self.texts.count])
                #expect(row == expected, "row \(index)")
                if row != expected { break }
            }
            // a row short of a value is refused before anything is sent, naming the table and the row
            let short = await #expect(throws: PostgresInsert.RowShapeError.self) {
                try await db.transaction { session -> [[Int]] in
                    try await BulkInsert(table: "bulk_returning", columns: columns)
                        .run([[.integer(1), .integer(1), .real(1), .text("a")], [.integer(2)]], returning: ["id"], in: db, session: session)
                }
            }
            #expect(short.map(String.init(describing:)) == "Row 2 inserted into bulk_returning has 1 values for 4 columns.")
            #expect(try await db.rowCount("bulk_returning") == 700)
        }
    }

    @Test("on SQLite a row the table refuses fails the insert with SQLite's reason and the table's name, and nothing stays")
    func sqliteRefusal() async throws {
        try await withTestDatabase(.sqlite) { db in
            // the prepared statement needs the driver's handle, which a newer SQLiteNIO could hide
            #expect(db.sqliteConnection?.rawHandle != nil)
            try await db.sql.raw("CREATE TABLE bulk_probe (i INTEGER NOT NULL, t TEXT)").run()
            // when row 1,500 of 3,000 has no value for a NOT NULL column
            let rows: [[SQLValue]] = (0..<3_000).map { [.integer($0 == 1_500 ? nil : $0), .text("row \($0)")] }
            let error = await #expect(throws: SQLiteInsertError.self) {
                try await db.transaction { session -> Void in
                    try await BulkInsert(table: "bulk_probe", columns: ["i", "t"]).run(rows, in: db, session: session)
                }
            }
            // then the error says which table and why, and the rows before it are rolled back too
            #expect(error.map(String.init(describing:))?.contains("bulk_probe") == true)
            #expect(error.map(String.init(describing:))?.contains("NOT NULL constraint failed: bulk_probe.i") == true)
            #expect(try await db.rowCount("bulk_probe") == 0)
            // and the connection goes on working
            try await db.transaction { session -> Void in
                try await BulkInsert(table: "bulk_probe", columns: ["i", "t"]).run([[.integer(1), .text("after")]], in: db, session: session)
            }
            #expect(try await db.rowCount("bulk_probe") == 1)
            // a row with a value missing is refused the same way, not bound short
            let short = await #expect(throws: SQLiteInsertError.self) {
                try await db.transaction { session -> Void in
                    try await BulkInsert(table: "bulk_probe", columns: ["i", "t"]).run([[.integer(2)]], in: db, session: session)
                }
            }
            #expect(short.map(String.init(describing:))?.contains("1 values for 2 columns") == true)
        }
    }

    /// `bulk_parent`, holding the one id 1, and `bulk_child`, whose `parent_id` refers to it.
    static func makeParentAndChild(in db: VigilDatabase) async throws {
        try await db.sql.raw("CREATE TABLE bulk_parent (id BIGINT PRIMARY KEY)").run()
        try await db.sql.raw("INSERT INTO bulk_parent (id) VALUES (1)").run()
        try await db.sql.raw("CREATE TABLE bulk_child (parent_id BIGINT NOT NULL REFERENCES bulk_parent (id), i BIGINT NOT NULL)").run()
    }

    /// The oid of `bulk_child`'s foreign key: a key dropped and added back is a new constraint, with a new oid.
    static func childKeyOID(in db: VigilDatabase) async throws -> Int? {
        struct Key: Decodable { var oid: Int }
        let key = try await db.sql.raw("SELECT oid::bigint AS oid FROM pg_constraint WHERE contype = 'f' AND conrelid = 'bulk_child'::regclass")
            .first(decoding: Key.self)
        return key?.oid
    }
}
