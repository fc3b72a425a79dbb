import VigilCore

/// The Facilities sheet's header row: where it is and what each column holds.
struct FacilitiesHeader {
    /// 1-based sheet row.
    let rowNumber: Int
    /// Header cells as written, up to the last non-empty one (trailing empty cells dropped).
    let columns: [String]
    /// Column index to what it holds and its header text (trimmed), for non-empty headers.
    let bindings: [Int: (column: FacilityColumn, header: String)]
    let layout: WorkbookLayout

    /// The header text (trimmed) of a column, or its letter when its header is empty.
    func label(ofColumn index: Int) -> String {
        bindings[index]?.header ?? CellReference.letters(forColumn: index)
    }
}

/// Finds the header row in rows 1–12 (ICE's are on rows 6, 7, 8 and 10) and checks it has the
/// required columns.
enum HeaderRowLocator {
    static let searchedRowCount = 12

    static func locate(in rows: [XLSXRow], file: String, sheet: String) throws -> FacilitiesHeader {
        let candidates = rows.prefix { $0.number <= searchedRowCount }
        guard let headerRow = candidates.first(where: { row in
            row.cells.contains { cell in
                guard let text = cell.value.text, text.utf8.count < 40 else { return false }  // titles are long
                return Self.holdsName(text) && HeaderText.normalized(text) == "name"
            }
        }) else {
            throw ImportFailure(file: file, sheet: sheet, """
                no header row found: none of rows 1–\(searchedRowCount) has a "Name" cell. The Facilities \
                sheet's column headers (Name, Address, ..., Level A–D) must start within the first \
                \(searchedRowCount) rows
                """)
        }
        var columns: [String] = []
        var bindings: [Int: (column: FacilityColumn, header: String)] = [:]
        var claimed: Set<FacilityColumn> = []
        // The normalised headers that tell layouts apart, a second column of one meaning included.
        var layoutHeaders: [String] = []
        for cell in headerRow.cells {
            let written = CellText.display(cell.value)
            let trimmed = written.trimmingSpaces()
            guard !trimmed.isEmpty else { continue }
            while columns.count < cell.column { columns.append("") }
            columns.append(written)
            var column = FacilityColumn(header: trimmed)
            if column.isLayoutSpecific { layoutHeaders.append(HeaderText.normalized(trimmed)) }
            // A second column with the same meaning is kept, but as an uninterpreted one.
            if column != .other, claimed.contains(column) { column = .other }
            claimed.insert(column)
            bindings[cell.column] = (column, trimmed)
        }
        let missing = FacilityColumn.required.filter { !claimed.contains($0.0) }.map(\.1)
        if !missing.isEmpty {
            throw ImportFailure(file: file, sheet: sheet, row: headerRow.number, """
                the header row lacks the required column\(missing.count == 1 ? "" : "s") \
                \(missing.map { "\"\($0)\"" }.joined(separator: ", ")); its columns are \
                \(columns.filter { !$0.isEmpty }.map { "\"\($0)\"" }.joined(separator: ", "))
                """)
        }
        let layout = WorkbookLayoutSignature.layout(forInspectionHeaders: layoutHeaders)
        return FacilitiesHeader(rowNumber: headerRow.number, columns: columns, bindings: bindings, layout: layout)
    }

    /// Whether the text holds the letters "name" together, in any case: only then can it
    /// normalize to "name" (no other letter lower-cases to these four). Looked for on the bytes
    /// before normalizing, which lower-cases and splits every cell of the first rows: 1% of an import.
    static func holdsName(_ text: String) -> Bool { text.containsIgnoringASCIICase(name) }
    private static let name = Array("name".utf8)
}
