import Foundation
import SQLKit

/// The version of everything stored: a number every write transaction advances (see
/// `VigilDatabase.transaction`), and the moment it last did.
///
/// It lives in the database, not in memory, so every process sees the same number: a server
/// learns that an import in another process changed the data by reading it.
public struct DataVersion: Sendable, Hashable, Comparable {
    public var number: Int64
    /// When the number last advanced, to the second (what `Last-Modified` says).
    public var changedAt: Date

    public init(number: Int64, changedAt: Date) {
        self.number = number
        self.changedAt = changedAt
    }

    public static func < (a: DataVersion, b: DataVersion) -> Bool { a.number < b.number }
}

extension VigilDatabase {
    /// Reads the current data version: one single-row lookup by primary key.
    public func dataVersion() async throws -> DataVersion {
        struct Row: Decodable { var version: Int64; var changed_at: String }
        guard let row = try await sql.raw("SELECT version, changed_at FROM data_version WHERE id = 1").first(decoding: Row.self) else {
            throw DataVersionError.missing
        }
        return DataVersion(number: row.version, changedAt: Timestamp.date(row.changed_at) ?? .distantPast)
    }

    /// Advances the data version on `session`, inside the transaction whose writes it announces:
    /// the new number becomes visible exactly when they do. A transaction that changed no row
    /// (importing a file already stored, deleting what is not there) leaves it as it was, so
    /// caches keyed on it stay valid.
    static func advanceDataVersion(on session: any SQLDatabase, ifChanged writes: WriteCheck) async throws {
        try await session.raw("""
            UPDATE data_version SET version = version + 1, changed_at = \(bind: Timestamp.now())
            WHERE id = 1 AND \(writes.condition)
            """).run()
    }
}

/// Whether the current transaction has changed any row, asked of the engine in the statement
/// that advances the data version, so it costs no round trip of its own.
enum WriteCheck {
    /// PostgreSQL gives a transaction an id only when it first writes.
    case postgres
    /// SQLite counts the rows its connection has changed; `before` is the count at `BEGIN`.
    case sqlite(before: Int)

    static func begin(engine: DatabaseEngine, on session: any SQLDatabase) async throws -> WriteCheck {
        switch engine {
        case .postgres:
            return .postgres
        case .sqlite:
            struct Row: Decodable { var n: Int }
            let before = try await session.raw("SELECT total_changes() AS n").first(decoding: Row.self)?.n ?? 0
            return .sqlite(before: before)
        }
    }

    var condition: SQLQueryString {
        switch self {
        case .postgres: "txid_current_if_assigned() IS NOT NULL"
        case .sqlite(let before): "total_changes() > \(bind: before)"
        }
    }
}

public enum DataVersionError: Error, CustomStringConvertible {
    case missing

    public var description: String {
        "The database has no data_version row; run `vigil migrate` to bring its schema up to date."
    }
}
