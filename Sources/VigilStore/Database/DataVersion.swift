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
        return DataVersion(number: row.version, changedAt: (try? Date(row.changed_at, strategy: .iso8601)) ?? .distantPast)
    }

    /// Advances the data version on `session`, inside the transaction whose writes it announces:
    /// the new number becomes visible exactly when they do.
    static func advanceDataVersion(on session: any SQLDatabase) async throws {
        try await session.raw("UPDATE data_version SET version = version + 1, changed_at = \(bind: Timestamp.now()) WHERE id = 1").run()
    }
}

public enum DataVersionError: Error, CustomStringConvertible {
    case missing

    public var description: String {
        "The database has no data_version row; run `vigil migrate` to bring its schema up to date."
    }
}
