/// A documented condition inside a facility: what happened, when, how established, who may
/// see it, and where it is documented.
///
/// Build one from what a person typed or a file held with `IncidentDraft.validated(today:)`,
/// which applies `IncidentRules`; this initializer trusts its arguments.
public struct Incident: Sendable, Hashable {
    /// A registry DETLOC code (`STWRTGA`) or a workbook facility key (`stewart-detention-center-ga`),
    /// as given; the store resolves it (see `IncidentArchive`).
    public var facility: String
    public var occurredOn: CalendarDate
    public var category: IncidentCategory
    public var status: IncidentStatus
    public var visibility: IncidentVisibility
    public var description: String
    public var source: IncidentSource

    public init(facility: String, occurredOn: CalendarDate, category: IncidentCategory, status: IncidentStatus,
                visibility: IncidentVisibility, description: String, source: IncidentSource) {
        self.facility = facility
        self.occurredOn = occurredOn
        self.category = category
        self.status = status
        self.visibility = visibility
        self.description = description
        self.source = source
    }
}
