import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Daily population pages")
struct DailyPopulationPagesTests {
    static let uwchrSample = "samples/uwchr_headcount_sample.psv"
    static let ddpSample = "samples/ddp_daily_population_sample.csv"

    /// A registry holding Stewart, Krome and a facility no daily source covers.
    static func addRegistry(_ database: VigilDatabase) async throws {
        var entries: [FacilityListEntry] = []
        for (row, (code, name, state)) in [("STWRTGA", "STEWART DETENTION CENTER", "GA"), ("KRO", "KROME SPC", "FL"),
                                           ("EMPTYTX", "NOBODY COUNTY JAIL", "TX")].enumerated() {
            var entry = FacilityListEntry(code: code, sourceRow: row + 2)
            entry.name = name
            entry.state = state
            entries.append(entry)
        }
        let source = SourceFile(fileName: "registry.csv", sha256: String(repeating: "cd", count: 32), byteCount: 100)
        try await FacilityRegistry(database: database).importListing(FacilityListing(source: source, format: .marshallLocations, entries: entries))
    }

    /// Person-level stints at Stewart, 1–10 March 2025: two held throughout, one in and out on 5 March.
    static func stays() -> StaysImport {
        var builder = DailyPopulationBuilder()
        let stewart = builder.facility(code: "STWRTGA")
        let day: Int64 = 86_400, first = Int64(CalendarDate(year: 2025, month: 3, day: 1)!.daysSinceEpoch) * day
        builder.addStint(facility: stewart, bookIn: first + 3600, bookOut: first + 9 * day + 3600)
        builder.addStint(facility: stewart, bookIn: first + 7200, bookOut: first + 9 * day + 7200)
        builder.addStint(facility: stewart, bookIn: first + 4 * day + 3600, bookOut: first + 4 * day + 7200)
        let population = builder.build()
        return StaysImport(source: SourceFile(fileName: "stays-test.csv", sha256: String(repeating: "ef", count: 32), byteCount: 10),
                           report: StaysImportReport(), population: population)
    }

    /// The trait of a test that reads the UWCHR and DDP samples.
    static var requiresSamples: ConditionTrait { SharedData.required(uwchrSample, ddpSample) }

    /// The UWCHR and DDP samples as `vigil import daily-population` stores them (the test carries `requiresSamples`).
    static func importSamples(_ database: VigilDatabase) async throws {
        let archive = DailyPopulationArchive(database: database)
        try await archive.archive(try DailyPopulationFileReader.read(fileAt: try SharedData.require(uwchrSample)))
        try await archive.archive(try DailyPopulationFileReader.read(fileAt: try SharedData.require(ddpSample)))
    }

