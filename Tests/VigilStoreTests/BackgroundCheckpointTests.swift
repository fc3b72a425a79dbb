import Foundation
import SQLKit
import Testing
@testable import VigilStore
import VigilTestSupport

/// `VigilDatabase.startCheckpoint()`: the write-ahead log copied into the database file by a
/// second connection, beside the first. Watched through the database file's size: until a
/// checkpoint, committed pages are only in the log.
@Suite("SQLite checkpoint beside an import's end")
struct BackgroundCheckpointTests {
    /// A SQLite file in a folder of its own, removed afterwards.
    func withFileDatabase(_ body: (VigilDatabase, URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-checkpoint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("vigil.sqlite")
        let db = try await VigilDatabase.open(.sqliteFile(path: file.path))
        do {
            try await db.sql.raw("CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)").run()
            try await body(db, file)
        } catch {
            try? await db.shutdown()
            throw error
        }
    }

    /// Commits `rows` rows of 4,000 bytes each (about a page each) in one transaction.
    func write(_ rows: Int, into db: VigilDatabase) async throws {
        try await db.transaction { session in
            for start in stride(from: 0, to: rows, by: 100) {
                let values = (start..<min(rows, start + 100)).map { _ in String(repeating: "x", count: 4_000) }
                try await session.raw("INSERT INTO bulk (body) VALUES \(values.map { SQLQueryString("(\(bind: $0))") }.joined(separator: ", "))").run()
            }
        }
    }

    func size(_ file: URL) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
    }

    @Test("committed pages reach the database file when a checkpoint is started, on the second connection")
    func copiedWhenStarted() async throws {
        try await withFileDatabase { db, file in
            let before = try size(file)
            // given 2 MB committed (about 500 pages, under the 1,000 at which SQLite checkpoints by itself)
            try await write(500, into: db)
            // they are only in the log
            #expect(try size(file) == before)
            // when a checkpoint is started
            db.startCheckpoint()
            let checkpoint = try #require(db.backgroundCheckpoint.withLock { $0 })
            let outcome = try #require(await checkpoint.value)
            // then the second connection has copied every frame of the log into the file
            #expect(outcome.logged >= 500)
            #expect(outcome.copied == outcome.logged)
            #expect(try size(file) >= before + 500 * 4_000)
            try await db.shutdown()
        }
    }

    @Test("after a checkpoint is started, closing leaves no log behind and every row reads back")
    func closingLeavesNoLog() async throws {
        try await withFileDatabase { db, file in
            try await write(700, into: db)
            db.startCheckpoint()
            try await db.shutdown()
            #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
            let reopened = try await VigilDatabase.open(.sqliteFile(path: file.path))
            let count = try await reopened.rowCount("bulk")
            try await reopened.shutdown()
            #expect(count == 700)
        }
    }

    @Test("a commit past 1,000 pages of log copies nothing into the file while the automatic checkpoint is off, and it is on again after, a failure too")
    func lastWritesLeaveTheLog() async throws {
        struct Setting: Decodable { var wal_autocheckpoint: Int }
        func setting(_ db: VigilDatabase) async throws -> Int? {
            let row = try await db.sql.raw("PRAGMA wal_autocheckpoint").first(decoding: Setting.self)
            return row?.wal_autocheckpoint
        }
        try await withFileDatabase { db, file in
            let before = try size(file)
            // given 1,200 pages committed with the automatic checkpoint off
            try await db.withoutAutomaticCheckpoint {
                #expect(try await setting(db) == 0)
                try await write(1_200, into: db)
            }
            // then they are all still in the log, for the checkpoint started next
            #expect(try size(file) == before)
            #expect(try await setting(db) == 1_000)
            // and the same commit with it on again is copied into the file by SQLite itself
            try await write(1_200, into: db)
            #expect(try size(file) >= before + 1_200 * 4_000)
            // and a body that fails leaves the automatic checkpoint on
            struct Refused: Error {}
            await #expect(throws: Refused.self) { try await db.withoutAutomaticCheckpoint { throw Refused() } }
            #expect(try await setting(db) == 1_000)
            // and a setting other than SQLite's default is the one put back
            try await db.sql.raw("PRAGMA wal_autocheckpoint = 250").run()
            let during = try await db.withoutAutomaticCheckpoint { try await setting(db) }
            #expect(during == 0)
            #expect(try await setting(db) == 250)
            try await db.shutdown()
        }
    }

    @Test("in memory and on PostgreSQL nothing changes", arguments: TestEngine.available)
    func elsewhereNothing(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            db.startCheckpoint()
            #expect(db.backgroundCheckpoint.withLock { $0 } == nil)
        }
    }
}
