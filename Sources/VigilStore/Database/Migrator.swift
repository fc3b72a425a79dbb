import Foundation
import SQLKit
import SQLiteNIO

/// Applies Vigil's migrations in order and records them in `schema_migrations`.
///
/// It refuses a database that has migrations this build does not know: that database was
/// written by a newer Vigil, and running older code against it could lose data.
struct Migrator: Sendable {
    let database: VigilDatabase
    /// Every migration unless a test stops the schema at an earlier one.
    var migrations: [any Migration] = Migrator.all

    static let all: [any Migration] = [
        M0001_ReleaseArchive(),
        M0002_FacilityRegistry(),
        M0003_DailyPopulation(),
        M0004_Deaths(),
        M0005_Accounts(),
        M0006_Segregation(),
        M0007_Incidents(),
        M0008_NationalADP(),
        M0009_DeathDuplicates(),
        M0010_OperatorEvidence(),
        M0011_DataVersion(),
        M0012_Expansion(),
        M0013_ExpansionAlerts(),
        M0014_Casework(),
        M0015_TPSDesignations(),
        M0016_Letters(),
        M0017_PressAudits(),
        M0018_BondFunds(),
        M0019_FacilityIdentityDecisions(),
        M0020_AlertUnsubscribeLinks(),
        M0023_AlertSubscriptionLanguage(),
        M0024_ReleaseAnomalyDetails(),
        M0025_InspectionsOnObservations(),
        M0026_IdentityCaches(),
    ]

