import Foundation

/// The rules every incident meets, wherever it comes from (the web form, a CSV file): the one
/// place they are written down.
public enum IncidentRules {
    /// Incidents before this day are refused: Vigil's sources start decades later, so an
    /// earlier date is a typing error.
    public static let earliestDate = CalendarDate(year: 1980, month: 1, day: 1)!
    public static let maxDescriptionLength = 10_000
    /// For the facility identifier, the source title and who documented it.
    public static let maxShortTextLength = 500
    public static let maxURLLength = 2_000

    /// An absolute `http` or `https` address with a host and no spaces. Anything else
    /// (`javascript:`, `data:`, `file:`, a bare path) is refused, so that a stored address is
    /// always safe to show as a link.
    public static func isAcceptableURL(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace || $0.isNewline }),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return false }
        return true
    }
}
