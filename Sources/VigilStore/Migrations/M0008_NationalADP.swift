import SQLKit

/// `national_adp`: the national average daily population per fiscal year from a published
/// series (`vigil import national-adp`), one row per year, with the file it came from. Death
/// rates use it for the years no imported ICE workbook covers.
struct M0008_NationalADP: StatementMigration {
    let id = "0008_national_adp"

    func statements(dialect: Dialect) -> [String] {
        ["""
            CREATE TABLE national_adp (
                fiscal_year INTEGER PRIMARY KEY,
                adp \(dialect.double) NOT NULL,
                source TEXT,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                source_row INTEGER NOT NULL,
                imported_at TEXT NOT NULL
            )
            """]
    }
}
