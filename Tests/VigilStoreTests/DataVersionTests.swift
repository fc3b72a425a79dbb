import Foundation
import Testing
import VigilCore
@testable import VigilStore
import VigilTestSupport

@Suite("Data version")
struct DataVersionTests {
    typealias F = IncidentFixtures

    @Test("an import and an edit each advance the data version; reading and a refused write do not", arguments: TestEngine.available)
    func writesAdvance(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a fresh database
            let fresh = try await db.dataVersion()
            // when a workbook is imported
            try await ReleaseArchive(database: db).archive(Fixtures.release())
            let imported = try await db.dataVersion()
            // then the version has advanced, and reading does not advance it
            #expect(imported.number > fresh.number)
            _ = try await ReleaseQueries(database: db).latest()
            #expect(try await db.dataVersion() == imported)

            // when an editor records an incident and then changes its status
            try await F.loadFacilities(db)
            let loaded = try await db.dataVersion()
            let editor = AuditEvent.Actor.commandLine
            let id = try await IncidentArchive(database: db).add(F.incident(), by: "editor@example.org", audit: editor)
            let added = try await db.dataVersion()
            #expect(added.number > loaded.number)
            #expect(try await IncidentArchive(database: db).update(id: id, status: .corroborated, visibility: .public, audit: editor))
            let edited = try await db.dataVersion()
            #expect(edited.number > added.number)
            #expect(edited.changedAt >= fresh.changedAt.addingTimeInterval(-1))

            // a write that is refused (an unknown facility) is rolled back with its version
            await #expect(throws: (any Error).self) {
                try await IncidentArchive(database: db).add(F.incident(facility: "NOWHERE"), by: "editor@example.org", audit: editor)
            }
            #expect(try await db.dataVersion() == edited)
        }
    }

    @Test("a transaction that changes no row leaves the data version as it was: a stored workbook imported again, a delete of nothing",
          arguments: TestEngine.available)
    func noChangeKeepsVersion(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a database holding a workbook
            try await ReleaseArchive(database: db).archive(Fixtures.release())
            let stored = try await db.dataVersion()
            // when the same workbook is imported again
            let again = try await ReleaseArchive(database: db).archive(Fixtures.release())
            guard case .alreadyArchived = again else { Issue.record("\(again)"); return }
            // and a transaction deletes rows that are not there
            try await db.transaction { session in
                try await session.raw("DELETE FROM releases WHERE id = -1").run()
            }
            // then the version has not moved, so what servers cached for it still holds
            #expect(try await db.dataVersion() == stored)
            // and a transaction that does change a row still advances it, in SQLKit's statements and the bulk path alike
            try await db.transaction { session in
                try await session.raw("UPDATE releases SET layout = layout").run()
            }
            let touched = try await db.dataVersion()
            #expect(touched.number == stored.number + 1)
            _ = try await db.transaction { session in
                try await BulkInsert(table: "national_adp", columns: ["fiscal_year", "adp", "file_name", "sha256", "source_row", "imported_at"])
                    .run([[.integer(2019), .real(50_000), .text("adp.csv"), .text("s"), .integer(2), .text("2026-01-01T00:00:00Z")]],
                         in: db, session: session)
            }
            #expect(try await db.dataVersion().number == touched.number + 1)
        }
    }

    @Test("a write through another connection (another process, as `vigil import` beside `vigil serve`) is seen",
          arguments: TestEngine.available)
    func seenAcrossConnections(engine: TestEngine) async throws {
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-data-version-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let location = DatabaseLocation.sqliteFile(path: folder.appendingPathComponent("vigil.sqlite").path)
            try await Self.checkTwoConnections(location, serving: try await VigilDatabase.open(location))
        case .postgres:
            try await withTestDatabase(.postgres) { db in
                try await Self.checkTwoConnections(db.location, serving: db, closesServing: false)
            }
        }
    }

    static func checkTwoConnections(_ location: DatabaseLocation, serving: VigilDatabase, closesServing: Bool = true) async throws {
        // given one connection that serves, and has read the version
        let before = try await serving.dataVersion()
        // when another connection imports a workbook
        let importer = try await VigilDatabase.open(location)
        try await ReleaseArchive(database: importer).archive(Fixtures.release())
        try await importer.shutdown()
        // then the serving connection reads the new version
        #expect(try await serving.dataVersion().number > before.number)
        if closesServing { try await serving.shutdown() }
    }
}