    @Test("a facility with stays-derived and derived-file series shows the chart, each series labelled", requiresSamples)
    func facilityChart() async throws {
        try await withApp { client, database in
            // given Stewart in the registry, Vigil's own series and the DDP sample
            try await Self.addRegistry(database)
            try await DailyPopulationArchive(database: database).archive(Self.stays())
            try await Self.importSamples(database)
            // when its page is read by code
            let page = try await client.get("/facilities/STWRTGA")
            // then the daily section draws every series, labelled with source and definition, and the workbook ADP chart below it
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"daily\""))
            #expect(page.body.contains("id=\"facility-daily\""))
            for label in ["Vigil, from ICE person-level records · midnight", "Vigil, from ICE person-level records · 24-hour",
                          "UWCHR headcount · midnight", "Deportation Data Project · midnight", "Deportation Data Project · 24-hour"] {
                #expect(page.body.contains(label), "\(label)")
            }
            #expect(page.body.contains("ICE workbooks: average daily population, fiscal year to date, per release"))
            #expect(page.body.contains("/facilities/STWRTGA/daily.csv"))
            #expect(page.body.contains("/facilities/STWRTGA/daily-comparison.csv"))
        }
    }

    @Test("a facility no daily source covers has no daily section")
    func noDailySection() async throws {
        try await withApp { client, database in
            // given a registry facility with no daily series
            try await Self.addRegistry(database)
            try await DailyPopulationArchive(database: database).archive(Self.stays())
            // when its page is read
            let page = try await client.get("/facilities/EMPTYTX")
            // then it has no daily section
            #expect(page.status == .ok)
            #expect(!page.body.contains("id=\"daily\""))
            #expect(!page.body.contains("Daily population, by source"))
        }
    }

    @Test("the daily download has one row per day, source and definition, in the documented columns")
    func dailyDownload() async throws {
        try await withApp { client, database in
            // given Vigil's own series at Stewart
            try await Self.addRegistry(database)
            try await DailyPopulationArchive(database: database).archive(Self.stays())
            // when both downloads are read
            let csv = try await client.get("/facilities/STWRTGA/daily.csv")
            let json = try await client.get("/facilities/STWRTGA/daily.json")
            // then the columns are as documented and every covered day is there, zeros included
            #expect(csv.status == .ok)
            let rows = CSV.parse(csv.body)
            #expect(rows.first == ["facility_code", "date", "source", "definition", "population"])
            #expect(try jsonKeysInOrder(json.body) == ["facility_code", "date", "source", "definition", "population"])
            let midnight = rows.dropFirst().filter { $0[3] == "midnight" }
            #expect(midnight.first == ["STWRTGA", "2025-03-01", "person-level-stays", "midnight", "2"])
            let fifth = rows.dropFirst().filter { $0[1] == "2025-03-05" }.map { "\($0[3])=\($0[4])" }
            #expect(fifth == ["midnight=2", "24h=3"])
            // and the comparison download has its documented columns
            let comparison = CSV.parse(try await client.get("/facilities/STWRTGA/daily-comparison.csv").body)
            #expect(comparison.first == DailyComparisonTable.columns)
        }
    }

    @Test("the consistency view: Stewart, Sep–Oct 2023, UWCHR midnight 1,433 against DDP midnight 1,431", requiresSamples)
    func consistency() async throws {
        try await withApp { client, database in
            // given the UWCHR and DDP samples
            try await Self.addRegistry(database)
            try await Self.importSamples(database)
            // when Stewart's series are compared
            let series = try await DailyPopulationQueries(database: database).facilitySeries(code: "STWRTGA")
            let comparison = DailySourceComparison(series)
            // then over the two full months both cover, the midnight means are 1,433 and 1,431
            let overall = try #require(comparison.overall.first { $0.definition == .midnight })
            #expect(overall.period == CalendarDate(iso: "2023-09-01")!...CalendarDate(iso: "2023-10-31")!)
            #expect(overall.sourceA == .uwchrHeadcount && overall.sourceB == .ddpDailyPopulation)
            #expect(overall.meanA.rounded() == 1433)
            #expect(overall.meanB.rounded() == 1431)
            #expect(overall.difference.rounded() == 2)
            // and only one definition is shared (UWCHR gives no 24-hour count), month by month too
            #expect(comparison.overall.count == 1)
            #expect(comparison.months.map(\.period.lowerBound.iso) == ["2023-09-01", "2023-10-01"])
            // and the page's table and the downloads say the same
            let page = try await client.get("/facilities/STWRTGA")
            #expect(page.body.contains("id=\"daily-comparison-table\""))
            #expect(page.body.contains("1,433") && page.body.contains("1,431"))
            let csv = CSV.parse(try await client.get("/facilities/STWRTGA/daily-comparison.csv").body)
            let row = try #require(csv.first { $0.count > 1 && $0[1] == "overall" })
            #expect(row[0] == "STWRTGA" && row[2] == "2023-09-01" && row[3] == "2023-10-31" && row[4] == "61" && row[5] == "midnight")
            #expect(Double(row[7])!.rounded() == 1433 && Double(row[9])!.rounded() == 1431)
            let json = try await client.get("/facilities/STWRTGA/daily-comparison.json")
            #expect(json.status == .ok && json.body.contains("\"overall\""))
        }
    }

    @Test("the API routes by code and by workbook key, and the national daily page and download work")
    func apiAndNational() async throws {
        try await withApp { client, database in
            // given Vigil's own series at Stewart and a demo workbook key with no code
            try await Self.addRegistry(database)
            try await DailyPopulationArchive(database: database).archive(Self.stays())
            let release = try #require(try await ReleaseQueries(database: database).latest())
            let key = try await FacilityQueries(database: database).rows(inRelease: release.id)[0].key
            // when the API and the national page are read
            let api = try await client.get("/api/v1/facilities/STWRTGA/daily")
            let unmatched = try await client.get("/api/v1/facilities/\(key.rawValue)/daily")
            let missing = try await client.get("/api/v1/facilities/no-such-facility-zz/daily")
            let national = try await client.get("/daily")
            let nationalCSV = try await client.get("/daily/national.csv")
            let nationalAPI = try await client.get("/api/v1/daily/national")
            // then each answers, labelled, and an unknown key is not found
            #expect(api.status == .ok)
            let decoded = try JSONDecoder().decode(APIFacilityDaily.self, from: Data(api.body.utf8))
            #expect(decoded.facilityCode == "STWRTGA")
            #expect(decoded.series.map { "\($0.source) \($0.definition)" } == ["person-level-stays midnight", "person-level-stays 24h"])
            #expect(decoded.series[0].points.first == APIDailyPoint(date: "2025-03-01", population: 2))
            #expect(unmatched.status == .ok)
            let none = try JSONDecoder().decode(APIFacilityDaily.self, from: Data(unmatched.body.utf8))
            #expect(none.facilityCode == nil && none.series.isEmpty)
            #expect(missing.status == .notFound)
            #expect(national.status == .ok)
            #expect(national.body.contains("Sources cover different facilities and periods"))
            #expect(national.body.contains("id=\"national-daily-chart\""))
            #expect(CSV.parse(nationalCSV.body).first == NationalDailyTable.columns)
            #expect(nationalAPI.status == .ok && nationalAPI.body.contains("person-level-stays"))
        }
    }

    @Test("a long series is drawn as labelled weekly means, light, while the download keeps every day")
    func downsampling() throws {
        // given three years of daily figures
        let start = CalendarDate(year: 2022, month: 10, day: 1)!
        let days = (0..<1096).map { (date: start.adding(days: $0), population: 1000 + $0 % 7) }
        let series = try #require(DailySeries(source: .ddpDailyPopulation, definition: .midnight, fileName: "f.csv", sha256: "x", days: days))
        // when charted and tabled
        let chart = DailyChart.make(id: "c", title: "T", series: [series], domain: nil)
        let table = FacilityDailyTable.make([series], code: "STWRTGA")
        // then the chart has one point a week and says so; the table every day
        #expect(chart.title.hasSuffix("weekly means of daily figures"))
        #expect(chart.series[0].points.count == 158)
        #expect(table.rows.count == 1096)
    }
}
