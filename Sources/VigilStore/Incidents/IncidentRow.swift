import VigilCore

/// One stored incident, as pages, downloads, the API and the closure dossier read it.
public struct IncidentRow: Sendable, Hashable, Identifiable {
    public var id: Int
    /// The registry code (upper case) or, for a facility without one, the workbook key.
    public var facilityKey: String
    /// The facility's name as shown when the incident was recorded.
    public var facilityName: String
    public var occurredOn: CalendarDate
    public var category: IncidentCategory
    public var status: IncidentStatus
    public var visibility: IncidentVisibility
    public var description: String
    public var sourceTitle: String
    /// Always `http` or `https` (checked by `IncidentRules` before storing).
    public var sourceURL: String?
    public var documentedBy: String
    /// The email of the person who recorded it, or `import:<file name>`.
    public var recordedBy: String
    /// ISO 8601, UTC.
    public var recordedAt: String
    /// ISO 8601, UTC: when its status or visibility last changed (`recordedAt` if never).
    public var updatedAt: String
    /// For imported incidents, the file's SHA-256 and row.
    public var importSHA256: String?
    public var importRow: Int?

    public var isInternal: Bool { visibility == .internal }
    /// One of the generated demo incidents: pages say so in the reader's language.
    public var isDemo: Bool { recordedBy == DemoIncidents.recorder }
}

/// How many incidents of one category and status a facility has: for rankings that weigh
/// an official finding above an allegation.
public struct IncidentTally: Sendable, Hashable {
    public var facilityKey: String
    public var category: IncidentCategory
    public var status: IncidentStatus
    public var count: Int

    public init(facilityKey: String, category: IncidentCategory, status: IncidentStatus, count: Int) {
        self.facilityKey = facilityKey
        self.category = category
        self.status = status
        self.count = count
    }
}

/// The database row, decoded as SQL returns it.
struct IncidentRecord: Decodable, Sendable {
    var id: Int
    var facility_key: String
    var facility_name: String
    var occurred_on: String
    var category: String
    var status: String
    var visibility: String
    var description: String
    var source_title: String
    var source_url: String?
    var documented_by: String
    var recorded_by: String
    var recorded_at: String
    var updated_at: String
    var import_sha256: String?
    var import_row: Int?

    /// The row, or nil when a value is not one this build knows (a database written by a
    /// newer Vigil): such a row is left out rather than shown wrongly. Unknown visibility reads
    /// as internal, so it can never leak.
    var row: IncidentRow? {
        guard let date = CalendarDate(iso: occurred_on), let category = IncidentCategory(rawValue: category),
              let status = IncidentStatus(rawValue: status) else { return nil }
        // a demo row stored before the pages said "synthetic" themselves carries it in English: taken off
        let description = recorded_by == DemoIncidents.recorder ? DemoIncidents.withoutLegacyNote(description) : description
        return IncidentRow(id: id, facilityKey: facility_key, facilityName: facility_name, occurredOn: date, category: category,
                           status: status, visibility: IncidentVisibility(rawValue: visibility) ?? .internal, description: description,
                           sourceTitle: source_title, sourceURL: source_url, documentedBy: documented_by, recordedBy: recorded_by,
                           recordedAt: recorded_at, updatedAt: updated_at, importSHA256: import_sha256, importRow: import_row)
    }
}
