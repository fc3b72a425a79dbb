/// One inspection as a release reported it in its inspection columns.
///
/// ICE's workbooks report the last one or two inspections per facility; from FY2023 on,
/// inspections by the Office of Detention Oversight (ODO) and by the contractor Nakamoto
/// are reported in separate columns, and they are kept apart here.
public struct ReportedInspection: Hashable, Sendable, Codable {
    /// Which inspection of the facility's history the columns describe.
    public enum Position: String, Hashable, Sendable, Codable, CaseIterable {
        case last
        case secondToLast = "second_to_last"
    }

    /// Who carried it out, as far as the columns say.
    public enum Inspector: String, Hashable, Sendable, Codable, CaseIterable {
        /// The columns do not say (FY2019–FY2022 layouts, FY2024+ layouts).
        case unspecified
        /// DHS/ICE Office of Detention Oversight.
        case odo
        /// Nakamoto Group, ICE's contracted inspector.
        case nakamoto
    }

    public var position: Position
    public var inspector: Inspector
    public var type: String?
    public var standard: String?
    public var rating: String?
    public var date: CalendarDate?
    /// What the date column calls the date ("Last Inspection Date", "ODO Final Report Date", ...).
    public var dateLabel: String?

    public init(position: Position, inspector: Inspector, type: String? = nil, standard: String? = nil,
                rating: String? = nil, date: CalendarDate? = nil, dateLabel: String? = nil) {
        self.position = position
        self.inspector = inspector
        self.type = type
        self.standard = standard
        self.rating = rating
        self.date = date
        self.dateLabel = dateLabel
    }

    /// True when every descriptive field is empty.
    public var isEmpty: Bool { type == nil && standard == nil && rating == nil && date == nil }
}
