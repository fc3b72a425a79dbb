/// How much of the schema a command makes, when it is missing, before it runs.
///
/// Every command but one opens the whole schema. An import of ICE's workbooks, often the first
/// command run against a new database, makes only the tables it reads or writes: the feature
/// tables it never touches (daily populations, accounts, incidents, national figures, contracts
/// and solicitations, casework, TPS, letters, press audits, bond funds, alert unsubscribe links)
/// are made by the next command that opens the whole schema (`serve`, `migrate`, any other
/// import). They are 37 of a new schema's 58 tables. On PostgreSQL the part an import makes
/// took the server 33–41 ms (its `DO` block in the statement log, 7 runs), where the whole schema
/// takes 54–55 ms, and a first import's storing waits for it.
///
/// The part left out is named, not the part kept, so a new migration is in every scope unless
/// said otherwise. A migration left out touches no table a migration kept makes or changes: the
/// whole schema made in two steps is then the same, column for column, as made at once
/// (`MigratorTests` checks it on both engines).
public enum SchemaScope: Sendable {
    case whole
    /// The release archive and what an import of workbooks reads beside it: the registry (to
    /// tie facility names to codes), identity decisions (merged codes, with the deaths table
    /// whose column they added), expansion events and alert subscriptions, the data version.
    case workbookImport

    var migrations: [any Migration] {
        switch self {
        case .whole: Migrator.all
        case .workbookImport: Migrator.all.filter { !Self.besideWorkbookImport.contains($0.id) }
        }
    }

    /// The migrations of features no import of workbooks reads or writes.
    static let besideWorkbookImport: Set<String> = [
        "0003_daily_population", "0005_accounts", "0007_incidents", "0008_national_adp", "0012_expansion",
        "0014_casework", "0015_tps_designations", "0016_letters", "0017_press_audits", "0018_bond_funds",
        "0020_alert_unsubscribe_links",
    ]
}
