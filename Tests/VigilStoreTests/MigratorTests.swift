import Foundation
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

    @Test("database URLs are read or refused with a reason")
    func databaseURLs() throws {
        #expect(try DatabaseLocation(url: "sqlite:///tmp/v.sqlite") == .sqliteFile(path: "/tmp/v.sqlite"))
        #expect(try DatabaseLocation(url: "postgres://u@127.0.0.1:5432/db").engine == .postgres)
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation(url: "sqlite://relative.sqlite") }
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation(url: "mysql://x") }
        #expect(try DatabaseLocation(url: "postgres://u:secret@h:1/db").description.contains("secret") == false)
    }
}
