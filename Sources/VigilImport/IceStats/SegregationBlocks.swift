import VigilCore

/// The block structure both segregation sheets share, walked row by row: a heading naming the
/// period (`Key`: a month, or a fiscal quarter), a header row naming the columns, then the
/// period's rows. `SegregationSheetReader` and `VulnerablePopulationSheetReader` each say how
/// to recognise their headings, header rows and rows; this keeps the rest, and the anomalies
/// it records, the same for both:
///
/// - a period's block read twice keeps the first and leaves the second out (never counted twice);
/// - a header row no heading announces, and rows above which no heading stands, are left out;
/// - a block whose header row is missing is read with the columns of the last header seen
///   (`defaultColumns` before the first).
struct SegregationBlocks<Key: Hashable, Columns, Item> {
    struct Block {
        var key: Key
        var headingRow: Int
        var columns: Columns
        var items: [Item] = []
        var rowsLeftOut = 0
    }

    /// What a close did with the block that was open.
    enum Closed {
        case nothing
        case accepted(Block)
        /// Rows were left out: a second block for a period, or rows no heading claimed.
        case leftOut
    }

    private enum Phase {
        /// Before the first block, or after one ended: titles and notes.
        case outside
        /// A heading was read; its header row (or, lacking one, its rows) come next.
        case heading(Key, row: Int)
        case block(Block)
        /// Rows that no heading claims, from `firstRow`; left out. `headerRow` when they follow a
        /// header row no heading announced.
        case unclaimed(firstRow: Int, lastRow: Int, rows: Int, headerRow: Int?)
    }

    /// How the anomalies name things, as facts the catalogue words (`anomaly.segregation.*`):
    /// `period` a block's period, `sheet` which sheet's words for headings and rows.
    let period: (Key) -> SegregationPeriod
    let sheet: SegregationSheet
    let location: (_ row: Int) -> SourceLocation

    private var phase = Phase.outside
    private var periodsRead: [Key: Int] = [:]
    /// The columns of the last header row: a block without one is read with these.
    private(set) var lastColumns: Columns

    init(defaultColumns: Columns, period: @escaping (Key) -> SegregationPeriod, sheet: SegregationSheet,
         location: @escaping (Int) -> SourceLocation) {
        lastColumns = defaultColumns
        self.period = period
        self.sheet = sheet
        self.location = location
    }

    /// The open block, if any.
    var block: Block? {
        if case .block(let block) = phase { return block }
        return nil
    }

    /// The columns the current row is read with: the open block's, else the last header's.
    var columns: Columns { block?.columns ?? lastColumns }

    /// Changes the open block (a row left out, say); nothing when none is open.
    mutating func updateBlock(_ change: (inout Block) -> Void) {
        guard case .block(var block) = phase else { return }
        phase = .outside  // the block's only holder while it changes (see `dataRow`)
        change(&block)
        phase = .block(block)
    }

    /// Ends the open block or run of unclaimed rows, recording what was left out.
    mutating func close(_ ledger: inout AnomalyLedger) -> Closed {
        defer { phase = .outside }
        switch phase {
        case .block(let block):
            if let first = periodsRead[block.key] {
                ledger.record(ReleaseAnomaly(.segregationSecondBlock(period: period(block.key), row: block.headingRow, firstRow: first,
                                                                     rows: block.items.count), at: location(block.headingRow)))
                return .leftOut
            }
            periodsRead[block.key] = block.headingRow
            return .accepted(block)
        case .unclaimed(let firstRow, let lastRow, let count, let headerRow):
            ledger.record(ReleaseAnomaly(.segregationRowsUnclaimed(sheet: sheet, firstRow: firstRow, lastRow: lastRow, rows: count,
                                                                   headerRow: headerRow), at: location(firstRow)))
            return .leftOut
        case .outside, .heading:
            return .nothing
        }
    }

    /// A header row: opens the block its heading announced, or, with no heading above it,
    /// starts a run of rows that are left out.
    mutating func headerRow(_ columns: Columns, row: Int, _ ledger: inout AnomalyLedger) -> Closed {
        lastColumns = columns
        if case .heading(let key, let headingRow) = phase {
            phase = .block(Block(key: key, headingRow: headingRow, columns: columns))
            return .nothing
        }
        let closed = close(&ledger)
        phase = .unclaimed(firstRow: row, lastRow: row, rows: 0, headerRow: row)
        return closed
    }

    /// A heading naming `key`: ends what was open; the block begins at its header row.
    mutating func headingRow(_ key: Key, row: Int, _ ledger: inout AnomalyLedger) -> Closed {
        let closed = close(&ledger)
        phase = .heading(key, row: row)
        return closed
    }

    /// A data row: read into the open block with `read`, or into a block opened by a heading
    /// with no header row (recorded), or counted among the unclaimed rows.
    mutating func dataRow(_ row: Int, _ ledger: inout AnomalyLedger, read: (inout Block, inout AnomalyLedger) -> Void) {
        switch phase {
        case .heading(let key, let headingRow):
            ledger.record(ReleaseAnomaly(.segregationBlockWithoutHeader(period: period(key), headingRow: headingRow, firstRow: row),
                                         at: location(row)))
            var block = Block(key: key, headingRow: headingRow, columns: lastColumns)
            read(&block, &ledger)
            phase = .block(block)
        case .block(var block):
            // Taken out of `phase` while it is read into: with `phase` still holding it, each row
            // appended to its items copied every item before it (`perf` found the copies, with a
            // retain and a release for each string, at 0.5% of an import of ICE's 30 workbooks).
            phase = .outside
            read(&block, &ledger)
            phase = .block(block)
        case .outside:
            phase = .unclaimed(firstRow: row, lastRow: row, rows: 1, headerRow: nil)
        case .unclaimed(let firstRow, _, let count, let headerRow):
            phase = .unclaimed(firstRow: firstRow, lastRow: row, rows: count + 1, headerRow: headerRow)
        }
    }
}
