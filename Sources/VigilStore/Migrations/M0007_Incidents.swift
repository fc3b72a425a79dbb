import SQLKit

/// Documented incidents (conditions) inside facilities:
/// - `incidents`: one row per incident, tied to a facility by `facility_key` — the registry's
///   DETLOC code (upper case) when the facility has one, else the workbook key — with the
///   facility's name as shown when it was recorded, its source citation, its status and its
///   visibility (`public`, or `internal`: signed-in people only).
/// - `import_sha256`, `import_row`: for incidents read from a CSV file, the file's SHA-256 and
///   the row, unique together, so that importing the same file again adds nothing. NULL for
///   incidents recorded on the web.
struct M0007_Incidents: StatementMigration {
    let id = "0007_incidents"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        return [
            """
            CREATE TABLE incidents (
                id \(pk),
                facility_key TEXT NOT NULL,
                facility_name TEXT NOT NULL,
                occurred_on TEXT NOT NULL,
                category TEXT NOT NULL,
                status TEXT NOT NULL,
                visibility TEXT NOT NULL,
                description TEXT NOT NULL,
                source_title TEXT NOT NULL,
                source_url TEXT,
                documented_by TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                import_sha256 TEXT,
                import_row INTEGER
            )
            """,
            "CREATE INDEX incidents_facility ON incidents (facility_key)",
            "CREATE INDEX incidents_occurred ON incidents (occurred_on)",
            "CREATE UNIQUE INDEX incidents_import_row ON incidents (import_sha256, import_row)",
        ]
    }
}
