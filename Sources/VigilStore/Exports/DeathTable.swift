import VigilCore

/// The `deaths` export: one row per person who died in ICE custody, with every list that reports it.
public enum DeathTable {
    public static let columns = [
        "name", "date", "year", "facility_name", "facility_code", "link_method", "link_confidence", "suggested_code",
        "state", "cause", "facility_type", "operator", "sources",
    ]

    public static func make(_ rows: [DeathRow]) -> DataTable {
        var table = DataTable(columns: columns)
        for d in rows {
            table.append([
                .text(d.personName), TableValue(d.date), .integer(d.year), .text(d.facilityName), TableValue(d.facilityCode),
                .text(d.linkMethod), TableValue(d.linkConfidence), TableValue(d.suggestedCode), TableValue(d.state),
                TableValue(d.cause), TableValue(d.facilityType), TableValue(d.operatorName), .text(d.sourcesText),
            ])
        }
        return table
    }
}
