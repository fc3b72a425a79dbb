/// What one spreadsheet cell holds, typed as the sheet's XML says.
public enum XLSXCellValue: Hashable, Sendable {
    /// No value (a cell that only carries formatting is not reported at all).
    case empty
    /// Text from the workbook's shared-string table (`t="s"`), rich-text runs joined.
    case sharedString(String)
    /// Text stored in the cell itself: `t="inlineStr"`, a formula's text result (`t="str"`)
    /// or an ISO 8601 date cell (`t="d"`), which few producers write.
    case inlineString(String)
    /// A number (`t="n"` or no type). Excel stores dates as numbers too: serial days.
    case number(Double)
    /// `t="b"`.
    case boolean(Bool)
    /// An error value such as `#N/A` or `#REF!` (`t="e"`).
    case error(String)

    /// The text of a string cell, nil for every other kind.
    public var text: String? {
        switch self {
        case .sharedString(let text), .inlineString(let text): return text
        default: return nil
        }
    }

    /// True for `.empty` and for text that is only whitespace.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .sharedString(let text), .inlineString(let text):
            if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
            return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        default: return false
        }
    }
}

/// One cell of a row: its 0-based column index (A is 0) and its value.
public struct XLSXCell: Hashable, Sendable {
    public var column: Int
    public var value: XLSXCellValue

    public init(column: Int, value: XLSXCellValue) {
        self.column = column
        self.value = value
    }
}
