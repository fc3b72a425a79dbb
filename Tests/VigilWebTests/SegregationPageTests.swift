import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Segregation page")
struct SegregationPageTests {
    static let file = "FY25_detentionStats08012025.xlsx"

    /// A real-shaped release: two facilities, June 2025 lines (one name tied to no facility) and one quarter.
    static func release() -> IceStatsRelease {
        let date = CalendarDate(year: 2025, month: 7, day: 21)!
        var stewart = FacilityObservation(sourceRow: 8, name: "STEWART DETENTION CENTER")
        stewart.state = "GA"
        stewart.levelA = 1_800
        var moshannon = FacilityObservation(sourceRow: 9, name: "MOSHANNON VALLEY PROCESSING CENTER")
        moshannon.state = "PA"
        moshannon.levelA = 1_700
        var otero = FacilityObservation(sourceRow: 10, name: "OTERO COUNTY PROCESSING CENTER")
        otero.state = "NM"
        otero.levelA = 600
        func line(_ month: Int, _ name: String, _ key: String?, _ count: Int, row: Int) -> SegregationPlacementCount {
            SegregationPlacementCount(month: CalendarMonth(year: 2025, month: month)!, facilityName: name,
                                      facilityKey: key.map(FacilityKey.init(rawValue:)), placementCount: count,
                                      location: SourceLocation(file: file, sheet: "Monthly Segregation", row: row))
        }
        func quarter(_ reason: String, _ placements: Int, row: Int) -> VulnerableSegregationRow {
            VulnerableSegregationRow(fiscalYear: FiscalYear(2025), quarter: 3, reason: VulnerablePlacementReason(asWritten: reason),
                                     reasonAsWritten: reason, placements: placements, averageConsecutiveDays: 35.07,
                                     averageCumulativeDays: 50.28, uniqueDetainees: 432,
                                     location: SourceLocation(file: file, sheet: "Vulnerable & Special Population", row: row))
        }
        return IceStatsRelease(
            source: SourceFile(fileName: file, sha256: String(repeating: "5e", count: 32), byteCount: 1000),
            sheetName: "Facilities FY25", fiscalYear: FiscalYear(2025), asOfDate: date, printedAsOfDate: date,
            fileNameDate: date, headerRow: 7, layout: .fy24Pending, columns: [], facilities: [stewart, moshannon, otero], anomalies: [],
            segregationPlacements: [
                line(6, "MOSHANNON VALLEY PROCESSING CENTER", "moshannon-valley-processing-center-pa", 113, row: 7),
                line(6, "STEWART DETENTION CENTER", "stewart-detention-center-ga", 3, row: 42),
                line(6, "NORTHWEST ICE PROCESSSING CENTER", nil, 15, row: 28),
                line(5, "MOSHANNON VALLEY PROCESSING CENTER", "moshannon-valley-processing-center-pa", 98, row: 69),
            ],
            vulnerableSegregation: [quarter("Disciplinary", 162, row: 162), quarter("Medical Mental", 131, row: 164),
                                    quarter("Grand Total", 293, row: 167)])
    }

    @Test("the page explains the figures, charts the months, ranks the newest month's facilities and shows the quarters")
    func page() async throws {
        try await withApp(releases: [Self.release()], synthetic: false) { client, _ in
            // when
            let page = try await client.get("/segregation")
            // then
            #expect(page.status == .ok)
            #expect(page.body.contains("Segregation Review Management System") && page.body.contains("Policy 11065.1"))
            #expect(page.body.contains("id=\"segregation-national-chart\"") && page.body.contains("id=\"vulnerable-quarters-chart\""))
            // the newest month, from its file, totals every line
            #expect(page.body.contains("Newest month: June 2025, from <code>\(Self.file)</code>"))
            #expect(page.body.contains("Facilities in June 2025, most people first"))
            let ranked = try #require(page.body.range(of: "id=\"segregation-latest-month\"")).upperBound
            let tail = String(page.body[ranked...])
            let moshannon = try #require(tail.range(of: "href=\"/facilities/moshannon-valley-processing-center-pa\">MOSHANNON VALLEY PROCESSING CENTER</a>"))
            let northwest = try #require(tail.range(of: "NORTHWEST ICE PROCESSSING CENTER"))
            #expect(moshannon.lowerBound < northwest.lowerBound)  // most first
            #expect(!tail[..<tail.range(of: "</table>")!.lowerBound].contains("href=\"/facilities/northwest"))
            #expect(page.body.contains("<td class=\"num\">131</td>"))  // June: 113 + 3 + 15
            // the quarter, reasons folded and as written, with its different people
            #expect(page.body.contains("Medical or mental health</td><td>Medical Mental</td><td class=\"num\">131</td>"))
            #expect(page.body.contains("<td class=\"num\">432</td>"))
            // and the navigation leads here
            #expect(page.body.contains("href=\"/segregation\" aria-current=\"page\""))
        }
    }

