import SQLKit

/// ICE's two segregation sheets, stored per release (each workbook re-publishes earlier
/// months and quarters; queries read the newest release that has a month or quarter):
/// - `segregation_placements`: one facility's placement count in one calendar month, with
///   the name as printed and the facility key when the workbook's Facilities sheet named it;
/// - `vulnerable_segregation`: national placements of vulnerable people per fiscal quarter
///   and placement reason (reason `total` is the sheet's Grand Total row).
/// Rows go with their release (`ON DELETE CASCADE`), so removing demo releases removes them.
struct M0006_Segregation: StatementMigration {
    let id = "0006_segregation"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        let double = dialect.double
        return [
            """
            CREATE TABLE segregation_placements (
                id \(pk),
                release_id \(ref) NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
                month TEXT NOT NULL,
                facility_name TEXT NOT NULL,
                facility_key TEXT,
                placement_count INTEGER NOT NULL,
                sheet TEXT NOT NULL,
                sheet_row INTEGER NOT NULL
            )
            """,
            "CREATE INDEX segregation_placements_release ON segregation_placements (release_id)",
            "CREATE INDEX segregation_placements_month ON segregation_placements (month)",
            "CREATE INDEX segregation_placements_key ON segregation_placements (facility_key)",
            """
            CREATE TABLE vulnerable_segregation (
                id \(pk),
                release_id \(ref) NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
                fiscal_year INTEGER NOT NULL,
                quarter INTEGER NOT NULL,
                reason TEXT NOT NULL,
                reason_as_written TEXT NOT NULL,
                placements INTEGER NOT NULL,
                avg_consecutive_days \(double),
                avg_cumulative_days \(double),
                unique_detainees INTEGER,
                sheet TEXT NOT NULL,
                sheet_row INTEGER NOT NULL
            )
            """,
            "CREATE INDEX vulnerable_segregation_release ON vulnerable_segregation (release_id)",
        ]
    }
}
