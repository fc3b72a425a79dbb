import Foundation

/// A synthetic ICE detention-statistics workbook shaped like the real ones: a title block
/// with the "Data Source: ... mm/dd/yyyy" line, a header row, facility rows and footnotes,
/// on a "Facilities FYxx" sheet next to an unrelated one.
///
/// Tests change one thing at a time — a placeholder in a cell, the header's row, the sheet's
/// name — and check how the reader reports it.
public struct IceStatsWorkbookFixture {
    public typealias Cell = WorkbookBuilder.Cell

    public var sheetName = "Facilities FY24"
    /// The title lines, one per row from row 1; the header goes on `headerRow`.
    public var titleLines: [String] = [
        "ICE FACILITIES DATA, FY24",
        "ICE Enforcement and Removal Operations Data, FY2024",
        "Data Source: ICE Integrated Decision Support (IIDS), 07/08/2024",
    ]
    public var headerRow = 7
    public var header: [String] = IceStatsWorkbookFixture.fy26Header
    /// Facility rows, as values by header text; headers not given are left empty.
    public var facilities: [[String: Cell]] = []
    /// Rows after the table (footnotes, totals), each a list of cells from column A.
    public var rowsBelow: [[Cell]] = []
    public var style = WorkbookBuilder.Style()
    /// Sheets after the Facilities sheet (segregation sheets, ...), with numbered rows.
    public var extraSheets: [(name: String, rows: [(Int, [Cell])])] = []

    public init() {}

    /// Adds a facility with plausible defaults for the columns `values` does not set.
    public mutating func addFacility(_ name: String, state: String = "TX", _ values: [String: Cell] = [:]) {
        var row: [String: Cell] = [
            "Name": .text(name), "Address": "1 MAIN STREET", "City": "LAREDO", "State": .text(state),
            "Zip": 78041, "AOR": "HOU", "Type Detailed": "IGSA", "Male/Female": "Female/Male",
            "FY24 ALOS": 30.5, "Level A": 10.25, "Level B": 5, "Level C": 2, "Level D": 1,
        ]
        row.merge(values) { _, new in new }
        facilities.append(row)
    }

    public func data() throws -> Data {
        var builder = WorkbookBuilder(style: style)
        builder.addSheet(named: "Header", rows: [["U.S. Immigration and Customs Enforcement"]])
        var rows: [(Int, [Cell])] = titleLines.enumerated().filter { $0.offset + 1 < headerRow }
            .map { ($0.offset + 1, [.text($0.element)]) }
        rows.append((headerRow, header.map { .text($0) }))
        var next = headerRow + 1
        for facility in facilities {
            rows.append((next, header.map { facility[$0] ?? .empty }))
            next += 1
        }
        next += 1  // a blank row before the footnotes, as ICE leaves one
        for row in rowsBelow {
            rows.append((next, row))
            next += 1
        }
        builder.addSheet(named: sheetName, numberedRows: rows)
        for sheet in extraSheets { builder.addSheet(named: sheet.name, numberedRows: sheet.rows) }
        return try builder.data()
    }

    /// The FY2026 layout (27 columns) with an "FY24 ALOS" column.
    public static let fy26Header = [
        "Name", "Address", "City", "State", "Zip", "AOR", "Type Detailed", "Male/Female", "FY24 ALOS",
        "Level A", "Level B", "Level C", "Level D", "Male Crim", "Male Non-Crim", "Female Crim", "Female Non-Crim",
        "ICE Threat Level 1", "ICE Threat Level 2", "ICE Threat Level 3", "No ICE Threat Level", "Mandatory",
        "Guaranteed Minimum", "Last Inspection Type", "Last Inspection End Date", "Last Inspection Standard",
        "Last Final Rating",
    ]
}
