import VigilCore

/// How pages write a stored month (`2025-06`): `June 2025`, or as stored when unreadable.
enum SegregationMonthLabel {
    static func long(_ iso: String) -> String { CalendarMonth(iso: iso).map(long) ?? iso }

    /// `June 2025`; in Spanish `junio de 2025`.
    static func long(_ month: CalendarMonth) -> String {
        switch SiteLanguage.current {
        case .english: month.name
        case .spanish: "\(Format.spanishMonthNames[month.month - 1]) de \(month.year)"
        }
    }

    /// `Jun 2025`, for chart labels.
    static func short(_ iso: String) -> String {
        guard let month = CalendarMonth(iso: iso) else { return iso }
        return "\(Format.monthNames[month.month - 1]) \(month.year)"
    }
}
