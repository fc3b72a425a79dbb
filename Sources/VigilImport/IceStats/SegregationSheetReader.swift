import VigilCore

/// Reads ICE's "Monthly Segregation" sheet (FY2024 workbooks from May 2024 on; "FY26 Monthly
/// Segregation" in FY2026): blocks of `FACILITY | count`, one per calendar month, newest first.
///
/// Each block is a heading naming the month (a cell `June 2025`, the month followed by the
/// sheet's definition, or a title sentence `ICE Segregation Population* for April 2024. …`),
/// a header row `Facilities | Placement Count`, facility rows and usually a `Grand Total`.
/// One FY2025 block has no header row; it is read with the columns of the others.
///
/// Nothing here refuses the workbook: a block with no month, or a count that is neither a
/// number nor one of ICE's placeholders, is recorded as an anomaly naming its sheet, row and
/// column, its rows are left out, and the rest of the release imports.
struct SegregationSheetReader {
    let file: String
    let sheet: String
    let names: FacilityNameIndex

    static let countColumnName = "Placement Count"

    /// The sheet among a workbook's sheets, matched on its trimmed name.
    static func locate(in sheetNames: [String]) -> String? {
        sheetNames.first { $0.trimmingSpaces().lowercased().hasSuffix("monthly segregation") }
    }

    private struct Block {
        var month: CalendarMonth
        var headingRow: Int
        var nameColumn: Int
        var countColumn: Int
        var counts: [SegregationPlacementCount] = []
        var rowsLeftOut = 0
    }

    private enum Phase {
        /// Before the first block, or after a block's Grand Total: titles and notes.
        case outside
        /// A month heading was read; its header row (or, lacking one, its rows) come next.
        case heading(CalendarMonth, row: Int)
        case block(Block)
        /// Facility rows that no month heading claims, from `firstRow`; left out.
        case unclaimed(firstRow: Int, lastRow: Int, rows: Int, why: String)
    }

    func read(_ rows: [XLSXRow], into ledger: inout AnomalyLedger) -> [SegregationPlacementCount] {
        var result: [SegregationPlacementCount] = []
        var phase = Phase.outside
        var monthsRead: [CalendarMonth: Int] = [:]
        // Columns of the last header row: a block without one is read with these.
        var nameColumn = 0, countColumn = 1

        func close(_ ledger: inout AnomalyLedger) {
            switch phase {
            case .block(let block):
                if let first = monthsRead[block.month] {
                    ledger.record(ReleaseAnomaly(.segregationBlockUnreadable, """
                        A second block for \(block.month.name) starts at row \(block.headingRow); the first, at row \(first), \
                        was kept and this one's \(block.counts.count) rows were left out so the month is not counted twice.
                        """, at: location(row: block.headingRow)))
                } else {
                    monthsRead[block.month] = block.headingRow
                    result += block.counts
                }
            case .unclaimed(let firstRow, let lastRow, let count, let why):
                ledger.record(ReleaseAnomaly(.segregationBlockUnreadable, """
                    Rows \(firstRow)–\(lastRow) (\(count) facility row\(count == 1 ? "" : "s")) were left out: \(why).
                    """, at: location(row: firstRow)))
            case .outside, .heading:
                break
            }
            phase = .outside
        }

        for row in rows where !row.isBlank {
            if let columns = Self.headerColumns(row) {
                (nameColumn, countColumn) = columns
                if case .heading(let month, let headingRow) = phase {
                    phase = .block(Block(month: month, headingRow: headingRow, nameColumn: nameColumn, countColumn: countColumn))
                } else {
                    close(&ledger)
                    phase = .unclaimed(firstRow: row.number, lastRow: row.number, rows: 0,
                                       why: "the header row \(row.number) has no heading naming a month and year above it")
                }
                continue
            }
            let activeColumns: (name: Int, count: Int)
            if case .block(let block) = phase { activeColumns = (block.nameColumn, block.countColumn) } else { activeColumns = (nameColumn, countColumn) }
            let name = CellText.display(row[activeColumns.name]).trimmingSpaces()
            let countValue = row[activeColumns.count]

            if countValue.isBlank {
                let text = SegregationCell.rowText(row)
                if let month = HeadingText.month(in: text) {
                    close(&ledger)
                    phase = .heading(month, row: row.number)
                } else if case .block(var block) = phase, !name.isEmpty {
                    if Self.isNote(name) {
                        close(&ledger)
                    } else {
                        block.rowsLeftOut += 1
                        ledger.record(ReleaseAnomaly(.skippedRow, """
                            Row \(row.number) names "\(name)" under \(block.month.name) but has no placement count; left out.
                            """, at: location(row: row.number, column: Self.countColumnName)))
                        phase = .block(block)
                    }
                }
                continue
            }
            if Self.isTotal(name) {
                if case .block(let block) = phase { checkTotal(countValue, of: block, row: row.number, into: &ledger) }
                close(&ledger)
                continue
            }
            switch phase {
            case .heading(let month, let headingRow):
                ledger.record(ReleaseAnomaly(.segregationBlockWithoutHeader, """
                    The block for \(month.name) (heading on row \(headingRow)) has no "Facilities | Placement Count" \
                    header row; its rows from row \(row.number) were read as facility name and count, as in the other blocks.
                    """, at: location(row: row.number)))
                var block = Block(month: month, headingRow: headingRow, nameColumn: nameColumn, countColumn: countColumn)
                readFacility(row, name: name, count: countValue, into: &block, ledger: &ledger)
                phase = .block(block)
            case .block(var block):
                readFacility(row, name: name, count: countValue, into: &block, ledger: &ledger)
                phase = .block(block)
            case .outside:
                phase = .unclaimed(firstRow: row.number, lastRow: row.number, rows: 1,
                                   why: "no heading naming a month and year stands above them")
            case .unclaimed(let firstRow, _, let count, let why):
                phase = .unclaimed(firstRow: firstRow, lastRow: row.number, rows: count + 1, why: why)
            }
        }
        close(&ledger)
        return result
    }

