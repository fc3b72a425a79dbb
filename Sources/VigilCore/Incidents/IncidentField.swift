/// The fields of an incident, by the names the CSV header, the web form and error messages use.
public enum IncidentField: String, Sendable, Hashable, CaseIterable {
    case facility
    case occurredOn = "occurred_on"
    case category
    case status
    case visibility
    case description
    case sourceTitle = "source_title"
    case sourceURL = "source_url"
    case documentedBy = "documented_by"

    /// As a form labels it.
    public var label: String {
        switch self {
        case .facility: "Facility"
        case .occurredOn: "Date"
        case .category: "Category"
        case .status: "Status"
        case .visibility: "Visibility"
        case .description: "Description"
        case .sourceTitle: "Source: document, report or page title"
        case .sourceURL: "Source: web address"
        case .documentedBy: "Documented by"
        }
    }

    /// Fields that may be left blank: a source need not be online, and visibility falls back
    /// to `IncidentVisibility.safeDefault`.
    public var isOptional: Bool { self == .sourceURL || self == .visibility }
}
