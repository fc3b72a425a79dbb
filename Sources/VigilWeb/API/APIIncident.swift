import VigilCore
import VigilStore

/// `GET /api/v1/incidents`: the incidents the caller may see, newest first.
struct APIIncidentList: Codable, Sendable, Hashable {
    var incidents: [APIIncident]
    /// True when internal incidents are included (the caller is signed in).
    var includesInternal: Bool

    enum CodingKeys: String, CodingKey { case incidents, includesInternal = "includes_internal" }
}

/// One documented incident with its source.
struct APIIncident: Codable, Sendable, Hashable {
    struct Source: Codable, Sendable, Hashable {
        var title: String
        var url: String?
        var documentedBy: String
        enum CodingKeys: String, CodingKey { case title, url, documentedBy = "documented_by" }
    }

    var id: Int
    var facilityKey: String
    var facilityName: String
    var occurredOn: String
    var category: String
    var categoryLabel: String
    var status: String
    var visibility: String
    var description: String
    var source: Source
    /// The recorder's email, or `import:<file>`; only for signed-in callers.
    var recordedBy: String?
    var recordedAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, facilityKey = "facility_key", facilityName = "facility_name", occurredOn = "occurred_on", category
        case categoryLabel = "category_label", status, visibility, description, source, recordedBy = "recorded_by"
        case recordedAt = "recorded_at", updatedAt = "updated_at"
    }

    init(_ row: IncidentRow, showsRecorder: Bool) {
        id = row.id; facilityKey = row.facilityKey; facilityName = row.facilityName; occurredOn = row.occurredOn.iso
        category = row.category.rawValue; categoryLabel = row.category.label; status = row.status.rawValue
        visibility = row.visibility.rawValue; description = row.description
        source = Source(title: row.sourceTitle, url: row.sourceURL, documentedBy: row.documentedBy)
        recordedBy = showsRecorder ? row.recordedBy : nil
        recordedAt = row.recordedAt; updatedAt = row.updatedAt
    }
}
