/// One row of a sheet as stored: only the cells that hold a value, in column order.
///
/// Rows are sparse on purpose: a sheet may put a single cell at column XFD (16,384), and a
/// dense row would turn that into thousands of empty values per row.
public struct XLSXRow: Hashable, Sendable {
    /// 1-based, as a spreadsheet program shows it.
    public var number: Int
    public var cells: [XLSXCell]

    public init(number: Int, cells: [XLSXCell]) {
        self.number = number
        self.cells = cells
    }

    /// The value in a 0-based column, `.empty` when the row stores nothing there.
    public subscript(column: Int) -> XLSXCellValue {
        // Rows are short and ordered; a binary search keeps long ones cheap as well.
        var low = 0
        var high = cells.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let found = cells[middle].column
            if found == column { return cells[middle].value }
            if found < column { low = middle + 1 } else { high = middle - 1 }
        }
        return .empty
    }

    /// True when no cell holds anything but whitespace.
    public var isBlank: Bool { cells.allSatisfy(\.value.isBlank) }
}
