import SQLKit

/// On PostgreSQL, the identity sequences of the tables a workbook import copies its rows into
/// hand each session its ids a thousand at a time. Without a cache, `nextval` locks and updates
/// the sequence for every row copied (and logs it every 32): 10,763 times for ICE's 30 shared
/// workbooks, each on the import's one chain of statements. Copying 3,955 facility rows in `psql`
/// took 17.0 ms with the cache against 17.9 ms without (medians of 6).
///
/// Ids stay unique, and increase within a session and from one session to the next; only
/// sessions writing at the same time take ranges of their own, so their rows' ids need not follow
/// the order they were written in. Rows of these tables are read by release, and within a
/// release (stored by one session) by id. A session's unused ids are skipped. SQLite has no
/// sequences: nothing changes there.
struct M0026_IdentityCaches: StatementMigration {
    let id = "0026_identity_caches"

    /// Written out rather than taken from `ReleaseArchive.tablesCopiedTogether`, the same five
    /// today: a migration, once released, must say the same thing whatever the code around it becomes.
    static let tables = ["facility_observations", "segregation_placements", "vulnerable_segregation", "expansion_events", "release_anomalies"]

    func statements(dialect: Dialect) -> [String] {
        guard dialect.engine == .postgres else { return [] }
        return Self.tables.map { "ALTER TABLE \($0) ALTER COLUMN id SET CACHE 1000" }
    }
}
