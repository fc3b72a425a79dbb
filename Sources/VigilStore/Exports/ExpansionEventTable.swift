import VigilCore

/// The `expansion-events` export: one row per event between consecutive releases, oldest
/// release first. `change` is the change in ADP, or for `guaranteed-minimum-change` in the
/// guaranteed minimum; `previous_adp` is empty when the facility is absent from the previous release.
public enum ExpansionEventTable {
    public static let columns = ["event", "facility_code", "facility_key", "name", "state", "previous_as_of", "as_of", "previous_adp",
                                 "adp", "change"]

    public static func make(_ events: [StoredExpansionEvent]) -> DataTable {
        var table = DataTable(columns: columns)
        for stored in events {
            let e = stored.event
            table.append([.text(e.kind.rawValue), TableValue(e.facilityCode), .text(e.facilityKey.rawValue), .text(e.name), TableValue(e.state),
                          .text(e.previousAsOf.iso), .text(e.asOf.iso), TableValue(e.previousADP), TableValue(e.adp), .number(e.change)])
        }
        return table
    }
}
