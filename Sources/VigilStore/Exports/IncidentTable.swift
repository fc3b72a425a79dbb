import VigilCore

/// The `incidents` export: one row per documented incident, newest first, with its source.
///
/// `vigil export incidents` includes internal incidents (the command line is the database
/// owner's tool); the web's downloads pass only the rows the reader may see, and leave
/// `recorded_by` (an account's email) empty for readers who are not signed in.
public enum IncidentTable {
    public static let columns = [
        "id", "facility_key", "facility_name", "occurred_on", "category", "category_label", "status", "visibility",
        "description", "source_title", "source_url", "documented_by", "recorded_by", "recorded_at", "updated_at",
        "import_sha256", "import_row",
    ]

    public static func make(_ rows: [IncidentRow], showsRecorder: Bool = true) -> DataTable {
        var table = DataTable(columns: columns)
        for r in rows {
            table.append([
                .integer(r.id), .text(r.facilityKey), .text(r.facilityName), .text(r.occurredOn.iso), .text(r.category.rawValue),
                .text(r.category.label), .text(r.status.rawValue), .text(r.visibility.rawValue), .text(r.description),
                .text(r.sourceTitle), TableValue(r.sourceURL), .text(r.documentedBy), showsRecorder ? .text(r.recordedBy) : .null,
                .text(r.recordedAt), .text(r.updatedAt), TableValue(r.importSHA256), TableValue(r.importRow),
            ])
        }
        return table
    }
}
