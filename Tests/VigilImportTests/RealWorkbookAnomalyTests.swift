import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// Each known irregularity of the real workbooks, pinned one by one.
@Suite("Real ICE workbooks: known anomalies")
struct RealWorkbookAnomalyTests {
    /// Reads a real workbook; the test carries `SharedIceStatsData.requiresWorkbooks`.
    static func release(_ fileName: String) throws -> IceStatsRelease {
        try IceStatsWorkbookReader.read(fileAt: try SharedIceStatsData.workbook(fileName))
    }

    @Test("an FY2023 workbook printing 01/09/2022 is corrected to 2023-01-09, and says so",
          SharedIceStatsData.requires("20230121175133-FY23_detentionStats01192022.xlsx"))
    func impossiblePrintedDate() throws {
        // given the workbook downloaded 2023-01-21 whose title prints a date in FY2022
        let release = try Self.release("20230121175133-FY23_detentionStats01192022.xlsx")
        // then the printed date is kept as printed, the as-of date is a year later
        #expect(release.printedAsOfDate == CalendarDate(year: 2022, month: 1, day: 9))
        #expect(release.asOfDate == CalendarDate(year: 2023, month: 1, day: 9))
        #expect(release.fiscalYear == FiscalYear(2023))
        // and both the finding and the fix are recorded, naming both dates
        let outside = try #require(release.anomalies.first { $0.kind == .asOfDateOutsideFiscalYear })
        #expect(outside.detail.contains("2022-01-09"))
        let corrected = try #require(release.anomalies.first { $0.kind == .asOfDateCorrected })
        #expect(corrected.detail.contains("2022-01-09") && corrected.detail.contains("2023-01-09"))
        #expect(corrected.detail.contains("2023-01-21"))
        #expect(corrected.location?.row == 6)
    }

    @Test("a file name dated a year early (07222020) disagrees with the printed 2021-07-12, which is kept",
          SharedIceStatsData.requires("20210723183806-FY21_detentionStats07222020.xlsx"))
    func fileNameDisagrees() throws {
        let release = try Self.release("20210723183806-FY21_detentionStats07222020.xlsx")
        #expect(release.fileNameDate == CalendarDate(year: 2020, month: 7, day: 22))
        #expect(release.asOfDate == CalendarDate(year: 2021, month: 7, day: 12))
        let anomaly = try #require(release.anomalies.first { $0.kind == .asOfDateDisagreesWithFileName })
        #expect(anomaly.detail.contains("2020-07-22") && anomaly.detail.contains("2021-07-12"))
        #expect(!release.anomalies.contains { $0.kind == .asOfDateCorrected || $0.kind == .asOfDateOutsideFiscalYear })
    }

    @Test("a year-end file printing a date a week after 30 September is accepted without complaint",
          SharedIceStatsData.requires("FY24_detentionStats.xlsx"))
    func yearEndDate() throws {
        let release = try Self.release("FY24_detentionStats.xlsx")
        #expect(release.asOfDate == CalendarDate(year: 2024, month: 10, day: 7))
        #expect(release.fiscalYear == FiscalYear(2024))
        #expect(!release.anomalies.contains { [.asOfDateOutsideFiscalYear, .asOfDateCorrected, .asOfDateMissing].contains($0.kind) })
    }

    @Test("the FY2021 list of all 1,882 authorised facilities keeps every row and is flagged",
          SharedIceStatsData.requires("20210113002029-FY21-detentionstats.xlsx"))
    func fullAuthorizedList() throws {
        let release = try Self.release("20210113002029-FY21-detentionstats.xlsx")
        #expect(release.facilities.count == 1_882)
        let anomaly = try #require(release.anomalies.first { $0.kind == .fullAuthorizedFacilityList })
        #expect(anomaly.occurrences == 1_882)
        #expect(release.facilities.filter { ($0.averageDailyPopulation ?? 0) == 0 }.count == 1_394)
        // Names repeat in a list that long: ten name-and-state pairs, each kept twice.
        let duplicates = release.anomalies.filter { $0.kind == .duplicateFacilityRow }
        #expect(duplicates.count == 10)
        #expect(duplicates.contains { $0.detail.contains("EDEN DETENTION CENTER") && $0.detail.contains("rows 56, 900") })
    }

