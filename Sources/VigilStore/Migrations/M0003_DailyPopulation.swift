import SQLKit

/// Daily populations per facility (keyed by ICE's DETLOC code), each series labelled with
/// its source and its definition, so that sources are never silently mixed:
/// - `stay_imports`: person-level files read by `vigil import stays` (archived by SHA-256,
///   with their row counts and import report), and what Vigil computed from each:
///   `stay_daily_populations` (midnight and 24-hour populations, book-ins, book-outs),
///   `stay_length_of_stay` and `stay_release_reasons`. The person-level rows themselves are
///   not stored.
/// - `population_file_imports` and `population_file_days`: daily populations others derived
///   (UWCHR's headcount, the Deportation Data Project's daily population), one row per
///   facility, day and definition.
struct M0003_DailyPopulation: StatementMigration {
    let id = "0003_daily_population"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        return [
            """
            CREATE TABLE stay_imports (
                id \(pk),
                sha256 TEXT NOT NULL UNIQUE,
                file_name TEXT NOT NULL,
                byte_count BIGINT NOT NULL,
                format TEXT NOT NULL,
                rows_read BIGINT NOT NULL,
                duplicate_rows BIGINT NOT NULL,
                stints_counted BIGINT NOT NULL,
                ongoing_stints BIGINT NOT NULL,
                zero_length_stints BIGINT NOT NULL,
                redacted_cells BIGINT NOT NULL,
                rows_left_out BIGINT NOT NULL,
                first_date TEXT,
                last_date TEXT,
                report_json TEXT NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE stay_daily_populations (
                stay_import_id \(ref) NOT NULL REFERENCES stay_imports (id) ON DELETE CASCADE,
                facility_code TEXT NOT NULL,
                date TEXT NOT NULL,
                midnight_pop INTEGER NOT NULL,
                daily_pop_24h INTEGER NOT NULL,
                book_ins INTEGER NOT NULL,
                book_outs INTEGER NOT NULL,
                PRIMARY KEY (stay_import_id, facility_code, date)
            )
            """,
            "CREATE INDEX stay_daily_populations_facility ON stay_daily_populations (facility_code, date)",
            """
            CREATE TABLE stay_length_of_stay (
                stay_import_id \(ref) NOT NULL REFERENCES stay_imports (id) ON DELETE CASCADE,
                facility_code TEXT NOT NULL,
                bucket TEXT NOT NULL,
                position INTEGER NOT NULL,
                stints BIGINT NOT NULL,
                PRIMARY KEY (stay_import_id, facility_code, bucket)
            )
            """,
            """
            CREATE TABLE stay_release_reasons (
                stay_import_id \(ref) NOT NULL REFERENCES stay_imports (id) ON DELETE CASCADE,
                reason TEXT NOT NULL,
                stints BIGINT NOT NULL,
                PRIMARY KEY (stay_import_id, reason)
            )
            """,
            """
            CREATE TABLE population_file_imports (
                id \(pk),
                sha256 TEXT NOT NULL UNIQUE,
                file_name TEXT NOT NULL,
                byte_count BIGINT NOT NULL,
                source TEXT NOT NULL,
                row_count BIGINT NOT NULL,
                first_date TEXT,
                last_date TEXT,
                imported_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE population_file_days (
                import_id \(ref) NOT NULL REFERENCES population_file_imports (id) ON DELETE CASCADE,
                facility_code TEXT NOT NULL,
                date TEXT NOT NULL,
                definition TEXT NOT NULL,
                population INTEGER NOT NULL,
                male INTEGER,
                female INTEGER,
                convicted_criminal INTEGER,
                possibly_under_18 INTEGER,
                PRIMARY KEY (import_id, facility_code, date, definition)
            )
            """,
            "CREATE INDEX population_file_days_facility ON population_file_days (facility_code, date)",
        ]
    }
}
