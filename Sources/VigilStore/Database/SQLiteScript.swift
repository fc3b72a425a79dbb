import NIOPosix
import SQLiteNIO
import VaporCSQLite

/// Many statements run by SQLite in one call (`sqlite3_exec`): how a new database's schema is
/// made on SQLite.
///
/// Through SQLKit each statement is a query of its own, handed to SQLiteNIO's thread pool and
/// back; a new schema is some 190 statements. Run as one script, the migrator's part of an
/// import's start went from 16.8 ms to 13.7 ms (medians of 6); most of what is left is SQLite
/// reading the whole schema again after each `ADD COLUMN`. Statements run here belong to the
/// transaction the driver began on the same connection (see `SQLiteInsertStatement`).
enum SQLiteScript {
    /// Runs `statements` in order on the connection of `handle` (`VigilDatabase.sqliteHandle`); the
    /// first refused stops the rest, and its error names it.
    static func run(_ statements: [String], on handle: OpaquePointer?) async throws {
        guard let handle else { throw SQLiteInsertError.handleUnavailable }
        // Used on the pool's thread while this waits, the driver's connection being in serialized mode (as for inserts).
        nonisolated(unsafe) let connection = handle
        let script = statements.map { $0 + ";\n" }.joined()
        try await NIOThreadPool.singleton.runIfActive {
            var message: UnsafeMutablePointer<CChar>?
            guard sqlite_nio_sqlite3_exec(connection, script, nil, nil, &message) == SQLITE_OK else {
                let reason = message.map { String(cString: $0) } ?? "unknown error"
                sqlite_nio_sqlite3_free(message)
                throw SQLiteScriptError(reason: reason)
            }
        }
    }
}

struct SQLiteScriptError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "SQLite refused a statement of the schema: \(reason)" }
}
