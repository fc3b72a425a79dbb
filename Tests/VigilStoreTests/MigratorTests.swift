import Foundation
import Testing
import VigilStore
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

    @Test("database URLs are read or refused with a reason")
    func databaseURLs() throws {
        #expect(try DatabaseLocation(url: "sqlite:///tmp/v.sqlite") == .sqliteFile(path: "/tmp/v.sqlite"))
        #expect(try DatabaseLocation(url: "postgres://u@127.0.0.1:5432/db").engine == .postgres)
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation(url: "sqlite://relative.sqlite") }
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation(url: "mysql://x") }
        #expect(try DatabaseLocation(url: "postgres://u:secret@h:1/db").description.contains("secret") == false)
    }
}
