import VigilCore

/// The `facilities/{key}/inspections` download: one row per distinct inspection ICE reported.
enum InspectionHistoryTable {
    static let columns = [
        "facility_key", "inspector", "inspection_type", "standard", "rating", "inspection_date", "date_label",
        "release_count", "first_reported_as_of", "last_reported_as_of", "reported_as_of_dates", "release_file_names",
    ]

    static func make(_ records: [InspectionRecord], key: FacilityKey) -> DataTable {
        var table = DataTable(columns: columns)
        for record in records {
            table.append([
                .text(key.rawValue), .text(record.inspector.rawValue), TableValue(record.type), TableValue(record.standard),
                TableValue(record.rating), TableValue(record.date),
                record.dateLabels.isEmpty ? .null : .text(record.dateLabels.joined(separator: "; ")),
                .integer(record.reportedIn.count), TableValue(record.reportedIn.first?.asOfDate),
                TableValue(record.reportedIn.last?.asOfDate),
                .text(record.reportedIn.map(\.asOfDate.iso).joined(separator: "; ")),
                .text(record.reportedIn.map(\.fileName).joined(separator: "; ")),
            ])
        }
        return table
    }
}
