import SQLKit
import Testing
@testable import VigilStore
import VigilTestSupport

@Suite("Folding a run of schema statements")
struct SchemaFoldTests {
    /// Tables with and without table constraints, quotes and parentheses in defaults and checks,
    /// a column whose name begins like a constraint's keyword, and keywords in lower case.
    static let widened = [
        """
        CREATE TABLE t (
            id INTEGER PRIMARY KEY,
            unique_name TEXT NOT NULL DEFAULT 'a, (b)',
            kind TEXT CHECK (kind IN ('x', 'y')),
            UNIQUE (unique_name, kind),
            CHECK (length(kind) > 0)
        )
        """,
        """
        create table if not exists u (
            id INTEGER PRIMARY KEY,
            note TEXT DEFAULT 'it''s'
        )
        """,
        "CREATE INDEX t_kind ON t (kind)",
        "CREATE TABLE v (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t (id))",
        "ALTER TABLE t ADD COLUMN added_first TEXT NOT NULL DEFAULT ')'",
        "alter table u add column   spaced   TEXT  ;",
        "ALTER TABLE t ADD COLUMN added_second INTEGER CHECK (added_second > 0)",
        "ALTER TABLE u ADD COLUMN other REAL",
    ]

    @Test("added columns go into their CREATE TABLE where SQLite's ADD COLUMN puts them")
    func columnsFoldWhereSQLitePutsThem() async throws {
        // when the statements are folded
        let folded = SchemaFold.folded(Self.widened)
        // then no ALTER is left, and everything else keeps its order
        #expect(folded.count == 4)
        #expect(!folded.contains { $0.uppercased().hasPrefix("ALTER") })
        #expect(folded[2] == "CREATE INDEX t_kind ON t (kind)")
        // and SQLite stores the same schema, word for word, as when it runs them as written
        #expect(try await Self.sqliteSchema(after: folded) == Self.sqliteSchema(after: Self.widened))
    }

    @Test("a table made and dropped in the run goes, with its indexes and added columns")
    func madeAndDroppedTableGoes() async throws {
        let statements = [
            "CREATE TABLE keep (id INTEGER PRIMARY KEY)",
            "CREATE TABLE passing (id INTEGER PRIMARY KEY, keep_id INTEGER)",
            "CREATE INDEX passing_keep ON passing (keep_id)",
            "ALTER TABLE passing ADD COLUMN extra TEXT",
            "CREATE INDEX keep_passing_like ON keep (id)",
            "DROP TABLE passing",
        ]
        let folded = SchemaFold.folded(statements)
        #expect(folded == ["CREATE TABLE keep (id INTEGER PRIMARY KEY)", "CREATE INDEX keep_passing_like ON keep (id)"])
        #expect(try await Self.sqliteSchema(after: folded) == Self.sqliteSchema(after: statements))
    }

    @Test("statements that could see the difference keep the run as written")
    func unsafeFoldsAreNotMade() {
        // a row put into the table before its column is added (a positional INSERT would change meaning)
        let inserted = [
            "CREATE TABLE t (id INTEGER PRIMARY KEY)",
            "INSERT INTO t VALUES (1)",
            "ALTER TABLE t ADD COLUMN later TEXT",
        ]
        #expect(SchemaFold.folded(inserted) == inserted)
        // the same with the table's name in double quotes, which name it as well
        let quotedName = [inserted[0], #"INSERT INTO "t" VALUES (1)"#, inserted[2]]
        #expect(SchemaFold.folded(quotedName) == quotedName)
        // a column added to a table made before this run
        let existing = ["ALTER TABLE older ADD COLUMN later TEXT"]
        #expect(SchemaFold.folded(existing) == existing)
        // a table another table points at is not left out, even when dropped later in the run
        let pointedAt = [
            "CREATE TABLE target (id INTEGER PRIMARY KEY)",
            "CREATE TABLE pointer (target_id INTEGER REFERENCES target (id))",
            "DROP TABLE target",
        ]
        #expect(SchemaFold.folded(pointedAt) == pointedAt)
        // a name inside a longer name is not that table
        let longer = [
            "CREATE TABLE deaths (id INTEGER PRIMARY KEY)",
            "INSERT INTO schema_migrations (id, applied_at) VALUES ('0004_deaths', 'now')",
            "ALTER TABLE deaths ADD COLUMN cause TEXT",
        ]
        #expect(SchemaFold.folded(longer) == ["CREATE TABLE deaths (id INTEGER PRIMARY KEY, cause TEXT)", longer[1]])
    }

    @Test("a new database's schema, folded, adds no column and drops no table after making it", arguments: [DatabaseEngine.sqlite, .postgres])
    func newSchemaHasNothingLeftToFold(engine: DatabaseEngine) {
        let dialect = Dialect(engine: engine)
        let statements = Migrator.all.flatMap { Migrator.statements(of: $0, dialect: dialect, newDatabase: true) ?? [] }
        func addsColumn(_ statement: String) -> Bool { statement.hasPrefix("ALTER TABLE") && statement.contains(" ADD COLUMN ") }
        #expect(statements.filter(addsColumn).count == 14)
        let folded = SchemaFold.folded(statements)
        #expect(!folded.contains { addsColumn($0) || $0.hasPrefix("DROP TABLE") })
        // what is left of ALTER TABLE changes no table's columns: on PostgreSQL, the identity caches (0026)
        #expect(folded.filter { $0.hasPrefix("ALTER TABLE") } == M0026_IdentityCaches().statements(dialect: dialect))
        #expect(!folded.contains { SchemaFold.Statement($0).names.contains("reported_inspections") })
        #expect(folded.count == statements.count - 14 - 1 - 1 - statements.filter { SchemaFold.Kind($0) == .createIndex(on: "reported_inspections") }.count)
    }

    /// What SQLite stores of the schema after `statements`, on a new in-memory database.
    static func sqliteSchema(after statements: [String]) async throws -> [String] {
        try await withTestDatabase(.sqlite, migrate: false) { db in
            for statement in statements { try await db.sql.raw(SQLQueryString(statement)).run() }
            struct Line: Decodable { var line: String }
            return try await db.sql.raw("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') AS line FROM sqlite_master ORDER BY name")
                .all(decoding: Line.self).map(\.line)
        }
    }
}
