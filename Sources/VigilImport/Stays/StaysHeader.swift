import VigilCore

/// Where the columns Vigil reads sit in a person-level file's header, whichever spelling
/// (`Book In Date Time` or `book_in_date_time`) it uses.
struct StaysHeader {
    var indexes: [StaysColumn: Int]
    var columnCount: Int
    /// `ice` or `snake_case`.
    var style: String

    /// The header in `cells`, or nil when they are not a stays header (some required column missing).
    init?(cells: [String]) {
        var indexes: [StaysColumn: Int] = [:]
        var snake = 0
        for (i, cell) in cells.enumerated() {
            let name = StaysColumn.normalized(cell)
            if let column = StaysColumn(rawValue: name), indexes[column] == nil {
                indexes[column] = i
                if cell.contains("_") { snake += 1 }
            }
        }
        guard StaysColumn.required.allSatisfy({ indexes[$0] != nil }) else { return nil }
        self.indexes = indexes
        columnCount = cells.count
        style = snake > 0 ? "snake_case" : "ice"
    }

    subscript(column: StaysColumn) -> Int? { indexes[column] }

    /// True when a line of text looks like it could be the header (for finding it among preamble lines).
    static func mightBeHeader(_ line: [UInt8]) -> Bool {
        let text = StaysColumn.normalized(String(decoding: line, as: UTF8.self))
        return text.contains("book_in_date_time") && text.contains("detention_facility_code")
    }

    static var requiredList: String {
        StaysColumn.required.map { "\"\($0.iceName)\"" }.joined(separator: ", ")
    }
}
