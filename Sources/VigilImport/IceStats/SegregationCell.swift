import VigilCore

/// Reads a number cell of the segregation sheets, where ICE writes counts and averages as
/// numbers in some workbooks and as text (`'125'`) in others.
enum SegregationCell {
    enum Reading: Equatable {
        case number(Double)
        case blank
        /// One of ICE's marks for "no value" (`*`, `N/A`, `#N/A`, ...), as an anomaly names it.
        case placeholder(PlaceholderMark)
        /// Anything else, as shown in the sheet.
        case unreadable(String)
    }

    static func read(_ value: XLSXCellValue) -> Reading {
        switch value {
        case .empty:
            return .blank
        case .number(let number):
            return .number(number)
        case .sharedString(let raw), .inlineString(let raw):
            let trimmed = raw.trimmingSpaces()
            if trimmed.isEmpty { return .blank }
            if let number = Double(trimmed.replacingOccurrences(of: ",", with: "")), number.isFinite { return .number(number) }
            if let label = PlaceholderText.label(for: raw) { return .placeholder(label) }
            return .unreadable(trimmed.count > 60 ? String(trimmed.prefix(57)) + "..." : trimmed)
        case .boolean(let flag):
            return .unreadable(flag ? "TRUE" : "FALSE")
        case .error(let code):
            return code.uppercased() == "#N/A" ? .placeholder(.notAvailableError) : .unreadable(code)
        }
    }

    /// A count of people or placements: a whole number, zero or more.
    static func count(_ value: XLSXCellValue) -> Reading {
        let reading = read(value)
        if case .number(let number) = reading, number < 0 || number.rounded() != number || number > 1e9 {
            return .unreadable(CellText.display(number))
        }
        return reading
    }

    /// The text a person sees in the row's cells, joined: for headings and notes.
    static func rowText(_ row: XLSXRow) -> String {
        row.cells.map { CellText.display($0.value) }.joined(separator: " ")
    }
}
