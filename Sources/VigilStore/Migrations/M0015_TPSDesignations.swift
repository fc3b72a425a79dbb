import SQLKit

/// TPS designations, versioned (`vigil import tps`):
/// - `tps_versions`: one row per designations file ever imported, numbered in import order,
///   archived by SHA-256 (unique), so importing the same file again changes nothing. The
///   screener uses the highest version.
/// - `tps_designations`: each version's rows as the file gave them, keyed by version and row,
///   with the in-force window the later notices in `notes` give (`in_force_from`,
///   `in_force_through`), kept for queries and pages; it is recomputed from the row on reading.
struct M0015_TPSDesignations: StatementMigration {
    let id = "0015_tps_designations"

    func statements(dialect: Dialect) -> [String] {
        return [
            """
            CREATE TABLE tps_versions (
                version INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE,
                file_name TEXT NOT NULL,
                byte_count BIGINT NOT NULL,
                designation_count INTEGER NOT NULL,
                to_verify_count INTEGER NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE tps_designations (
                version INTEGER NOT NULL REFERENCES tps_versions (version),
                source_row INTEGER NOT NULL,
                country TEXT NOT NULL,
                designation TEXT NOT NULL,
                kind TEXT NOT NULL,
                effective_from TEXT NOT NULL,
                effective_to TEXT NOT NULL,
                continuous_residence_since TEXT NOT NULL,
                continuous_physical_presence_since TEXT NOT NULL,
                federal_register_citation TEXT,
                federal_register_document TEXT,
                notes TEXT,
                certainty TEXT,
                in_force_from TEXT NOT NULL,
                in_force_through TEXT NOT NULL,
                PRIMARY KEY (version, source_row)
            )
            """,
        ]
    }
}
