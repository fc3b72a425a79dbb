import VigilCore

/// The `vulnerable-segregation` export: ICE's national segregation placements of vulnerable
/// and special populations per fiscal quarter and reason (reason `total` is the Grand Total),
/// each quarter from the newest release that publishes it.
public enum VulnerableSegregationTable {
    public static let columns = [
        "fiscal_year", "quarter", "reason", "reason_as_written", "placements", "avg_consecutive_days",
        "avg_cumulative_days", "unique_detainees", "source_file", "release_as_of",
    ]

    public static func make(_ rows: [VulnerableSegregationQuarter]) -> DataTable {
        var table = DataTable(columns: columns)
        for row in rows {
            table.append([
                .integer(row.fiscalYear), .integer(row.quarter), .text(row.reason.code), .text(row.reasonAsWritten),
                .integer(row.placements), TableValue(row.averageConsecutiveDays), TableValue(row.averageCumulativeDays),
                TableValue(row.uniqueDetainees), .text(row.sourceFileName), TableValue(row.releaseAsOfDate),
            ])
        }
        return table
    }
}
