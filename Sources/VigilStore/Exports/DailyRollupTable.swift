import VigilCore

/// The `daily-population-rollups` table: daily midnight and 24-hour populations from the
/// latest person-level import, per day and area. Stable columns (docs/exports.md).
public enum DailyRollupTable {
    public static let columns = ["date", "area_kind", "area", "midnight_pop", "daily_pop_24h", "facilities"]

    public static func make(_ rows: [DailyRollup.Row]) -> DataTable {
        DataTable(columns: columns, rows: rows.map { r in
            [.text(r.date.iso), .text(r.areaKind.rawValue), .text(r.area), .integer(r.midnight), .integer(r.allDay),
             .integer(r.facilities)]
        })
    }
}
