import Foundation
import Logging
import NIOCore
import NIOPosix
@preconcurrency import AsyncKit
import PostgresKit
import SQLKit
import SQLiteKit
import Synchronization

/// An open connection to Vigil's database, on either engine, with its schema applied.
///
/// SQLite is reached through one connection (SQLite allows one writer at a time anyway);
/// PostgreSQL through a small pool. Both are seen through SQLKit's `SQLDatabase`.
public final class VigilDatabase: Sendable {
    public let location: DatabaseLocation
    /// The SQL interface; a transaction takes one session of it (see `transaction`).
    public let sql: any SQLDatabase
    let dialect: Dialect
    /// The SQLite connection behind `sql`, for `BulkInsert`'s driver-level fast path; nil on PostgreSQL.
    let sqliteConnection: SQLiteConnection?
    /// Its `sqlite3` handle (`SQLiteConnection.rawHandle`), read once: the fast paths prepare
    /// statements on it for every table of every group an import stores, and reading it by
    /// reflection each time cost the task storing them about 2 ms of ICE's 30 workbooks.
    /// Used only on the connection's own terms (see `SQLiteInsertStatement`).
    nonisolated(unsafe) let sqliteHandle: OpaquePointer?
    /// The PostgreSQL pool behind `sql`; nil on SQLite. A transaction takes one of its connections.
    private let postgresPool: (any PostgresDatabase)?
    /// Inside a PostgreSQL transaction, its connection: `PostgresCopy` sends `COPY` on it, since
    /// the SQLKit session the transaction's body gets does not expose its connection.
    @TaskLocal static var postgresConnection: PostgresConnection?
    private let close: @Sendable () async throws -> Void
    /// On SQLite, transactions take turns on the one connection (see `TransactionQueue`).
    private let transactions = TransactionQueue()
    /// True inside a transaction's turn on SQLite.
    @TaskLocal private static var holdsTransactionTurn = false
    /// On a SQLite file, after `startCheckpoint()`: the checkpoint running beside this connection.
    let backgroundCheckpoint = Mutex<Task<SQLiteBackgroundCheckpoint.Outcome?, Never>?>(nil)
    /// On PostgreSQL, the tables `PostgresCopy` has filled, as they are until the schema is migrated.
    let postgresCopyShapes = PostgresCopyShapes()

    private init(location: DatabaseLocation, sql: any SQLDatabase, sqliteConnection: SQLiteConnection? = nil,
                 postgresPool: (any PostgresDatabase)? = nil, close: @escaping @Sendable () async throws -> Void) {
        self.location = location
        self.sql = sql
        self.sqliteConnection = sqliteConnection
        self.sqliteHandle = sqliteConnection?.rawHandle
        self.postgresPool = postgresPool
        self.dialect = Dialect(engine: location.engine)
        self.close = close
    }

    public var engine: DatabaseEngine { location.engine }

    /// Opens the database (creating a SQLite file and its folder when missing) and brings
    /// its schema, or the part of it `schema` names, up to date.
    public static func open(_ location: DatabaseLocation, logger: Logger = Logger(label: "vigil.store"),
                            migrate: Bool = true, schema: SchemaScope = .whole) async throws -> VigilDatabase {
        let database: VigilDatabase
        switch location {
        case .sqliteFile(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
            database = VigilDatabase(location: location, sql: connection.sql(queryLogLevel: .trace), sqliteConnection: connection) {
                try await connection.close()
            }
        case .sqliteInMemory:
            let connection = try await SQLiteConnection.open(storage: .memory, logger: logger)
            database = VigilDatabase(location: location, sql: connection.sql(queryLogLevel: .trace), sqliteConnection: connection) {
                try await connection.close()
            }
        case .postgres(let url):
            let configuration = try SQLPostgresConfiguration(url: url)
            // Every connection on one event loop: the pool takes a loop in turn for each statement,
            // so over the group's two loops a command's statements, one after another, opened a
            // second connection mid-way (about 4% of a PostgreSQL import of ICE's 30 workbooks); on
            // one loop they reuse the first. Four connections still serve pages at once.
            let pool = EventLoopGroupConnectionPool(
                source: PostgresConnectionSource(sqlConfiguration: configuration),
                maxConnectionsPerEventLoop: 4,
                pruneInterval: nil,
                logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.next()
            )
            let postgres = pool.database(logger: logger)
            database = VigilDatabase(location: location, sql: postgres.sql(queryLogLevel: .trace), postgresPool: postgres) {
                try await pool.shutdownAsync()
            }
        }
        do {
            for statement in database.dialect.sessionSetup {
                try await database.sql.raw(SQLQueryString(statement)).run()
            }
            if migrate { try await Migrator(database: database, migrations: schema.migrations).migrate() }
        } catch {
            try? await database.shutdown()
            throw error
        }
        return database
    }

    /// Runs `body` in one transaction on one session: all of it is stored, or none of it.
    ///
    /// Every transaction that changes a row advances the data version (`DataVersion`) in the
    /// same commit, so caches of what pages show are invalidated by every import and edit
    /// without each writer having to remember to.
    public func transaction<Result: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        try await transaction(advancingDataVersion: true, body)
    }

