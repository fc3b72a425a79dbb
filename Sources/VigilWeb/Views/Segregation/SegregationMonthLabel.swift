import VigilCore

/// How pages write a stored month (`2025-06`): `June 2025`, or as stored when unreadable.
enum SegregationMonthLabel {
    static func long(_ iso: String) -> String { CalendarMonth(iso: iso)?.name ?? iso }

    /// `Jun 2025`, for chart labels.
    static func short(_ iso: String) -> String {
        guard let month = CalendarMonth(iso: iso) else { return iso }
        return "\(Format.monthNames[month.month - 1]) \(month.year)"
    }
}
