import SQLKit

/// `data_version`: one row holding a number that every write transaction advances, and when
/// it last did. Web caches key on it, so a `vigil import` run in another process while
/// `vigil serve` runs is seen by the server at its next request.
struct M0011_DataVersion: StatementMigration {
    let id = "0011_data_version"

    func statements(dialect: Dialect) -> [String] {
        ["""
            CREATE TABLE data_version (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                version BIGINT NOT NULL,
                changed_at TEXT NOT NULL
            )
            """,
         // An ISO 8601 timestamp holds no quote, so it can be written into the statement.
         "INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, '\(Timestamp.now())')"]
    }
}
