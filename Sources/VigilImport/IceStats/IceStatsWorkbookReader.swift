import Foundation
import VigilCore

/// Reads one of ICE's detention-statistics workbooks (FY2019–FY2026) into an
/// `IceStatsRelease`: the Facilities sheet's rows, the as-of date after cross-checking, the
/// segregation sheets where the workbook has them, and every irregularity found and how it
/// was handled.
///
/// Refusals are `ImportFailure`s naming the file and, where they apply, the sheet, row and
/// column: an empty, truncated, encrypted or non-workbook file; no Facilities sheet; no
/// header row in rows 1–12; a header without Name and Level A–D; no as-of date anywhere.
public enum IceStatsWorkbookReader {
    /// Reads the workbook at `url`; messages name the file by its last path component.
    public static func read(fileAt url: URL, limits: ReadLimits = .current) throws -> IceStatsRelease {
        let data = try FileContents.read(url)
        return try read(data: data, fileName: url.lastPathComponent, limits: limits)
    }

    /// Reads a workbook held in memory. `fileName` names it in messages and supplies the
    /// file-name dates (`FY24_detentionStats07182024.xlsx`, `20230121175133-...`).
    public static func read(data: Data, fileName: String, limits: ReadLimits = .current) throws -> IceStatsRelease {
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let workbook = try XLSXWorkbook(data: data, fileName: fileName, limits: limits)
        let (sheet, sheetAnomaly) = try FacilitiesSheetLocator.locate(in: workbook.sheetNames, file: fileName)
        let rows = try workbook.rows(inSheet: sheet)
        let header = try HeaderRowLocator.locate(in: rows, file: fileName, sheet: sheet)

        var ledger = AnomalyLedger()
        if let sheetAnomaly { ledger.record(sheetAnomaly) }

        // Dates first: a file whose date cannot be established is refused before any row work.
        let title = TitleBlock(rows: rows, above: header.rowNumber, file: fileName, sheet: sheet)
        let fileNameDates = ReleaseFileName(fileName)
        guard let fiscalYear = FiscalYearText.find(in: sheet) ?? title.fiscalYear ?? fileNameDates.fiscalYear
                ?? fiscalYearFromALOSHeader(header) ?? title.printedDate.map({ FiscalYear($0.fiscalYear) })
                ?? fileNameDates.publishedDate.map({ FiscalYear($0.fiscalYear) }) else {
            throw ImportFailure(file: fileName, sheet: sheet, """
                no fiscal year: neither the sheet name, the title rows, the file name nor any date says which \
                fiscal year the figures cover
                """)
        }
        let resolution = try AsOfDateResolver(file: fileName, sheet: sheet)
            .resolve(title: title, fileName: fileNameDates, fiscalYear: fiscalYear)
        resolution.anomalies.forEach { ledger.record($0) }

        let reader = FacilityRowReader(header: header, file: fileName, sheet: sheet)
        var facilities: [FacilityObservation] = []
        for row in rows where row.number > header.rowNumber {
            switch reader.read(row, into: &ledger) {
            case .blank:
                continue
            case .facility(let facility):
                facilities.append(facility)
            case .notAFacility(let why, let text):
                ledger.record(ReleaseAnomaly(.skippedFacilityRow(row: row.number, why: why, text: text),
                                             at: SourceLocation(file: fileName, sheet: sheet, row: row.number)))
            }
        }
        if let fullList = FullAuthorizedListCheck.anomaly(for: facilities, file: fileName, sheet: sheet) {
            ledger.record(fullList)
        }
        // A key is worked out from the name and state (folding case, punctuation and spacing): once a row.
        let keys = facilities.map(\.key)
        DuplicateFacilityCheck.anomalies(in: facilities, keys: keys, file: fileName, sheet: sheet).forEach { ledger.record($0) }

        var segregation: [SegregationPlacementCount] = []
        if let name = SegregationSheetReader.locate(in: workbook.sheetNames) {
            segregation = readOptionalSheet(name, of: workbook, ledger: &ledger) { rows, ledger in
                SegregationSheetReader(file: fileName, sheet: name, names: FacilityNameIndex(facilities, keys: keys)).read(rows, into: &ledger)
            }
        }
        var vulnerable: [VulnerableSegregationRow] = []
        if let name = VulnerablePopulationSheetReader.locate(in: workbook.sheetNames) {
            vulnerable = readOptionalSheet(name, of: workbook, ledger: &ledger) { rows, ledger in
                VulnerablePopulationSheetReader(file: fileName, sheet: name).read(rows, into: &ledger)
            }
        }

        return IceStatsRelease(
            source: source, sheetName: sheet, fiscalYear: fiscalYear, asOfDate: resolution.asOfDate,
            printedAsOfDate: title.printedDate, fileNameDate: fileNameDates.publishedDate ?? fileNameDates.downloadDate,
            headerRow: header.rowNumber, layout: header.layout, columns: header.columns,
            facilities: facilities, anomalies: ledger.anomalies,
            segregationPlacements: segregation, vulnerableSegregation: vulnerable)
    }

    /// Reads a sheet besides the Facilities one. A sheet that cannot be read at all costs its
    /// own figures, recorded as an anomaly, not the release: the facility table is the core.
    private static func readOptionalSheet<Row>(_ name: String, of workbook: XLSXWorkbook, ledger: inout AnomalyLedger,
                                               _ read: ([XLSXRow], inout AnomalyLedger) -> [Row]) -> [Row] {
        do {
            return read(try workbook.rows(inSheet: name), &ledger)
        } catch {
            // The anomaly's location names the file, sheet and cell in the page's words; the sentence
            // quotes only the reader's own (English, technical) reason.
            let failure = error as? ImportFailure
            ledger.record(ReleaseAnomaly(.segregationSheetUnreadable(sheet: name, error: failure?.reason ?? "\(error)"),
                at: SourceLocation(file: workbook.fileName, sheet: name, row: failure?.location.row, column: failure?.location.column)))
            return []
        }
    }

    /// "FY21 ALOS" names the year too.
    private static func fiscalYearFromALOSHeader(_ header: FacilitiesHeader) -> FiscalYear? {
        header.bindings.values.first { $0.column == .averageLengthOfStay }.flatMap { FiscalYearText.find(in: $0.header) }
    }
}