    /// Where applied migrations are recorded.
    static let migrationTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            id TEXT PRIMARY KEY,
            applied_at TEXT NOT NULL
        )
        """

    func migrate() async throws {
        // A new database has no `schema_migrations`. It is made in the first transaction, with the
        // schema, rather than alone before it: on PostgreSQL that spares a round trip and a commit
        // of its own, beside workbooks being read, before every first import.
        let tracked = try await hasMigrationTable()
        let applied = tracked ? Set(try await appliedIDs()) : []
        let known = Set(Self.all.map(\.id))
        let unknown = applied.subtracting(known).sorted()
        guard unknown.isEmpty else { throw MigrationError.databaseIsNewer(unknownMigrations: unknown) }

        let dialect = database.dialect
        let newDatabase = applied.isEmpty
        nonisolated(unsafe) let sqlite = database.sqliteHandle
        let groups = Self.transactions(migrations.filter { !applied.contains($0.id) }, dialect: dialect, newDatabase: newDatabase)
        if groups.isEmpty, !tracked { try await database.sql.raw(SQLQueryString(Self.migrationTable)).run() }
        for (index, group) in groups.enumerated() {
            let first = index == 0 && !tracked ? [Self.migrationTable] : []
            try await database.transaction(advancingDataVersion: false) { session in
                try await Self.apply(group, after: first, on: session, sqlite: sqlite, dialect: dialect, newDatabase: newDatabase)
            }
        }
        // A migration that copied rows may have seen a table before a later one changed it.
        database.postgresCopyShapes.forgetAll()
    }

    /// The pending migrations in the transactions they are applied in: each run of consecutive
    /// statement migrations together, any other alone. On a new database every migration is
    /// statements (`statementsOnNewDatabase`), so its whole schema is one. A failure leaves the
    /// database as it was before that transaction.
    static func transactions(_ pending: [any Migration], dialect: Dialect, newDatabase: Bool) -> [[any Migration]] {
        var groups: [[any Migration]] = []
        var lastIsStatements = false
        for migration in pending {
            let isStatements = statements(of: migration, dialect: dialect, newDatabase: newDatabase) != nil
            if isStatements, lastIsStatements {
                groups[groups.count - 1].append(migration)
            } else {
                groups.append([migration])
            }
            lastIsStatements = isStatements
        }
        return groups
    }

    /// Applies one transaction's migrations and records them. A group of statement migrations goes
    /// to the database at once: on PostgreSQL as one `DO` block (its protocol takes one statement
    /// per message, and a new schema is some 190 statements, whose round trips took longer than the
    /// server's work), on SQLite as one script (`SQLiteScript`, on `sqlite`, the handle of the session's connection),
    /// its added columns written into the tables made in the same group (`SchemaFold`). The statements
    /// `first` run before the group's, in its transaction.
    static func apply(_ group: [any Migration], after first: [String] = [], on session: any SQLDatabase, sqlite: OpaquePointer?,
                      dialect: Dialect, newDatabase: Bool) async throws {
        let appliedAt = Timestamp.now()
        let statements = group.compactMap { migration in
            Self.statements(of: migration, dialect: dialect, newDatabase: newDatabase).map { (id: migration.id, statements: $0) }
        }
        // Ids and ISO 8601 timestamps hold no quote, so they can be written into the statement.
        let block = first + SchemaFold.folded(statements.flatMap { migration in
            migration.statements + ["INSERT INTO schema_migrations (id, applied_at) VALUES ('\(migration.id)', '\(appliedAt)')"]
        })
        switch (dialect.engine, sqlite) {
        case (.postgres, _) where statements.count == group.count:
            try await session.raw(SQLQueryString(doBlock(block))).run()
        case (.sqlite, let sqlite?) where statements.count == group.count:
            try await SQLiteScript.run(block, on: sqlite)
        default:
            for statement in first { try await session.raw(SQLQueryString(statement)).run() }
            for migration in group {
                try await migration.apply(on: session, dialect: dialect)
                try await session.raw("INSERT INTO schema_migrations (id, applied_at) VALUES (\(bind: migration.id), \(bind: appliedAt))").run()
            }
        }
    }

    /// A migration's statements when it is only statements here, on a new database or not.
    static func statements(of migration: any Migration, dialect: Dialect, newDatabase: Bool) -> [String]? {
        newDatabase ? migration.statementsOnNewDatabase(dialect: dialect) : migration.statementsAlone(dialect: dialect)
    }

    /// The statements as one `EXECUTE` of their whole text in a `DO` block: PL/pgSQL hands the
    /// text to the server whole, which parses it and runs each statement in turn as if it had been
    /// sent alone. Written as statements of the block, each was first prepared as a plan of its own:
    /// a new schema took the server 62.3 ms that way, 59.0 ms this way (`psql`, medians of 15, in turn).
    static func doBlock(_ statements: [String]) -> String {
        let (block, text) = ("$vigil_migrations$", "$vigil_statements$")
        precondition(!statements.contains { $0.contains(block) || $0.contains(text) }, "a migration statement holds \(block) or \(text)")
        return "DO \(block) BEGIN EXECUTE \(text)\n" + statements.map { $0 + ";\n" }.joined() + "\(text); END \(block)"
    }

    /// Whether the database has `schema_migrations` yet, in whichever schema a `CREATE TABLE`
    /// of it would go to.
    func hasMigrationTable() async throws -> Bool {
        struct Row: Decodable { var present: Int }
        let query = SQLQueryString(database.dialect.tableExists("schema_migrations"))
        return try await database.sql.raw(query).first(decoding: Row.self)?.present == 1
    }

    func appliedIDs() async throws -> [String] {
        struct Row: Decodable { var id: String }
        return try await database.sql.raw("SELECT id FROM schema_migrations ORDER BY id").all(decoding: Row.self).map(\.id)
    }
}

public enum MigrationError: Error, CustomStringConvertible {
    case databaseIsNewer(unknownMigrations: [String])

    public var description: String {
        switch self {
        case .databaseIsNewer(let ids):
            "This database was written by a newer version of Vigil (it has migrations \(ids.joined(separator: ", ")) that this build does not know). Upgrade Vigil before using it."
        }
    }
}

extension VigilDatabase {
    /// Runs the migrator again on an open database (what `vigil migrate` does on open).
    public static func reapplyMigrations(_ database: VigilDatabase) async throws {
        try await Migrator(database: database).migrate()
    }
}