    @Test("a facility page has a segregation section with its months and their sources, and its download")
    func facilitySection() async throws {
        try await withApp(releases: [Self.release()], synthetic: false) { client, _ in
            let page = try await client.get("/facilities/moshannon-valley-processing-center-pa")
            #expect(page.status == .ok)
            let section = try #require(page.body.range(of: "id=\"segregation\"")).upperBound
            let body = String(page.body[section...])
            #expect(body.contains("id=\"facility-segregation-chart\""))
            #expect(body.contains("June 2025</th><td class=\"num\">113</td>") && body.contains("May 2025</th><td class=\"num\">98</td>"))
            #expect(body.contains("<code>\(Self.file)</code>"))
            #expect(body.contains("href=\"/facilities/moshannon-valley-processing-center-pa/segregation.csv\""))
            let csv = CSV.parse(try await client.get("/facilities/moshannon-valley-processing-center-pa/segregation.csv").body)
            #expect(csv.first == SegregationTable.columns)
            #expect(csv.dropFirst().map { $0[0] + " " + $0[3] + " " + $0[7] } == ["2025-05 98 69", "2025-06 113 7"])
            // a facility ICE's sheet does not list has no section
            let otero = try await client.get("/facilities/otero-county-processing-center-nm")
            #expect(otero.status == .ok && !otero.body.contains("id=\"segregation\""))
        }
    }

    @Test("every table downloads as CSV and JSON; the API gives months and quarters")
    func downloadsAndAPI() async throws {
        try await withApp(releases: [Self.release()], synthetic: false) { client, _ in
            let all = CSV.parse(try await client.get("/segregation.csv").body)
            #expect(all.first == ["month", "facility_name", "facility_key", "placement_count", "source_file", "release_as_of", "sheet", "sheet_row"])
            #expect(all.count == 5)
            #expect(all.contains(["2025-06", "NORTHWEST ICE PROCESSSING CENTER", "", "15", Self.file, "2025-07-21", "Monthly Segregation", "28"]))
            let months = CSV.parse(try await client.get("/segregation/national.csv").body)
            #expect(months == [SegregationMonthsTable.columns,
                               ["2025-05", "98", "1", Self.file, "2025-07-21", "Monthly Segregation", "1"],
                               ["2025-06", "131", "3", Self.file, "2025-07-21", "Monthly Segregation", "1"]])
            let vulnerable = try await client.get("/segregation/vulnerable.json")
            #expect(vulnerable.status == .ok && vulnerable.body.contains("\"reason_as_written\": \"Medical Mental\""))
            for path in ["/segregation.json", "/segregation/national.json", "/segregation/vulnerable.csv"] {
                #expect((try await client.get(path)).status == .ok, "\(path)")
            }

            let api = try await client.get("/api/v1/segregation")
            #expect(api.status == .ok)
            let decoded = try JSONDecoder().decode(APISegregation.self, from: Data(api.body.utf8))
            #expect(decoded.months.map(\.peopleInSegregationSummed) == [98, 131])
            #expect(decoded.vulnerableQuarters.map(\.reason) == ["disciplinary", "medical_mental_health", "total"])
            #expect(decoded.vulnerableQuarters.last?.uniqueDetainees == 432)
            #expect(OpenAPITests.documentedPaths(OpenAPIDocument.yaml).contains(SiteURL.api(.segregation).routePattern))
        }
    }

    @Test("months no workbook publishes are named, so the chart's joined line does not pass for data")
    func gap() async throws {
        var release = Self.release()
        release.segregationPlacements.append(SegregationPlacementCount(
            month: CalendarMonth(year: 2025, month: 3)!, facilityName: "STEWART DETENTION CENTER", facilityKey: nil, placementCount: 4,
            location: SourceLocation(file: Self.file, sheet: "Monthly Segregation", row: 300)))
        try await withApp(releases: [release], synthetic: false) { client, _ in
            let page = try await client.get("/segregation")
            #expect(page.body.contains("No imported workbook publishes April 2025;"))
        }
        try await withApp(releases: [Self.release()], synthetic: false) { client, _ in
            let page = try await client.get("/segregation")
            #expect(!page.body.contains("No imported workbook publishes"))
        }
    }

    @Test("with no segregation sheet imported the page says how to get one")
    func empty() async throws {
        try await withApp(releases: []) { client, _ in
            let page = try await client.get("/segregation")
            #expect(page.status == .ok)
            #expect(page.body.contains("No segregation figures yet") && page.body.contains("vigil import ice-stats"))
            let api = try JSONDecoder().decode(APISegregation.self, from: Data((try await client.get("/api/v1/segregation")).body.utf8))
            #expect(api.months.isEmpty && api.vulnerableQuarters.isEmpty)
        }
    }

    @Test("the demo data fills the page on a first run, and says it is generated")
    func demo() async throws {
        try await withApp { client, _ in
            let page = try await client.get("/segregation")
            #expect(page.body.contains("Synthetic demo data"))
            #expect(page.body.contains("DEMO") && page.body.contains("href=\"/facilities/"))
            #expect(!page.body.contains("No segregation figures yet"))
            #expect(page.body.contains("id=\"vulnerable-quarters\""))
        }
    }
}
