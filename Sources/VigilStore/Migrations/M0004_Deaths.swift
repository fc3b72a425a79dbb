import SQLKit

/// Deaths in ICE custody, from published lists:
/// - `death_sources`: each list file imported, by SHA-256, with its format and reader notes;
/// - `deaths`: one row per person who died, deduplicated across lists, tied to a registry
///   facility where the name matcher could (`facility_code` when accepted, `suggested_code`
///   when doubtful and awaiting review);
/// - `death_reports`: what each list said about each death, row by row: the provenance.
struct M0004_Deaths: StatementMigration {
    let id = "0004_deaths"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        let double = dialect.double
        return [
            """
            CREATE TABLE death_sources (
                sha256 TEXT PRIMARY KEY,
                file_name TEXT NOT NULL,
                format TEXT NOT NULL,
                byte_count BIGINT NOT NULL,
                row_count INTEGER NOT NULL,
                notes_json TEXT NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE deaths (
                id \(pk),
                person_name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                death_date TEXT,
                year INTEGER NOT NULL,
                facility_name TEXT NOT NULL,
                facility_state TEXT,
                facility_city TEXT,
                facility_zip TEXT,
                facility_code TEXT,
                suggested_code TEXT,
                link_method TEXT NOT NULL,
                link_confidence \(double),
                facility_type TEXT,
                operator TEXT,
                cause TEXT
            )
            """,
            "CREATE INDEX deaths_facility_code ON deaths (facility_code)",
            """
            CREATE TABLE death_reports (
                id \(pk),
                death_id \(ref) NOT NULL REFERENCES deaths (id) ON DELETE CASCADE,
                source_sha256 TEXT NOT NULL REFERENCES death_sources (sha256) ON DELETE CASCADE,
                source_row INTEGER NOT NULL,
                person_name TEXT NOT NULL,
                death_date TEXT,
                year INTEGER NOT NULL,
                facility_name TEXT NOT NULL,
                facility_state TEXT,
                facility_type TEXT,
                operator TEXT,
                cause TEXT,
                source_url TEXT
            )
            """,
            "CREATE INDEX death_reports_death ON death_reports (death_id)",
        ]
    }
}
