import SQLKit

/// Deaths gain the street address a list gives (the registry matches on addresses too), and
/// a review of likely duplicates: the same person in two lists a few days apart is stored as
/// a death that points at the one it probably repeats (`duplicate_of`), `pending` until a
/// person says it is the same death (`confirmed`: its reports move to the first) or another
/// (`rejected`: it counts on its own). Pending and confirmed duplicates are not counted.
struct M0009_DeathDuplicates: StatementMigration {
    let id = "0009_death_duplicates"

    func statements(dialect: Dialect) -> [String] {
        ["facility_address TEXT", "duplicate_of INTEGER", "duplicate_status TEXT", "duplicate_decided_by TEXT",
         "duplicate_decided_at TEXT"].map { "ALTER TABLE deaths ADD COLUMN \($0)" }
    }
}