    /// `advancingDataVersion: false` is for migrations only: they run before the
    /// `data_version` table exists, and before any server has cached anything.
    func transaction<Result: Sendable>(
        advancingDataVersion: Bool, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        // A transaction begun inside another's body (which SQLite refuses anyway) does not wait for itself.
        guard engine != .postgres, !Self.holdsTransactionTurn else { return try await run(advancingDataVersion: advancingDataVersion, body) }
        await transactions.acquire()
        do {
            let result = try await Self.$holdsTransactionTurn.withValue(true) {
                try await run(advancingDataVersion: advancingDataVersion, body)
            }
            await transactions.release()
            return result
        } catch {
            await transactions.release()
            throw error
        }
    }

    private func run<Result: Sendable>(
        advancingDataVersion: Bool, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        guard let postgresPool else {
            return try await sql.withSession { session in
                try await Self.commit(advancingDataVersion: advancingDataVersion, engine: .sqlite, session, body)
            }
        }
        // One pooled connection for the whole transaction, known to `PostgresCopy` through the task local.
        return try await postgresPool.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                try await Self.$postgresConnection.withValue(connection) {
                    try await Self.commit(advancingDataVersion: advancingDataVersion, engine: .postgres,
                                          connection.sql(queryLogLevel: .trace), body)
                }
            }
        }.get()
    }

    private static func commit<Result: Sendable>(
        advancingDataVersion: Bool, engine: DatabaseEngine, _ session: any SQLDatabase,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        try await session.raw("BEGIN").run()
        do {
            let writes = advancingDataVersion ? try await WriteCheck.begin(engine: engine, on: session) : nil
            let result = try await body(session)
            // Last, so that on PostgreSQL concurrent writers hold the row lock only while committing.
            if let writes { try await Self.advanceDataVersion(on: session, ifChanged: writes) }
            try await session.raw("COMMIT").run()
            return result
        } catch {
            try? await session.raw("ROLLBACK").run()
            throw error
        }
    }

    /// On a SQLite file: starts copying the write-ahead log into the database file on a
    /// connection of its own, beside whatever this one does next, and returns at once
    /// (`SQLiteBackgroundCheckpoint` says why; `shutdown()` waits for it). For the end of a bulk
    /// import: the first call starts it, later ones do nothing. Nothing happens on PostgreSQL or
    /// in memory.
    public func startCheckpoint() {
        guard case .sqliteFile(let path) = location else { return }
        backgroundCheckpoint.withLock { running in
            if running == nil { running = Task { await SQLiteBackgroundCheckpoint.run(path: path) } }
        }
    }

    /// On a SQLite file: runs `body` with SQLite's automatic checkpoint off, for a bulk import's
    /// last writes, whose log `startCheckpoint()` then copies beside the import's closing checks.
    /// When the last commit took the log past SQLite's 1,000 pages, it had copied and synced the
    /// log itself before the checks could start (10–15 ms for ICE's 30 workbooks, in about half
    /// the runs). Afterwards, whether `body` failed or not, the automatic checkpoint is set back
    /// to what it was (SQLite's 1,000 pages unless a session set another). Elsewhere it only runs `body`.
    public func withoutAutomaticCheckpoint<Result>(_ body: () async throws -> Result) async rethrows -> Result {
        guard case .sqliteFile = location else { return try await body() }
        let before = (try? await sql.raw("PRAGMA wal_autocheckpoint").first(decoding: AutomaticCheckpointSetting.self))?.wal_autocheckpoint ?? 1_000
        let restore = SQLQueryString("PRAGMA wal_autocheckpoint = \(unsafeRaw: String(before))")
        try? await sql.raw("PRAGMA wal_autocheckpoint = 0").run()
        do {
            let result = try await body()
            try? await sql.raw(restore).run()
            return result
        } catch {
            try? await sql.raw(restore).run()
            throw error
        }
    }

    /// `PRAGMA wal_autocheckpoint`'s one row: pages of log at which a commit checkpoints, 0 for never.
    private struct AutomaticCheckpointSetting: Decodable { var wal_autocheckpoint: Int }

    public func shutdown() async throws {
        // The last checkpoint ends before this connection closes: closing then finds the log copied.
        if let checkpoint = backgroundCheckpoint.withLock({ $0.take() }) { _ = await checkpoint.value }
        try await close()
    }
}
