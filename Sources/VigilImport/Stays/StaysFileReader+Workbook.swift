import Foundation
import VigilCore

extension StaysFileReader {
    /// Reads a workbook: the first sheet with the stays header among its first 50 rows
    /// (ICE puts title rows above it), then every row below.
    static func readWorkbook(_ url: URL, options: Options) throws -> StaysImport {
        let data = try FileContents.read(url)
        let fileName = url.lastPathComponent
        let workbook = try XLSXWorkbook(data: data, fileName: fileName)
        for sheet in workbook.sheetNames {
            let rows = try workbook.rows(inSheet: sheet)
            for (position, row) in rows.prefix(50).enumerated() {
                guard let header = StaysHeader(cells: cellTexts(row, count: (row.cells.map(\.column).max() ?? -1) + 1)) else { continue }
                var tally = StintTally()
                tally.report.format = "xlsx"
                tally.report.headerRow = row.number
                tally.report.headerStyle = header.style
                tally.report.columnCount = header.columnCount
                let dateColumns = Set([StaysColumn.bookIn, .bookOut, .stayBookIn, .stayBookOut].compactMap { header[$0] })
                for dataRow in rows[(position + 1)...] where !dataRow.isBlank {
                    let texts = cellTexts(dataRow, count: header.columnCount, dateColumns: dateColumns)
                    let redacted = texts.reduce(0) { $0 + (StintTally.isRedacted($1) ? 1 : 0) }
                    // Cell by cell with lengths, so no cell text can make two different rows read alike.
                    let digest = RowDigest(cells: texts)
                    func bytes(_ column: StaysColumn) -> [UInt8] { header[column].map { Array(texts[$0].utf8) } ?? [] }
                    let f = bytes(.facilityCode), i = bytes(.bookIn), o = bytes(.bookOut), r = bytes(.releaseReason)
                    f.withUnsafeBytes { f in i.withUnsafeBytes { i in o.withUnsafeBytes { o in r.withUnsafeBytes { r in
                        tally.add(digest: digest, redactedCells: redacted, facility: f, bookIn: i, bookOut: o,
                                  releaseReason: r)
                    } } } }
                }
                let source = SourceFile(fileName: fileName,
                                        sha256: options.computeDigest ? FileDigest.sha256Hex(of: data) : "",
                                        byteCount: data.count)
                return StaysImport(source: source, report: tally.report,
                                   population: tally.builder.build(through: options.through))
            }
        }
        throw ImportFailure(file: fileName, """
            no sheet has the person-level Detentions header (columns \(StaysHeader.requiredList)) \
            in its first 50 rows; the workbook's sheets are \(workbook.sheetNames.map { "\"\($0)\"" }.joined(separator: ", "))
            """)
    }

    /// A row's cells as text: dates stored as Excel serials become `YYYY-MM-DD HH:MM:SS`,
    /// whole numbers lose their `.0`.
    static func cellTexts(_ row: XLSXRow, count: Int, dateColumns: Set<Int> = []) -> [String] {
        var texts = [String](repeating: "", count: count)
        for cell in row.cells where cell.column < count {
            switch cell.value {
            case .empty: break
            case .sharedString(let t), .inlineString(let t): texts[cell.column] = t
            case .number(let n):
                if dateColumns.contains(cell.column), let seconds = StayTimestamp.fromExcelSerial(n) {
                    texts[cell.column] = StayTimestamp.text(seconds)
                } else if n == n.rounded(), abs(n) < 1e15 {
                    texts[cell.column] = String(Int(n))
                } else {
                    texts[cell.column] = String(n)
                }
            case .boolean(let b): texts[cell.column] = b ? "TRUE" : "FALSE"
            case .error(let e): texts[cell.column] = e
            }
        }
        return texts
    }
}
