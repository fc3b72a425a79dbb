import SQLKit

/// The facility registry: facilities keyed by ICE's DETLOC code, every reference list that
/// described them (by SHA-256) and what each said, how workbook facilities match codes,
/// and cited, dated operator records.
struct M0002_FacilityRegistry: StatementMigration {
    let id = "0002_facility_registry"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let double = dialect.double
        return [
            // One row per source file imported (reference lists and operator files).
            """
            CREATE TABLE facility_sources (
                sha256 TEXT PRIMARY KEY,
                file_name TEXT NOT NULL,
                format TEXT NOT NULL,
                byte_count BIGINT NOT NULL,
                as_of_date TEXT,
                entry_count INTEGER NOT NULL,
                notes_json TEXT NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
            // What each list said about each code: every name, address and type a facility
            // has appeared under, with coordinates, dates and operator as that list gave them.
            """
            CREATE TABLE facility_list_entries (
                id \(pk),
                source_sha256 TEXT NOT NULL REFERENCES facility_sources (sha256) ON DELETE CASCADE,
                code TEXT NOT NULL,
                source_row INTEGER NOT NULL,
                name TEXT,
                address TEXT,
                city TEXT,
                county TEXT,
                state TEXT,
                zip TEXT,
                aor TEXT,
                type_detailed TEXT,
                latitude \(double),
                longitude \(double),
                first_use TEXT,
                last_use TEXT,
                capacity \(double),
                guaranteed_minimum \(double),
                operator TEXT,
                owner TEXT,
                UNIQUE (source_sha256, code)
            )
            """,
            "CREATE INDEX facility_list_entries_code ON facility_list_entries (code)",
            // The registry: one row per code, derived from the entries (see FacilityRegistry.rebuild).
            """
            CREATE TABLE facilities (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                address TEXT,
                city TEXT,
                county TEXT,
                state TEXT,
                zip TEXT,
                aor TEXT,
                type_detailed TEXT,
                latitude \(double),
                longitude \(double),
                coordinate_source TEXT,
                coordinates_conflict INTEGER NOT NULL DEFAULT 0,
                coordinate_spread_km \(double),
                first_use TEXT,
                last_use TEXT,
                source_count INTEGER NOT NULL
            )
            """,
            // A workbook facility (name + state key) tied to a code, or rejected by a person.
            """
            CREATE TABLE facility_matches (
                facility_key TEXT PRIMARY KEY,
                code TEXT,
                method TEXT NOT NULL,
                confidence \(double) NOT NULL,
                accepted INTEGER NOT NULL,
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                note TEXT
            )
            """,
            "CREATE INDEX facility_matches_code ON facility_matches (code)",
            // Who ran a facility on what terms, as a cited source said on a date. Never updated.
            """
            CREATE TABLE facility_operators (
                id \(pk),
                code TEXT NOT NULL,
                as_of_date TEXT NOT NULL,
                operator TEXT,
                owner TEXT,
                operator_kind TEXT NOT NULL,
                contract_type TEXT,
                capacity \(double),
                guaranteed_minimum \(double),
                source TEXT NOT NULL,
                source_sha256 TEXT NOT NULL REFERENCES facility_sources (sha256) ON DELETE CASCADE,
                citation TEXT,
                source_row INTEGER
            )
            """,
            "CREATE INDEX facility_operators_code ON facility_operators (code)",
        ]
    }
}
