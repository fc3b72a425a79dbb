import VigilCore
import VigilStore

/// The `breakdown/{type|aor|state}` download: how one release's population divides.
enum BreakdownTable {
    static let columns = [
        "as_of_date", "dimension", "group", "facility_count", "adp", "share", "release_sha256", "release_file_name",
    ]

    static func make(_ rows: [BreakdownRow], dimension: BreakdownDimension, release: ReleaseSummary) -> DataTable {
        var table = DataTable(columns: columns)
        for row in rows {
            table.append([
                .text(release.asOfDate.iso), .text(dimension.rawValue), .text(row.group), .integer(row.facilityCount),
                .number(row.averageDailyPopulation), .number(row.share),
                .text(release.primaryFile.sha256), .text(release.primaryFile.fileName),
            ])
        }
        return table
    }
}
