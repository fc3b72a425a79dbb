import VigilCore

/// The marks ICE writes where a number or a date has no value: `#N/A` (as an error or as
/// text), `*`, `N/A`, `NA`, a lone non-breaking space, `New Facility`, `Scheduled FY26`, ...
enum PlaceholderText {
    /// The placeholder as an anomaly names it, or nil when `raw` is not one.
    ///
    /// Only called for text that did not read as the column's kind of value, so a real
    /// number or date is never taken for a placeholder.
    static func label(for raw: String) -> PlaceholderMark? {
        let trimmed = raw.trimmingSpaces()
        if trimmed.isEmpty {
            return raw.unicodeScalars.contains("\u{00A0}") ? .nonBreakingSpace : nil
        }
        let upper = trimmed.uppercased()
        if exact.contains(upper) || prefixes.contains(where: { upper.hasPrefix($0) }) {
            return .text(trimmed)
        }
        return nil
    }

    /// True for text that is empty once whitespace (non-breaking spaces included) is trimmed.
    static func isBlank(_ raw: String) -> Bool { raw.trimmingSpaces().isEmpty }

    private static let exact: Set<String> = [
        "#N/A", "N/A", "NA", "N.A.", "N/A*", "*", "**", "***", "-", "--", "—", "–", "TBD", "NONE", "NULL",
        "NEW FACILITY", "UNKNOWN",
    ]
    /// "Scheduled FY26", "Scheduled 2027", "Pending Scheduling", "Pending 2024 ODO Inspection".
    private static let prefixes = ["SCHEDULED", "PENDING", "NOT SCHEDULED", "NO INSPECTION"]
}
