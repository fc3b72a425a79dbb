import SQLKit

/// The values each release anomaly's sentence is made of, as JSON (`ReleaseAnomalyFacts`), so the
/// releases pages can say it in the reader's language. Additive: rows stored before keep a null and
/// show their English detail as written.
struct M0024_ReleaseAnomalyDetails: StatementMigration {
    let id = "0024_release_anomaly_details"

    func statements(dialect: Dialect) -> [String] {
        ["ALTER TABLE release_anomalies ADD COLUMN details_json TEXT"]
    }
}