    @Test("no other workbook is taken for the full list or has duplicate rows",
          SharedIceStatsData.requiresWorkbooks, arguments: SharedIceStatsData.workbookNames.filter { $0 != "20210113002029-FY21-detentionstats.xlsx" })
    func noFalseFullList(fileName: String) throws {
        let release = try Self.release(fileName)
        #expect(!release.anomalies.contains { $0.kind == .fullAuthorizedFacilityList || $0.kind == .duplicateFacilityRow })
    }

    @Test("sheet names with stray spaces are flagged, the others are not",
          SharedIceStatsData.requiresWorkbooks, arguments: SharedIceStatsData.workbookNames)
    func irregularSheetNames(fileName: String) throws {
        let release = try Self.release(fileName)
        let flagged = release.anomalies.contains { $0.kind == .irregularSheetName }
        #expect(flagged == (release.sheetName != release.sheetName.trimmingCharacters(in: .whitespaces)))
    }

    @Test("the FY2020 sheet 'Facilities EOYFY20 ' is matched and its label noted", SharedIceStatsData.requires("FY20-detentionstats.xlsx"))
    func eoyfySheetName() throws {
        let release = try Self.release("FY20-detentionstats.xlsx")
        #expect(release.sheetName == "Facilities EOYFY20 ")
        let anomaly = try #require(release.anomalies.first { $0.kind == .irregularSheetName })
        #expect(anomaly.detail.contains("trailing") && anomaly.detail.contains("EOYFY"))
    }

    struct PlaceholderCase: Sendable, CustomTestStringConvertible {
        let file: String
        let column: String
        let placeholder: String
        let occurrences: Int
        var testDescription: String { "\(placeholder) in \(column) of \(file)" }
    }

    static let placeholderCases: [PlaceholderCase] = [
        .init(file: "FY19-detentionstats.xlsx", column: "Level A", placeholder: "#N/A (an error value)", occurrences: 2),
        .init(file: "FY19-detentionstats.xlsx", column: "Mandatory", placeholder: "#N/A (an error value)", occurrences: 2),
        .init(file: "FY19-detentionstats.xlsx", column: "Last Inspection Date", placeholder: "\"New Facility\"", occurrences: 1),
        .init(file: "FY24_detentionStats.xlsx", column: "Guaranteed Minimum", placeholder: "\"N/A\"", occurrences: 61),
        .init(file: "FY23_detentionStats.xlsx", column: "ODO Inspection End Date", placeholder: "\"*\"", occurrences: 29),
        .init(file: "20240413081842-FY24_detentionStats04122024.xlsx", column: "ODO Inspection End Date", placeholder: "\"**\"", occurrences: 1),
        .init(file: "FY26_detentionStats02022026.xlsx", column: "Last Inspection End Date", placeholder: "\"Scheduled FY26\"", occurrences: 22),
        .init(file: "FY26_detentionStats02022026.xlsx", column: "Last Inspection End Date", placeholder: "\"Scheduled FY27\"", occurrences: 7),
        .init(file: "FY26_detentionStats01082026.xlsx", column: "Last Inspection End Date", placeholder: "\"Scheduled 2026\"", occurrences: 7),
        .init(file: "20230301111912-FY23_detentionStats02282023.xlsx", column: "Last Nakamoto Inspection Date", placeholder: "\"N/A\"", occurrences: 7),
    ]

