import SQLKit

/// One step of the schema. Migrations are append-only: once released, a migration is
/// never edited; a change to the schema is a new migration.
protocol Migration: Sendable {
    /// A stable, unique, sortable id, e.g. `0001_release_archive`.
    var id: String { get }
    func apply(on database: any SQLDatabase, dialect: Dialect) async throws
    /// The statements that are the whole migration, or nil when it does more (reads, say): what
    /// `Migrator` asks rather than casting to `StatementMigration`. A cast searches the binary's
    /// 14,700 conformance records for each of the 23 migrations' types, which `perf` found to
    /// be 1.4 ms of every process's start.
    func statementsAlone(dialect: Dialect) -> [String]?
    /// The statements that make this migration's change on a new database, whose every table is
    /// made in the same run and so holds nothing: a migration that moves stored rows leaves its
    /// reading out there, and joins the others in one transaction (on PostgreSQL, one `DO` block).
    func statementsOnNewDatabase(dialect: Dialect) -> [String]?
}

extension Migration {
    func statementsAlone(dialect: Dialect) -> [String]? { nil }
    func statementsOnNewDatabase(dialect: Dialect) -> [String]? { statementsAlone(dialect: dialect) }
}

/// A migration that is only statements to run in order, none of them reading anything: almost
/// every one. Saying them as a list lets `Migrator` send many migrations to PostgreSQL at once.
protocol StatementMigration: Migration {
    func statements(dialect: Dialect) -> [String]
}

extension StatementMigration {
    func statementsAlone(dialect: Dialect) -> [String]? { statements(dialect: dialect) }

    func apply(on database: any SQLDatabase, dialect: Dialect) async throws {
        for statement in statements(dialect: dialect) {
            try await database.raw(SQLQueryString(statement)).run()
        }
    }
}
