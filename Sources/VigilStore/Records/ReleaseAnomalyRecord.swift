import VigilCore

/// A row of `release_anomalies`.
struct ReleaseAnomalyRecord: Codable, Sendable {
    var release_id: Int
    var kind: String
    var detail: String
    var source_file: String?
    var sheet: String?
    var sheet_row: Int?
    var column_name: String?
    var occurrences: Int
    /// The values the detail is made of (`ReleaseAnomalyFacts`), so a page can say it in its
    /// reader's language; null for an English-only anomaly and for rows stored before M0024.
    var details_json: String?

    init(releaseID: Int, _ anomaly: ReleaseAnomaly) {
        release_id = releaseID
        kind = anomaly.kind.rawValue
        detail = anomaly.detail
        source_file = anomaly.location?.file
        sheet = anomaly.location?.sheet
        sheet_row = anomaly.location?.row
        column_name = anomaly.location?.column
        occurrences = anomaly.occurrences
        details_json = anomaly.facts.map(\.storedJSON)
    }

    static let columns = ["release_id", "kind", "detail", "source_file", "sheet", "sheet_row", "column_name", "occurrences", "details_json"]

    /// The values in the order of `columns`, for `BulkInsert`.
    var values: [SQLValue] {
        [.integer(release_id), .text(kind), .text(detail), .text(source_file), .text(sheet), .integer(sheet_row), .text(column_name),
         .integer(occurrences), .text(details_json)]
    }

    var anomaly: ReleaseAnomaly {
        let location = source_file.map { SourceLocation(file: $0, sheet: sheet, row: sheet_row, column: column_name) }
        // A kind this build does not know (written by a newer Vigil) still shows, as unreadable; facts
        // this build cannot read leave the stored English detail to be shown.
        return ReleaseAnomaly(ReleaseAnomaly.Kind(rawValue: kind) ?? .unreadableValue, detail, at: location, occurrences: occurrences,
                              facts: details_json.flatMap { JSONText.decode(ReleaseAnomalyFacts.self, from: $0) })
    }
}