    private func readFacility(_ row: XLSXRow, name: String, count: XLSXCellValue, into block: inout Block,
                              ledger: inout AnomalyLedger) {
        guard !name.isEmpty else {
            block.rowsLeftOut += 1
            ledger.record(ReleaseAnomaly(.skippedRow, """
                Row \(row.number) has a placement count (\(CellText.display(count))) under \(block.month.name) but no \
                facility name; left out.
                """, at: location(row: row.number, column: "Facilities")))
            return
        }
        switch SegregationCell.count(count) {
        case .number(let value):
            block.counts.append(SegregationPlacementCount(
                month: block.month, facilityName: name, facilityKey: names.key(for: name), placementCount: Int(value),
                location: location(row: row.number)))
        case .placeholder(let label):
            block.rowsLeftOut += 1
            ledger.count(.placeholderValue, column: Self.countColumnName, value: label,
                         at: location(row: row.number, column: Self.countColumnName)) { count in
                """
                Column "\(Self.countColumnName)" held the placeholder \(label) in \(count) \
                row\(count == 1 ? "" : "s"); those facility rows were left out of their months.
                """
            }
        case .unreadable(let shown):
            block.rowsLeftOut += 1
            ledger.record(ReleaseAnomaly(.unreadableValue, """
                Row \(row.number), column "\(Self.countColumnName)": "\(shown)" is not a count of people; the row \
                (\(name), \(block.month.name)) was left out.
                """, at: location(row: row.number, column: Self.countColumnName)))
        case .blank:
            break
        }
    }

    private func checkTotal(_ value: XLSXCellValue, of block: Block, row: Int, into ledger: inout AnomalyLedger) {
        guard case .number(let printed) = SegregationCell.count(value) else { return }
        let sum = block.counts.reduce(0) { $0 + $1.placementCount }
        guard Int(printed) != sum else { return }
        let leftOut = block.rowsLeftOut > 0 ? " (\(block.rowsLeftOut) row\(block.rowsLeftOut == 1 ? " was" : "s were") left out)" : ""
        ledger.record(ReleaseAnomaly(.segregationTotalMismatch, """
            The Grand Total for \(block.month.name) on row \(row) is \(Int(printed)); the facility rows read sum to \
            \(sum)\(leftOut). Pages and exports use the facility rows.
            """, at: location(row: row, column: Self.countColumnName)))
    }

    private func location(row: Int, column: String? = nil) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: column)
    }

    /// `Facilities | Placement Count`: the columns of the name and the count.
    static func headerColumns(_ row: XLSXRow) -> (name: Int, count: Int)? {
        var name: Int?, count: Int?
        for cell in row.cells {
            guard let text = cell.value.text?.trimmingSpaces().lowercased() else { continue }
            if text == "facilities" || text == "facility" || text == "facility name" { name = name ?? cell.column }
            if text.contains("placement count") { count = count ?? cell.column }
        }
        guard let name, let count else { return nil }
        return (name, count)
    }

    static func isTotal(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("grand total") || lower == "total"
    }

    /// A footnote or definition rather than a facility: starts with `*`, or is a paragraph.
    static func isNote(_ text: String) -> Bool { text.hasPrefix("*") || text.count > 100 }
}