    @Test("placeholders found in the real files are read as no value and counted", SharedIceStatsData.requiresWorkbooks, arguments: placeholderCases)
    func placeholders(_ example: PlaceholderCase) throws {
        let release = try Self.release(example.file)
        let anomaly = try #require(release.anomalies.first {
            $0.kind == .placeholderValue && $0.location?.column == example.column && $0.detail.contains(example.placeholder)
        })
        #expect(anomaly.occurrences == example.occurrences)
        #expect(anomaly.location?.file == example.file && anomaly.location?.sheet == release.sheetName)
        #expect(anomaly.location?.row != nil)
    }

    @Test("FY2019's two #N/A rows are kept with no population figures", SharedIceStatsData.requires("FY19-detentionstats.xlsx"))
    func naRowsKept() throws {
        let release = try Self.release("FY19-detentionstats.xlsx")
        let rows = release.facilities.filter { $0.averageDailyPopulation == nil }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.levelA == nil && $0.mandatory == nil })
    }

    @Test("inspection dates as text (m/d/yyyy) and as Excel serials are both read",
          SharedIceStatsData.requires("FY21_detention-stats_0414.xlsx"))
    func textAndSerialDates() throws {
        let release = try Self.release("FY21_detention-stats_0414.xlsx")
        let text = try #require(release.anomalies.first { $0.kind == .textDate && $0.location?.column == "Last Inspection Date" })
        #expect(text.occurrences == 128)
        // 126 serials, five of them stored without a date format (plain numbers such as 42615).
        let serial = try #require(release.anomalies.first { $0.kind == .excelSerialDate && $0.location?.column == "Second to Last Inspection Date" })
        #expect(serial.occurrences == 126)
        let rockingham = try #require(release.facilities.first { $0.sourceRow == 143 })
        #expect(rockingham.inspections.first { $0.position == .secondToLast }?.date == CalendarDate(excelSerial: 42615))
        #expect(rockingham.inspections.first { $0.position == .last }?.date == CalendarDate(year: 2017, month: 9, day: 27))
    }

    @Test("a lone text date among serials (' 9/19/2024', with a leading space) is read",
          SharedIceStatsData.requires("FY25_detentionStats05092025.xlsx"))
    func loneTextDate() throws {
        let release = try Self.release("FY25_detentionStats05092025.xlsx")
        let anomaly = try #require(release.anomalies.first { $0.kind == .textDate })
        #expect(anomaly.occurrences == 1 && anomaly.location?.row == 101)
        let facility = try #require(release.facilities.first { $0.sourceRow == 101 })
        #expect(facility.inspections.first?.date == CalendarDate(year: 2024, month: 9, day: 19))
    }

    @Test("ODO and Nakamoto inspections are kept apart in the FY2023 layouts",
          SharedIceStatsData.requires("20230722004825-FY23_detentionStats07202023.xlsx"))
    func inspectorsKeptApart() throws {
        let release = try Self.release("20230722004825-FY23_detentionStats07202023.xlsx")
        let inspections = release.facilities.flatMap(\.inspections)
        #expect(inspections.contains { $0.inspector == .odo && $0.dateLabel == "ODO Final Report Date" })
        #expect(inspections.contains { $0.inspector == .nakamoto && $0.position == .secondToLast })
        #expect(inspections.contains { $0.inspector == .nakamoto && $0.position == .last && $0.date != nil })
    }

    @Test("the pending column of the FY2024–FY2025 layouts is kept as written",
          SharedIceStatsData.requires("FY25_detentionStats05092025.xlsx"))
    func pendingInspection() throws {
        let release = try Self.release("FY25_detentionStats05092025.xlsx")
        let values = Set(release.facilities.compactMap(\.pendingInspection))
        #expect(values == ["Scheduled", "Pending Scheduling", "Refused Inspection"])
    }

    @Test("no real workbook puts facility types in the Male/Female column",
          SharedIceStatsData.requiresWorkbooks, arguments: SharedIceStatsData.workbookNames)
    func gendersAreGenders(fileName: String) throws {
        let release = try Self.release(fileName)
        #expect(!release.anomalies.contains { $0.kind == .facilityTypeInGenderColumn })
        #expect(Set(release.facilities.compactMap(\.gender)).isSubset(of: ["Male", "Female", "Female/Male"]))
    }

    @Test("footnotes under the table are skipped and recorded, with their text",
          SharedIceStatsData.requires("20230722004825-FY23_detentionStats07202023.xlsx"))
    func footnotesSkipped() throws {
        let release = try Self.release("20230722004825-FY23_detentionStats07202023.xlsx")
        let skipped = release.anomalies.filter { $0.kind == .skippedRow }
        #expect(skipped.map { $0.location?.row } == [129, 130, 131, 132, 133, 134, 135])
        #expect(skipped.first?.detail.contains("STFRCTX") == true)
    }
}
