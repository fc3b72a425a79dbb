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

    private typealias Blocks = SegregationBlocks<CalendarMonth, (name: Int, count: Int), SegregationPlacementCount>
    private typealias Block = Blocks.Block

    func read(_ rows: [XLSXRow], into ledger: inout AnomalyLedger) -> [SegregationPlacementCount] {
        var result: [SegregationPlacementCount] = []
        var blocks = Blocks(
            defaultColumns: (name: 0, count: 1), period: SegregationPeriod.month, sheet: .monthly,
            location: { [file, sheet] row in SourceLocation(file: file, sheet: sheet, row: row, column: nil) })
        func take(_ closed: Blocks.Closed) {
            if case .accepted(let block) = closed { result += block.items }
        }

        for row in rows where !row.isBlank {
            if let columns = Self.headerColumns(row) {
                take(blocks.headerRow(columns, row: row.number, &ledger))
                continue
            }
            let columns = blocks.columns
            let name = CellText.display(row[columns.name]).trimmingSpaces()
            let countValue = row[columns.count]

            if countValue.isBlank {
                let text = SegregationCell.rowText(row)
                if let month = HeadingText.month(in: text) {
                    take(blocks.headingRow(month, row: row.number, &ledger))
                } else if let block = blocks.block, !name.isEmpty {
                    if Self.isNote(name) {
                        take(blocks.close(&ledger))
                    } else {
                        blocks.updateBlock { $0.rowsLeftOut += 1 }
                        ledger.record(ReleaseAnomaly(.segregationRowWithoutCount(row: row.number, name: name, period: .month(block.key)),
                                                     at: location(row: row.number, column: Self.countColumnName)))
                    }
                }
                continue
            }
            if Self.isTotal(name) {
                if let block = blocks.block { checkTotal(countValue, of: block, row: row.number, into: &ledger) }
                take(blocks.close(&ledger))
                continue
            }
            blocks.dataRow(row.number, &ledger) { block, ledger in
                readFacility(row, name: name, count: countValue, into: &block, ledger: &ledger)
            }
        }
        take(blocks.close(&ledger))
        return result
    }

    private func readFacility(_ row: XLSXRow, name: String, count: XLSXCellValue, into block: inout Block,
                              ledger: inout AnomalyLedger) {
        guard !name.isEmpty else {
            block.rowsLeftOut += 1
            ledger.record(ReleaseAnomaly(.segregationCountWithoutName(row: row.number, count: CellText.display(count), period: .month(block.key)),
                                         at: location(row: row.number, column: "Facilities")))
            return
        }
        switch SegregationCell.count(count) {
        case .number(let value):
            block.items.append(SegregationPlacementCount(
                month: block.key, facilityName: name, facilityKey: names.key(for: name), placementCount: Int(value),
                location: location(row: row.number)))
        case .placeholder(let label):
            block.rowsLeftOut += 1
            ledger.count(.segregationPlaceholder(column: Self.countColumnName, label: label), column: Self.countColumnName, value: label.rawValue,
                         at: location(row: row.number, column: Self.countColumnName))
        case .unreadable(let shown):
            block.rowsLeftOut += 1
            ledger.record(ReleaseAnomaly(.segregationUnreadableCount(row: row.number, column: Self.countColumnName, value: shown, name: name,
                                                                     period: .month(block.key)),
                                         at: location(row: row.number, column: Self.countColumnName)))
        case .blank:
            break
        }
    }

    private func checkTotal(_ value: XLSXCellValue, of block: Block, row: Int, into ledger: inout AnomalyLedger) {
        guard case .number(let printed) = SegregationCell.count(value) else { return }
        let sum = block.items.reduce(0) { $0 + $1.placementCount }
        guard Int(printed) != sum else { return }
        ledger.record(ReleaseAnomaly(.segregationTotalMismatch(period: .month(block.key), row: row, printed: Int(printed), sum: sum,
                                                               leftOut: block.rowsLeftOut),
                                     at: location(row: row, column: Self.countColumnName)))
    }

    private func location(row: Int, column: String? = nil) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: column)
    }

    /// `Facilities | Placement Count`: the columns of the name and the count.
    static func headerColumns(_ row: XLSXRow) -> (name: Int, count: Int)? {
        var name: Int?, count: Int?
        for cell in row.cells {
            // Every row is asked, and most cells are facility names and counts: the bytes are looked
            // at before a text is trimmed and lower-cased (those took about 1% of an import).
            guard let written = cell.value.text,
                  written.containsIgnoringASCIICase(facility) || written.containsIgnoringASCIICase(placementCount) else { continue }
            let text = written.trimmingSpaces().lowercased()
            if text == "facilities" || text == "facility" || text == "facility name" { name = name ?? cell.column }
            if text.contains("placement count") { count = count ?? cell.column }
        }
        guard let name, let count else { return nil }
        return (name, count)
    }

    private static let facility = Array("facilit".utf8)
    private static let placementCount = Array("placement count".utf8)

    static func isTotal(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("grand total") || lower == "total"
    }

    /// A footnote or definition rather than a facility: starts with `*`, or is a paragraph.
    static func isNote(_ text: String) -> Bool { text.hasPrefix("*") || text.count > 100 }
}
