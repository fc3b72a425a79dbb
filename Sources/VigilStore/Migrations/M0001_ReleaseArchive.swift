import SQLKit

/// The archive of ICE's detention-statistics releases: one row per release, the files it
/// arrived as, what was irregular about it, and one row per facility it reports.
struct M0001_ReleaseArchive: StatementMigration {
    let id = "0001_release_archive"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        let double = dialect.double
        return [
            """
            CREATE TABLE releases (
                id \(pk),
                content_fingerprint TEXT NOT NULL UNIQUE,
                as_of_date TEXT NOT NULL,
                fiscal_year INTEGER NOT NULL,
                sheet_name TEXT NOT NULL,
                header_row INTEGER NOT NULL,
                layout TEXT NOT NULL,
                printed_as_of_date TEXT,
                file_name_date TEXT,
                columns_json TEXT NOT NULL,
                facility_count INTEGER NOT NULL,
                total_adp \(double) NOT NULL,
                is_synthetic INTEGER NOT NULL DEFAULT 0,
                imported_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX releases_as_of_date ON releases (as_of_date)",
            """
            CREATE TABLE release_files (
                sha256 TEXT PRIMARY KEY,
                release_id \(ref) NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
                file_name TEXT NOT NULL,
                byte_count BIGINT NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX release_files_release ON release_files (release_id)",
            """
            CREATE TABLE release_anomalies (
                id \(pk),
                release_id \(ref) NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL,
                source_file TEXT,
                sheet TEXT,
                sheet_row INTEGER,
                column_name TEXT,
                occurrences INTEGER NOT NULL
            )
            """,
            "CREATE INDEX release_anomalies_release ON release_anomalies (release_id)",
            """
            CREATE TABLE facility_observations (
                id \(pk),
                release_id \(ref) NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
                source_row INTEGER NOT NULL,
                facility_key TEXT NOT NULL,
                name TEXT NOT NULL,
                address TEXT,
                city TEXT,
                state TEXT,
                zip TEXT,
                aor TEXT,
                type_detailed TEXT,
                gender TEXT,
                alos \(double),
                level_a \(double),
                level_b \(double),
                level_c \(double),
                level_d \(double),
                adp \(double),
                male_criminal \(double),
                male_non_criminal \(double),
                female_criminal \(double),
                female_non_criminal \(double),
                threat_level_1 \(double),
                threat_level_2 \(double),
                threat_level_3 \(double),
                no_threat_level \(double),
                mandatory \(double),
                guaranteed_minimum \(double),
                pending_inspection TEXT,
                other_columns_json TEXT NOT NULL
            )
            """,
            "CREATE INDEX facility_observations_release ON facility_observations (release_id)",
            "CREATE INDEX facility_observations_key ON facility_observations (facility_key)",
            """
            CREATE TABLE reported_inspections (
                id \(pk),
                observation_id \(ref) NOT NULL REFERENCES facility_observations (id) ON DELETE CASCADE,
                position TEXT NOT NULL,
                inspector TEXT NOT NULL,
                inspection_type TEXT,
                standard TEXT,
                rating TEXT,
                inspection_date TEXT,
                date_label TEXT
            )
            """,
            "CREATE INDEX reported_inspections_observation ON reported_inspections (observation_id)",
        ]
    }
}
