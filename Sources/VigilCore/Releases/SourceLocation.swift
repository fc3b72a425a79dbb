/// Where in a source file something was found: file, and where it applies sheet, row and column.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var sheet: String?
    /// 1-based row as a spreadsheet program shows it (or line number in a text file).
    public var row: Int?
    /// The column's header text, or its letter when there is no header.
    public var column: String?

    public init(file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// `FY24_detentionStats.xlsx, sheet "Facilities EOFY24", row 12, column "Level A"`.
    public var description: String {
        var parts = [file]
        if let sheet { parts.append("sheet \"\(sheet)\"") }
        if let row { parts.append("row \(row)") }
        if let column { parts.append("column \"\(column)\"") }
        return parts.joined(separator: ", ")
    }
}
