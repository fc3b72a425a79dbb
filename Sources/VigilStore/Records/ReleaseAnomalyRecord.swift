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

    init(releaseID: Int, _ anomaly: ReleaseAnomaly) {
        release_id = releaseID
        kind = anomaly.kind.rawValue
        detail = anomaly.detail
        source_file = anomaly.location?.file
        sheet = anomaly.location?.sheet
        sheet_row = anomaly.location?.row
        column_name = anomaly.location?.column
        occurrences = anomaly.occurrences
    }

    static let columns = ["release_id", "kind", "detail", "source_file", "sheet", "sheet_row", "column_name", "occurrences"]

    /// The values in the order of `columns`, for `BulkInsert`.
    var values: [SQLValue] {
        [.integer(release_id), .text(kind), .text(detail), .text(source_file), .text(sheet), .integer(sheet_row), .text(column_name),
         .integer(occurrences)]
    }

    var anomaly: ReleaseAnomaly {
        let location = source_file.map { SourceLocation(file: $0, sheet: sheet, row: sheet_row, column: column_name) }
        // A kind this build does not know (written by a newer Vigil) still shows, as unreadable.
        return ReleaseAnomaly(ReleaseAnomaly.Kind(rawValue: kind) ?? .unreadableValue, detail, at: location, occurrences: occurrences)
    }
}
