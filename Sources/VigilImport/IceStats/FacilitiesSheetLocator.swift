import VigilCore

/// Finds the Facilities sheet among a workbook's sheets.
///
/// Its name has varied — "Facilities FY19", "Facilities FY21 YTD", "Facilities EOYFY20 "
/// (trailing space), "Facilities FY22 ", "Facilities EOFY23" — so the match is on the first
/// word after trimming. When several sheets match, the first in tab order is read.
enum FacilitiesSheetLocator {
    static func locate(in sheetNames: [String], file: String) throws -> (name: String, anomaly: ReleaseAnomaly?) {
        guard let name = sheetNames.first(where: { $0.trimmingSpaces().lowercased().hasPrefix("facilities") }) else {
            let listed = sheetNames.map { "\"\($0)\"" }.joined(separator: ", ")
            throw ImportFailure(file: file, """
                the workbook has no Facilities sheet (a sheet named "Facilities ..."); its sheets are \
                \(listed.isEmpty ? "none" : listed). Is this one of ICE's detention-statistics workbooks?
                """)
        }
        return (name, irregularity(of: name, file: file))
    }

    /// Stray spaces (leading, trailing or doubled) make a name irregular; the detail also
    /// names an end-of-year or year-to-date label, which is how ICE marks the file's scope.
    static func irregularity(of name: String, file: String) -> ReleaseAnomaly? {
        let trimmed = name.trimmingSpaces()
        let hasStraySpaces = trimmed != name || trimmed.contains("  ")
        guard hasStraySpaces else { return nil }
        var spaces: [ReleaseAnomalyFacts.StraySpace] = []
        if name.first?.isWhitespace == true { spaces.append(.leading) }
        if name.last?.isWhitespace == true { spaces.append(.trailing) }
        if trimmed.contains("  ") { spaces.append(.doubled) }
        let words = trimmed.uppercased().split(separator: " ")
        var label: ReleaseAnomalyFacts.SheetLabel?
        if words.contains(where: { $0.hasPrefix("EOYFY") }) {
            label = .eoyfy
        } else if words.contains(where: { $0.hasPrefix("EOFY") }) {
            label = .eofy
        } else if words.contains("YTD") {
            label = .ytd
        }
        return ReleaseAnomaly(.irregularSheetName(name: name, trimmed: trimmed, spaces: spaces, label: label),
                              at: SourceLocation(file: file, sheet: name))
    }
}
