import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// The segregation sheets of the real ICE workbooks (read in place; skipped when absent).
@Suite("Real segregation sheets")
struct RealSegregationSheetTests {
    static func release(_ fileName: String) throws -> IceStatsRelease {
        try IceStatsWorkbookReader.read(fileAt: try SharedIceStatsData.workbook(fileName))
    }

    @Test("FY25 08012025 (a sheet declaring 16,383 columns): June 2025 at Moshannon Valley is 113",
          SharedIceStatsData.requires("FY25_detentionStats08012025.xlsx"))
    func moshannonJune2025() throws {
        let release = try Self.release("FY25_detentionStats08012025.xlsx")
        let june = release.segregationPlacements.filter { $0.month == CalendarMonth(year: 2025, month: 6) }
        let moshannon = try #require(june.first { $0.facilityName == "MOSHANNON VALLEY PROCESSING CENTER" })
        #expect(moshannon.placementCount == 113)
        #expect(moshannon.location.row == 7 && moshannon.location.sheet == "Monthly Segregation")
        #expect(moshannon.facilityKey?.rawValue.hasPrefix("moshannon-valley-processing-center") == true)
        #expect(june.reduce(0) { $0 + $1.placementCount } == 1059)
        // it re-publishes April 2024 to June 2025: fifteen months, one block each
        let months = Set(release.segregationPlacements.map(\.month))
        #expect(months.count == 15 && months.min() == CalendarMonth(year: 2024, month: 4) && months.max() == CalendarMonth(year: 2025, month: 6))
        // its February 2025 block has no header row, and is read all the same
        #expect(release.segregationPlacements.filter { $0.month == CalendarMonth(year: 2025, month: 2) }.reduce(0) { $0 + $1.placementCount } == 938)
        #expect(release.anomalies.filter { $0.kind == .segregationBlockWithoutHeader }.map(\.location?.row) == [271])
    }

    @Test("FY26 02022026: December 2025 totals 939 with South Texas at 109; the vulnerable sheet's pinned figures",
          SharedIceStatsData.requires("FY26_detentionStats02022026.xlsx"))
    func fy26February() throws {
        let release = try Self.release("FY26_detentionStats02022026.xlsx")
        let december = release.segregationPlacements.filter { $0.month == CalendarMonth(year: 2025, month: 12) }
        #expect(december.reduce(0) { $0 + $1.placementCount } == 939)
        #expect(december.first { $0.facilityName == "SOUTH TEXAS ICE PROCESSING CENTER" }?.placementCount == 109)
        #expect(december.first?.location.sheet == "FY26 Monthly Segregation")
        #expect(Set(release.segregationPlacements.map(\.month.iso)) == ["2025-10", "2025-11", "2025-12"])

        let vulnerable = release.vulnerableSegregation
        let disciplinary = try #require(vulnerable.first { $0.fiscalYear.year == 2025 && $0.quarter == 3 && $0.reason == .disciplinary })
        #expect(disciplinary.placements == 162 && disciplinary.averageConsecutiveDays == 35.07 && disciplinary.uniqueDetainees == 432)
        let fy22q2 = try #require(vulnerable.first { $0.fiscalYear.year == 2022 && $0.quarter == 2 && $0.reason == .total })
        #expect(fy22q2.placements == 296 && fy22q2.uniqueDetainees == 281 && fy22q2.reasonAsWritten == "Grand Total")
        // FY2022 Q2 to FY2026 Q1: sixteen quarters of five reasons and a total
        #expect(Set(vulnerable.map(\.quarterLabel)).count == 16 && vulnerable.count == 16 * 6)
        #expect(vulnerable.filter { $0.reasonAsWritten == "Medical Mental" }.allSatisfy { $0.reason == .medicalMentalHealth })
        #expect(!vulnerable.contains { if case .other = $0.reason { true } else { false } })
    }

    @Test("May 2024: the single block is headed only by a title sentence naming April 2024",
          SharedIceStatsData.requires("20240514055812-FY24_detentionStats05132024.xlsx"))
    func titleSentenceHeading() throws {
        let release = try Self.release("20240514055812-FY24_detentionStats05132024.xlsx")
        #expect(Set(release.segregationPlacements.map(\.month.iso)) == ["2024-04"])
        #expect(release.segregationPlacements.reduce(0) { $0 + $1.placementCount } == 523)
    }

    @Test("every workbook still imports; the sheets are found in exactly the workbooks that have them, totals agree",
          SharedIceStatsData.requiresWorkbooks)
    func allWorkbooks() throws {
        let names = SharedIceStatsData.workbookNames
        #expect(names.count == 30)
        var withMonthly: [String] = [], withVulnerable: [String] = []
        var tied = 0, rows = 0
        for name in names {
            let url = try SharedIceStatsData.workbook(name)
            let release = try IceStatsWorkbookReader.read(fileAt: url)
            let sheets = try XLSXWorkbook(contentsOf: url).sheetNames
            #expect((SegregationSheetReader.locate(in: sheets) != nil) == !release.segregationPlacements.isEmpty, "\(name)")
            #expect((VulnerablePopulationSheetReader.locate(in: sheets) != nil) == !release.vulnerableSegregation.isEmpty, "\(name)")
            if !release.segregationPlacements.isEmpty { withMonthly.append(name) }
            if !release.vulnerableSegregation.isEmpty { withVulnerable.append(name) }
            // ICE's Grand Totals agree with the rows read, and no block or value was unreadable
            #expect(!release.anomalies.contains { [.segregationTotalMismatch, .segregationBlockUnreadable].contains($0.kind) },
                    "\(name): \(release.anomalies.filter { $0.kind.rawValue.hasPrefix("segregation") }.map(\.detail))")
            #expect(!release.anomalies.contains { $0.kind == .unreadableValue && $0.location?.sheet != release.sheetName }, "\(name)")
            #expect(release.segregationPlacements.allSatisfy { $0.placementCount > 0 && !$0.facilityName.isEmpty })
            tied += release.segregationPlacements.filter { $0.facilityKey != nil }.count
            rows += release.segregationPlacements.count
        }
        #expect(withMonthly.count == 8 && withMonthly.allSatisfy { $0.contains("FY24") || $0.contains("FY25") || $0.contains("FY26") })
        #expect(withVulnerable.count == 20 && withVulnerable.contains("20220722145612-FY22_detentionStats07212022.xlsx"))
        print("Segregation rows tied to a facility of the same workbook: \(tied) of \(rows) (a measurement)")
    }
}
