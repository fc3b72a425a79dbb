import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// Every one of the 30 real ICE workbooks parses, and what it says matches the facts
/// MANIFEST.csv records about it (read at test time, never copied here).
@Suite("Real ICE workbooks")
struct RealWorkbookTests {
    /// MANIFEST's "header variant" numbers, in the order the layouts appeared.
    static let layoutByVariant: [Int: WorkbookLayout] = [
        0: .fy19, 1: .fy22, 2: .fy23Odo, 3: .fy23OdoFinalReport, 4: .fy24, 5: .fy24Pending, 6: .fy26,
    ]

    @Test("the shared data holds the 30 workbooks (the parameterized tests here have one case per workbook)",
          SharedIceStatsData.requiresWorkbooks)
    func dataIsPresent() {
        #expect(SharedIceStatsData.workbookNames.count == 30)
    }

    @Test("sheet, as-of date, header row, columns, layout and rows match the manifest",
          SharedData.required(SharedIceStatsData.folderPath, SharedIceStatsData.manifestPath), arguments: SharedIceStatsData.workbookNames)
    func matchesManifest(fileName: String) throws {
        let entry = try #require(try ManifestEntry.load()[fileName], "MANIFEST.csv has no entry for \(fileName)")
        // given a real workbook
        let url = try SharedIceStatsData.workbook(fileName)
        // when it is read
        let release = try IceStatsWorkbookReader.read(fileAt: url)
        // then it says what the manifest says
        #expect(release.sheetName.trimmingCharacters(in: .whitespaces) == entry.sheet)
        #expect(release.printedAsOfDate?.iso == entry.asOf)
        #expect(release.headerRow == entry.headerRow)
        #expect(release.columns.count == entry.columnCount)
        #expect(release.layout == Self.layoutByVariant[entry.headerVariant])
        // The manifest counts every non-blank row under the header except notes beginning
        // with "*" (its producer read them as comments); our skipped rows are those notes.
        let workbook = try XLSXWorkbook(contentsOf: url)
        let rows = try workbook.rows(inSheet: release.sheetName)
        let skippedRows = release.anomalies.filter { $0.kind == .skippedRow }.compactMap(\.location?.row)
        let starNotes = skippedRows.filter { number in
            let text = rows.first { $0.number == number }.map { CellText.display($0[0]).trimmingSpaces() } ?? ""
            return text.hasPrefix("*")
        }
        #expect(release.facilities.count + skippedRows.count - starNotes.count == entry.rows)
        // and the source is fingerprinted as the manifest does
        let manifestSHA = try CSVRecords.read(try SharedData.require(SharedIceStatsData.manifestPath)).first { $0["path"] == "ice-stats/\(fileName)" }?["sha256"]
        #expect(release.source.sha256 == manifestSHA)
        #expect(release.source.byteCount == (try Data(contentsOf: url)).count)
    }

    @Test("every facility row has a name and a population, and keeps every column", SharedIceStatsData.requiresWorkbooks,
          arguments: SharedIceStatsData.workbookNames)
    func facilitiesAreComplete(fileName: String) throws {
        let release = try IceStatsWorkbookReader.read(fileAt: try SharedIceStatsData.workbook(fileName))
        #expect(!release.facilities.isEmpty)
        for facility in release.facilities {
            #expect(!facility.name.isEmpty && facility.name == facility.name.trimmingSpaces())
            #expect(facility.state?.count == 2, "\(fileName) row \(facility.sourceRow): state \(facility.state ?? "nil")")
            // No real header is unknown to the reader, so nothing lands in otherColumns.
            #expect(facility.otherColumns.isEmpty, "\(fileName) row \(facility.sourceRow): \(facility.otherColumns)")
            #expect(facility.zip.map { $0.count == 5 } ?? true, "\(fileName) row \(facility.sourceRow): zip \(facility.zip ?? "")")
        }
        // FY2019's two #N/A rows are the only ones with no population at all (outside the full list).
        let withoutPopulation = release.facilities.filter { $0.averageDailyPopulation == nil }.count
        #expect(withoutPopulation == (fileName == "FY19-detentionstats.xlsx" ? 2 : 0) || release.facilities.count > 1000)
    }

    @Test("prints how long reading all 30 workbooks takes (a measurement, not an assertion)", SharedIceStatsData.requiresWorkbooks)
    func timing() throws {
        let names = SharedIceStatsData.workbookNames
        let start = Date()
        var facilities = 0
        for name in names { facilities += try IceStatsWorkbookReader.read(fileAt: SharedIceStatsData.workbook(name)).facilities.count }
        print("IceStatsWorkbookReader: \(names.count) workbooks, \(facilities) facilities in \(Date().timeIntervalSince(start)) s (this build's configuration)")
    }
}
