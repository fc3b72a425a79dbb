import Foundation
import Logging
import SQLKit
import VigilStore

/// The engines a store test runs on: SQLite always, PostgreSQL when a server is given.
///
/// PostgreSQL tests need `VIGIL_TEST_POSTGRES_URL` (e.g. `postgres://vigil@127.0.0.1:5432/vigil_test`);
/// `.ci/run` starts a throwaway server and sets it. Without it those cases are skipped,
/// and the test run says so.
public enum TestEngine: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite
    case postgres

    public var description: String { rawValue }

    /// The PostgreSQL server for tests, if one is configured.
    public static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["VIGIL_TEST_POSTGRES_URL"]
        return (url?.isEmpty ?? true) ? nil : url
    }

    /// The engines available in this run.
    public static var available: [TestEngine] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    /// Why PostgreSQL cases are not run, or nil when they are.
    public static var postgresSkipReason: String? {
        postgresURL == nil ? "PostgreSQL tests skipped: VIGIL_TEST_POSTGRES_URL is not set (.ci/run starts a server and sets it)" : nil
    }
}

/// Serialises PostgreSQL tests: they share one server database, which each test empties first.
private actor PostgresTestLock {
    static let shared = PostgresTestLock()
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }
}

/// Runs `body` against a fresh, migrated database on `engine`, and closes it afterwards.
///
/// SQLite: a new in-memory database. PostgreSQL: the configured server's database with every
/// table dropped first, so each test starts from an empty schema. With `migrate: false` the
/// database has no schema at all, for tests of the migrations themselves.
public func withTestDatabase<R>(
    _ engine: TestEngine = .sqlite,
    migrate: Bool = true,
    _ body: (VigilDatabase) async throws -> R
) async throws -> R {
    var logger = Logger(label: "vigil.test")
    logger.logLevel = .warning
    switch engine {
    case .sqlite:
        let database = try await VigilDatabase.open(.sqliteInMemory, logger: logger, migrate: migrate)
        do {
            let result = try await body(database)
            try await database.shutdown()
            return result
        } catch {
            try? await database.shutdown()
            throw error
        }
    case .postgres:
        guard let url = TestEngine.postgresURL else {
            throw TestDatabaseError.postgresNotConfigured
        }
        await PostgresTestLock.shared.acquire()
        do {
            let location = try DatabaseLocation(url: url)
            let cleaner = try await VigilDatabase.open(location, logger: logger, migrate: false)
            try await cleaner.sql.raw("DROP SCHEMA public CASCADE").run()
            try await cleaner.sql.raw("CREATE SCHEMA public").run()
            try await cleaner.shutdown()
            let database = try await VigilDatabase.open(location, logger: logger, migrate: migrate)
            do {
                let result = try await body(database)
                try await database.shutdown()
                await PostgresTestLock.shared.release()
                return result
            } catch {
                try? await database.shutdown()
                throw error
            }
        } catch {
            await PostgresTestLock.shared.release()
            throw error
        }
    }
}

public enum TestDatabaseError: Error, CustomStringConvertible {
    case postgresNotConfigured
    public var description: String { TestEngine.postgresSkipReason ?? "PostgreSQL not configured" }
}

extension VigilDatabase {
    /// How many rows `table` holds: what a test reads to see what a step stored, or left alone.
    public func rowCount(_ table: String) async throws -> Int {
        struct Row: Decodable { var n: Int }
        // COUNT(*) answers one row even for an empty table, so no row at all is a failure, never 0.
        guard let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decoding: Row.self) else {
            throw RowCountMissing(table: table)
        }
        return row.n
    }
}

/// `rowCount` got no row back.
struct RowCountMissing: Error, CustomStringConvertible {
    var table: String
    var description: String { "SELECT COUNT(*) FROM \(table) returned no row" }
}
