import SQLKit

/// One step of the schema. Migrations are append-only: once released, a migration is
/// never edited; a change to the schema is a new migration.
protocol Migration: Sendable {
    /// A stable, unique, sortable id, e.g. `0001_release_archive`.
    var id: String { get }
    func apply(on database: any SQLDatabase, dialect: Dialect) async throws
}
