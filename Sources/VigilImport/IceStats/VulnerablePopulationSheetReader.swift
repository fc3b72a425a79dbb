import VigilCore

/// Reads ICE's "Vulnerable & Special Population" sheet (workbooks from July 2022 on): national
/// segregation placements of people with a special vulnerability, one block per fiscal quarter.
///
/// A block is a heading (`Fiscal Year (FY) 2022 Quarter 3 Data`, `FY 2022 Quarter 2 Data`), a
/// header `Placement Reason | Number of Placements | Average Number of Consecutive Days in
/// Segregation | Average Number of Cumulative Days in Segregation`, one row per reason, a
/// `Grand Total` row and a footnote `*Data represents 281 unique detainees. …`. The sheet ends
/// with definitional paragraphs, which are not data and are passed over.
///
/// As with the monthly sheet, an unreadable block or value is an anomaly, never a refusal.
struct VulnerablePopulationSheetReader {
    let file: String
    let sheet: String

    static let placementsColumnName = "Number of Placements"

    /// The sheet among a workbook's sheets, matched on its trimmed name.
    static func locate(in sheetNames: [String]) -> String? {
        sheetNames.first {
            let name = $0.trimmingSpaces().lowercased()
            return name.hasPrefix("vulnerable") && name.contains("special population")
        }
    }

    /// Where a block's values are, by the header's words.
    struct Columns {
        var reason: Int
        var placements: Int
        var consecutiveDays: Int?
        var cumulativeDays: Int?
        /// The header texts, for anomalies.
        var names: [Int: String]
    }

    /// A block's period: a fiscal year's quarter.
    struct Quarter: Hashable {
        var fiscalYear: FiscalYear
        var quarter: Int
        var period: SegregationPeriod { .quarter(fiscalYear, quarter: quarter) }
    }

    private typealias Blocks = SegregationBlocks<Quarter, Columns, VulnerableSegregationRow>
    private typealias Block = Blocks.Block

    func read(_ rows: [XLSXRow], into ledger: inout AnomalyLedger) -> [VulnerableSegregationRow] {
        var result: [VulnerableSegregationRow] = []
        var blocks = Blocks(
            defaultColumns: Self.defaultColumns, period: \.period, sheet: .vulnerable,
            location: { [file, sheet] row in SourceLocation(file: file, sheet: sheet, row: row, column: nil) })
        // The rows of the block closed last, in `result`: its footnote follows its Grand Total.
        var lastBlockRows: Range<Int>?
        func take(_ closed: Blocks.Closed) {
            switch closed {
            case .accepted(let block):
                checkTotal(block, into: &ledger)
                lastBlockRows = result.count..<(result.count + block.items.count)
                result += block.items
            case .leftOut:
                lastBlockRows = nil
            case .nothing:
                break
            }
        }

        for row in rows where !row.isBlank {
            if let columns = Self.headerColumns(row) {
                take(blocks.headerRow(columns, row: row.number, &ledger))
                continue
            }
            let columns = blocks.columns
            let reasonText = CellText.display(row[columns.reason]).trimmingSpaces()
            let placementsValue = row[columns.placements]

            if placementsValue.isBlank {
                let text = SegregationCell.rowText(row).trimmingSpaces()
                // The footnote's prefix first: looking for "unique" in every other text row was costly.
                if text.hasPrefix("*") || text.prefix(4).lowercased() == "data", let unique = HeadingText.uniqueDetainees(in: text) {
                    if blocks.block != nil { take(blocks.close(&ledger)) }
                    if let range = lastBlockRows {
                        for index in range { result[index].uniqueDetainees = unique }
                        lastBlockRows = nil  // one footnote per quarter
                    }
                } else if let (fiscalYear, quarter) = HeadingText.fiscalQuarter(in: text) {
                    take(blocks.headingRow(Quarter(fiscalYear: fiscalYear, quarter: quarter), row: row.number, &ledger))
                } else if blocks.block != nil {
                    // Definitions or notes after a block that had no Grand Total end it.
                    take(blocks.close(&ledger))
                }
                continue
            }
            blocks.dataRow(row.number, &ledger) { block, ledger in
                readReason(row, reasonText: reasonText, into: &block, ledger: &ledger)
            }
        }
        take(blocks.close(&ledger))
        return result
    }

