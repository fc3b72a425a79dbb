import VigilCore

/// The `segregation` export: every facility line of every month's latest edition of ICE's
/// "Monthly Segregation" sheet, with the release and row it came from.
public enum SegregationTable {
    public static let columns = [
        "month", "facility_name", "facility_key", "placement_count", "source_file", "release_as_of", "sheet", "sheet_row",
    ]

    public static func make(_ rows: [SegregationMonth]) -> DataTable {
        var table = DataTable(columns: columns)
        for row in rows {
            table.append([
                .text(row.month), .text(row.facilityName), TableValue(row.facilityKey?.rawValue), .integer(row.placementCount),
                .text(row.sourceFileName), TableValue(row.releaseAsOfDate), .text(row.sheet), .integer(row.sheetRow),
            ])
        }
        return table
    }
}
