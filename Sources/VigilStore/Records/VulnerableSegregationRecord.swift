import VigilCore

/// A row of `vulnerable_segregation`: one reason in one fiscal quarter of one release.
struct VulnerableSegregationRecord: Sendable {
    static let columns = ["release_id", "fiscal_year", "quarter", "reason", "reason_as_written", "placements",
                          "avg_consecutive_days", "avg_cumulative_days", "unique_detainees", "sheet", "sheet_row"]

    var releaseID: Int
    var row: VulnerableSegregationRow

    /// The values in the order of `columns`, for a bulk insert.
    var values: [SQLValue] {
        [.integer(releaseID), .integer(row.fiscalYear.year), .integer(row.quarter), .text(row.reason.code),
         .text(row.reasonAsWritten), .integer(row.placements), .real(row.averageConsecutiveDays),
         .real(row.averageCumulativeDays), .integer(row.uniqueDetainees), .text(row.location.sheet ?? ""),
         .integer(row.location.row ?? 0)]
    }
}
