import Foundation
import Testing
import VigilCore
import VigilStore
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
