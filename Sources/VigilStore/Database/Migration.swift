import SQLKit

/// One step of the schema. Migrations are append-only: once released, a migration is
/// never edited; a change to the schema is a new migration.
protocol Migration: Sendable {
    /// A stable, unique, sortable id, e.g. `0001_release_archive`.
    var id: String { get }
    func apply(on database: any SQLDatabase, dialect: Dialect) async throws
}

/// A migration that is only statements to run in order, none of them reading anything: almost
/// every one. Saying them as a list lets `Migrator` send many migrations to PostgreSQL at once.
protocol StatementMigration: Migration {
    func statements(dialect: Dialect) -> [String]
}

extension StatementMigration {
    func apply(on database: any SQLDatabase, dialect: Dialect) async throws {
        for statement in statements(dialect: dialect) {
            try await database.raw(SQLQueryString(statement)).run()
        }
    }
}
