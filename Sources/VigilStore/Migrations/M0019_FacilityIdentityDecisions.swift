import SQLKit

/// A person's decisions on facility identity that later imports must keep:
/// - a death's facility link set or removed by hand (`link_method` `manual` or `rejected`, by
///   whom and when), and the evidence of a link the matcher made through another list's report
///   of the same person (`link_evidence`);
/// - one facility recorded under two codes (`facility_merges`: the old code counts as the new).
struct M0019_FacilityIdentityDecisions: StatementMigration {
    let id = "0019_facility_identity_decisions"

    func statements(dialect: Dialect) -> [String] {
        let newDeathColumns = ["link_evidence TEXT", "link_decided_by TEXT", "link_decided_at TEXT"]
        return newDeathColumns.map { "ALTER TABLE deaths ADD COLUMN \($0)" } + ["""
            CREATE TABLE facility_merges (
                old_code TEXT PRIMARY KEY,
                new_code TEXT NOT NULL,
                note TEXT,
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL
            )
            """]
    }
}