    private func readReason(_ row: XLSXRow, reasonText: String, into block: inout Block, ledger: inout AnomalyLedger) {
        let columns = block.columns
        guard !reasonText.isEmpty else {
            block.rowsLeftOut += 1
            ledger.record(ReleaseAnomaly(.vulnerableRowWithoutReason(row: row.number, period: block.key.period),
                                         at: location(row: row.number, column: columns.names[columns.reason])))
            return
        }
        let placements: Int
        switch SegregationCell.count(row[columns.placements]) {
        case .number(let value):
            placements = Int(value)
        case .placeholder(let label):
            block.rowsLeftOut += 1
            placeholder(label, column: Self.placementsColumnName, row: row.number, ledger: &ledger)
            return
        case .unreadable(let shown):
            block.rowsLeftOut += 1
            ledger.record(ReleaseAnomaly(.vulnerableUnreadablePlacements(row: row.number, column: Self.placementsColumnName, value: shown,
                                                                         reason: reasonText, period: block.key.period),
                                         at: location(row: row.number, column: Self.placementsColumnName)))
            return
        case .blank:
            return
        }
        block.items.append(VulnerableSegregationRow(
            fiscalYear: block.key.fiscalYear, quarter: block.key.quarter, reason: VulnerablePlacementReason(asWritten: reasonText),
            reasonAsWritten: reasonText, placements: placements,
            averageConsecutiveDays: average(row, column: columns.consecutiveDays, columns: columns, ledger: &ledger),
            averageCumulativeDays: average(row, column: columns.cumulativeDays, columns: columns, ledger: &ledger),
            uniqueDetainees: nil, location: location(row: row.number)))
    }

    /// An average number of days; a placeholder or unreadable value is kept as no value, with an anomaly.
    private func average(_ row: XLSXRow, column: Int?, columns: Columns, ledger: inout AnomalyLedger) -> Double? {
        guard let column else { return nil }
        let name = columns.names[column] ?? "column \(column + 1)"
        switch SegregationCell.read(row[column]) {
        case .number(let value) where value >= 0:
            return value
        case .number(let value):
            unreadable(CellText.display(value), column: name, row: row.number, ledger: &ledger)
        case .placeholder(let label):
            placeholder(label, column: name, row: row.number, ledger: &ledger)
        case .unreadable(let shown):
            unreadable(shown, column: name, row: row.number, ledger: &ledger)
        case .blank:
            break
        }
        return nil
    }

    private func placeholder(_ label: PlaceholderMark, column: String, row: Int, ledger: inout AnomalyLedger) {
        ledger.count(.vulnerablePlaceholder(column: column, label: label), column: column, value: label.rawValue, at: location(row: row, column: column))
    }

    private func unreadable(_ shown: String, column: String, row: Int, ledger: inout AnomalyLedger) {
        ledger.record(ReleaseAnomaly(.vulnerableUnreadableAverage(row: row, column: column, value: shown), at: location(row: row, column: column)))
    }

    /// ICE's Grand Total should be the sum of the reasons' placements.
    private func checkTotal(_ block: Block, into ledger: inout AnomalyLedger) {
        guard let total = block.items.first(where: { $0.reason == .total }) else { return }
        let sum = block.items.filter { $0.reason != .total }.reduce(0) { $0 + $1.placements }
        guard sum != total.placements else { return }
        ledger.record(ReleaseAnomaly(.segregationTotalMismatch(period: block.key.period, row: total.location.row ?? 0,
                                                               printed: total.placements, sum: sum, leftOut: block.rowsLeftOut),
                                     at: total.location))
    }

    private func location(row: Int, column: String? = nil) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: column)
    }

    static let defaultColumns = Columns(reason: 0, placements: 1, consecutiveDays: 2, cumulativeDays: 3, names: [:])

    /// `Placement Reason | Number of Placements | Average … Consecutive … | Average … Cumulative …`.
    static func headerColumns(_ row: XLSXRow) -> Columns? {
        // Every row of the sheet is tried as a header, so the test neither copies nor lower-cases a cell.
        var reason: Int?, placements: Int?, consecutive: Int?, cumulative: Int?
        for cell in row.cells {
            guard let text = cell.value.text else { continue }
            if text.containsIgnoringASCIICase("placement reason") { reason = reason ?? cell.column }
            else if text.containsIgnoringASCIICase("number of placements") { placements = placements ?? cell.column }
            else if text.containsIgnoringASCIICase("consecutive") { consecutive = consecutive ?? cell.column }
            else if text.containsIgnoringASCIICase("cumulative") { cumulative = cumulative ?? cell.column }
        }
        guard let reason, let placements else { return nil }
        var names: [Int: String] = [:]
        for cell in row.cells { if let text = cell.value.text { names[cell.column] = text.trimmingSpaces() } }
        return Columns(reason: reason, placements: placements, consecutiveDays: consecutive, cumulativeDays: cumulative, names: names)
    }
}
