import Foundation
import SQLKit
import Testing
import VigilCore
@testable import VigilStore
import VigilTestSupport

@Suite("Migrations")
struct MigratorTests {
    @Test("opening a migrated database again applies nothing and keeps the data", arguments: TestEngine.available)
    func reopen(engine: TestEngine) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-migrate-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let location: DatabaseLocation = .sqliteFile(path: path)
        // given a file database holding a release
        let first = try await VigilDatabase.open(location)
        try await ReleaseArchive(database: first).archive(Fixtures.release())
        try await first.shutdown()
        // when it is opened again
        let second = try await VigilDatabase.open(location)
        // then the release is still there
        #expect(try await ReleaseQueries(database: second).all().count == 1)
        try await second.shutdown()
    }

    @Test("a database written by a newer Vigil is refused", arguments: TestEngine.available)
    func refusesNewerDatabase(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await db.sql.raw("INSERT INTO schema_migrations (id, applied_at) VALUES ('9999_from_the_future', 'x')").run()
            // when migrations run again on it
            let error = await #expect(throws: MigrationError.self) {
                try await VigilDatabase.reapplyMigrations(db)
            }
            #expect(String(describing: error).contains("9999_from_the_future"))
        }
    }

    @Test("0025 moves each facility row's inspections from their own table onto the row, in their order",
          arguments: TestEngine.available)
    func inspectionsMoveOntoTheirRow(engine: TestEngine) async throws {
        try await withTestDatabase(engine, migrate: false) { db in
            // given a database at the schema before 0025, holding a release whose first facility row has two
            // inspections (stored second-to-last first) and whose second row has none
            try await Migrator(database: db, migrations: Migrator.all.filter { $0.id < "0025" }).migrate()
            try await db.sql.raw("""
                INSERT INTO releases (id, content_fingerprint, as_of_date, fiscal_year, sheet_name, header_row, layout,
                                      columns_json, facility_count, total_adp, imported_at)
                VALUES (7, 'f', '2024-01-08', 2024, 'Facilities', 7, 'fy24', '[]', 2, 10, '2024-01-10T00:00:00Z')
                """).run()
            try await db.sql.raw("""
                INSERT INTO release_files (sha256, release_id, file_name, byte_count, imported_at)
                VALUES ('s', 7, 'FY24.xlsx', 1, '2024-01-10T00:00:00Z')
                """).run()
            try await db.sql.raw("""
                INSERT INTO facility_observations (id, release_id, source_row, facility_key, name, other_columns_json)
                VALUES (40, 7, 8, 'ALPHA', 'Alpha "Quoted" Center', '{}'), (41, 7, 9, 'BETA', 'Beta Jail', '{}')
                """).run()
            try await db.sql.raw("""
                INSERT INTO reported_inspections (id, observation_id, position, inspector, inspection_type, standard, rating,
                                                  inspection_date, date_label)
                VALUES (1, 40, 'second_to_last', 'odo', 'Full', 'NDS 2019', 'Meets "all" \\ standards', '2023-05-01', 'ODO Final Report Date'),
                       (2, 40, 'last', 'nakamoto', NULL, NULL, 'Acceptable', '2023-11-20', 'Last Inspection Date')
                """).run()
            // when the remaining migrations run
            try await Migrator(database: db).migrate()
            // then each row carries its own inspections, in the order they were stored, with every field as it was
            let rows = try await FacilityQueries(database: db).allRows()
            let byKey = Dictionary(uniqueKeysWithValues: rows.map { ($0.key.rawValue, $0.observation.inspections) })
            #expect(byKey["ALPHA"] == [
                ReportedInspection(position: .secondToLast, inspector: .odo, type: "Full", standard: "NDS 2019",
                                   rating: "Meets \"all\" \\ standards", date: CalendarDate(iso: "2023-05-01"),
                                   dateLabel: "ODO Final Report Date"),
                ReportedInspection(position: .last, inspector: .nakamoto, rating: "Acceptable",
                                   date: CalendarDate(iso: "2023-11-20"), dateLabel: "Last Inspection Date"),
            ])
            #expect(byKey["BETA"] == [])
            // and the table they came from is gone
            await #expect(throws: (any Error).self) {
                try await db.sql.raw("SELECT COUNT(*) FROM reported_inspections").run()
            }
        }
    }

    @Test("a new database's schema is the same as running every migration's statements one by one",
          arguments: TestEngine.available)
    func groupedSchemaMatchesStatementByStatement(engine: TestEngine) async throws {
        // given the schema the migrator makes (on PostgreSQL one DO block for the whole run)
        let grouped = try await withTestDatabase(engine) { db in try await Self.schema(of: db) }
        // and the schema made by each migration's statements sent alone, in order
        let oneByOne = try await withTestDatabase(engine, migrate: false) { db in
            try await Migrator(database: db, migrations: []).migrate()
            for migration in Migrator.all {
                try await migration.apply(on: db.sql, dialect: db.dialect)
            }
            return try await Self.schema(of: db)
        }
        // then they are the same, table by table, column by column, index by index
        #expect(grouped.count > 100)
        #expect(grouped.count == oneByOne.count)
        let differences = Set(grouped).symmetricDifference(oneByOne).sorted()
        #expect(differences.isEmpty, "in one schema only: \(differences)")
    }

    @Test("an import of workbooks makes only its part of a new schema, works on it, and the whole made after it is the same as made at once",
          arguments: TestEngine.available)
    func workbookImportPart(engine: TestEngine) async throws {
        let whole = try await withTestDatabase(engine) { db in try await Self.schema(of: db) }
        let inTwoSteps = try await withTestDatabase(engine, migrate: false) { db in
            // given a new database given the part of the schema an import of workbooks makes
            try await Migrator(database: db, migrations: SchemaScope.workbookImport.migrations).migrate()
            // then no table of a feature left out is made, one for each migration left out
            for table in ["stay_imports", "users", "incidents", "national_adp", "contract_awards", "cases", "tps_versions",
                          "letters", "press_audits", "bonds", "alert_unsubscribe_links"] {
                await #expect(throws: (any Error).self, "\(table)") {
                    try await db.sql.raw("SELECT COUNT(*) FROM \(unsafeRaw: table)").run()
                }
            }
            #expect(SchemaScope.besideWorkbookImport.count == 11)
            // and what `vigil import ice-stats` does runs on it: a release stored with its expansion events,
            // the registry asked, facilities matched, the untied segregation names listed
            try await ReleaseArchive(database: db).archive(Fixtures.release())
            #expect(try await RegistryQueries(database: db).hasFacilities() == false)
            _ = try await FacilityMatching(database: db).run()
            _ = try await SegregationQueries(database: db).untiedFacilityNames()
            // when the database is next opened whole
            try await Migrator(database: db).migrate()
            // then every migration is applied, the release is still there
            #expect(try await Migrator(database: db).appliedIDs() == Migrator.all.map(\.id).sorted())
            #expect(try await ReleaseQueries(database: db).all().count == 1)
            return try await Self.schema(of: db)
        }
        // and the schema is the one a new database opened whole gets, table by table, column by column
        #expect(inTwoSteps.count == whole.count)
        let differences = Set(inTwoSteps).symmetricDifference(whole).sorted()
        #expect(differences.isEmpty, "in one schema only: \(differences)")
    }

    @Test("on PostgreSQL the tables a workbook import copies into take their ids from sequences that cache 1,000; the others cache none",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func identityCaches() async throws {
        try await withTestDatabase(.postgres) { db in
            struct Row: Decodable { var table_name: String; var seqcache: Int }
            let rows = try await db.sql.raw("""
                SELECT d.refobjid::regclass::text AS table_name, s.seqcache::bigint AS seqcache
                FROM pg_sequence s JOIN pg_depend d ON d.objid = s.seqrelid AND d.classid = 'pg_class'::regclass AND d.deptype = 'i'
                """).all(decoding: Row.self)
            let caching = Set(rows.filter { $0.seqcache > 1 }.map(\.table_name))
            #expect(caching == Set(M0026_IdentityCaches.tables))
            #expect(rows.filter { caching.contains($0.table_name) }.allSatisfy { $0.seqcache == 1_000 })
            #expect(rows.count > caching.count)
        }
    }

    @Test("consecutive statement migrations share a transaction; any other migration has its own, except on a new database")
    func transactionGroups() {
        for engine in [DatabaseEngine.sqlite, .postgres] {
            let dialect = Dialect(engine: engine)
            // a database already holding the earlier migrations: the one that moves rows goes alone
            let ids = Migrator.transactions(Migrator.all, dialect: dialect, newDatabase: false).map { $0.map(\.id) }
            #expect(ids.first?.first == "0001_release_archive")
            #expect(ids.first?.last == "0024_release_anomaly_details")
            #expect(Array(ids.dropFirst()) == [["0025_inspections_on_observations"], ["0026_identity_caches"]])
            #expect(ids.flatMap { $0 } == Migrator.all.map(\.id))
            // a new database, whose tables are all made in this run and hold nothing to move: one transaction
            let new = Migrator.transactions(Migrator.all, dialect: dialect, newDatabase: true).map { $0.map(\.id) }
            #expect(new == [Migrator.all.map(\.id)])
            // a migration that reads is never grouped with another
            let reading = Migrator.all.filter { $0.statementsAlone(dialect: dialect) == nil }.map(\.id)
            #expect(reading == ["0025_inspections_on_observations"])
            // what the migrator asks agrees with the protocol each migration conforms to
            for migration in Migrator.all {
                #expect((migration.statementsAlone(dialect: dialect) != nil) == (migration is any StatementMigration), "\(migration.id)")
            }
        }
    }

    @Test("a failing migration leaves every migration of its transaction unapplied", arguments: TestEngine.available)
    func failingGroupRollsBack(engine: TestEngine) async throws {
        try await withTestDatabase(engine, migrate: false) { db in
            // given two new statement migrations, the second of which fails on its last statement
            let migrations: [any Migration] = [
                ProbeMigration(id: "9001_probe_first", statements: ["CREATE TABLE probe_first (id INTEGER PRIMARY KEY)"]),
                ProbeMigration(id: "9002_probe_second", statements: ["CREATE TABLE probe_second (id INTEGER PRIMARY KEY)",
                                                                     "INSERT INTO no_such_table (id) VALUES (1)"]),
            ]
            // when they are applied, the refusal names what was refused
            let error = await #expect(throws: (any Error).self) {
                try await Migrator(database: db, migrations: migrations).migrate()
            }
            if engine == .sqlite {  // one script for the whole group: SQLite's own words come back
                #expect(String(describing: error).contains("no such table: no_such_table"), "\(String(describing: error))")
            }
            // then neither table exists and neither is recorded as applied
            for table in ["probe_first", "probe_second"] {
                await #expect(throws: (any Error).self) { try await db.sql.raw("SELECT COUNT(*) FROM \(unsafeRaw: table)").run() }
            }
            // nor is any recorded as applied: on a new database even `schema_migrations` is made in that transaction
            let tracked = try await Migrator(database: db).hasMigrationTable()
            #expect(!tracked)
        }
    }

    struct ProbeMigration: StatementMigration {
        let id: String
        let statements: [String]
        func statements(dialect: Dialect) -> [String] { statements }
    }

    /// Every table's columns, indexes and constraints as the engine describes them, sorted.
    static func schema(of db: VigilDatabase) async throws -> [String] {
        struct Line: Decodable { var line: String }
        let query: SQLQueryString = switch db.dialect.engine {
        case .sqlite:
            "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') AS line FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        case .postgres:
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '')
                   || ' ' || is_identity AS line
            FROM information_schema.columns WHERE table_schema = current_schema()
            UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
            UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
            """
        }
        return try await db.sql.raw(query).all(decoding: Line.self).map(\.line).sorted()
    }

    @Test("database URLs are read or refused with a reason")
    func databaseURLs() throws {
        #expect(try DatabaseLocation(url: "sqlite:///tmp/v.sqlite") == .sqliteFile(path: "/tmp/v.sqlite"))
        #expect(try DatabaseLocation(url: "postgres://u@127.0.0.1:5432/db").engine == .postgres)
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation(url: "sqlite://relative.sqlite") }
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation(url: "mysql://x") }
        #expect(try DatabaseLocation(url: "postgres://u:secret@h:1/db").description.contains("secret") == false)
    }
}
