import Foundation
import Testing
import VigilCore
import VigilImport
import VigilTestSupport

@Suite("Derived daily population files")
struct DailyPopulationFileReaderTests {
    static let uwchr = "samples/uwchr_headcount_sample.psv"
    static let ddp = "samples/ddp_daily_population_sample.csv"
    static let sepOct2023 = CalendarDate(iso: "2023-09-01")!...CalendarDate(iso: "2023-10-31")!

    @Test("UWCHR's headcount and DDP's daily population are told apart by their headers", SharedData.required(uwchr, ddp))
    func kinds() throws {
        let uwchr = try SharedData.require(Self.uwchr), ddp = try SharedData.require(Self.ddp)
        let headcount = try DailyPopulationFileReader.read(fileAt: uwchr)
        let daily = try DailyPopulationFileReader.read(fileAt: ddp)
        #expect(headcount.kind == .uwchrHeadcount)
        #expect(headcount.definitions == [.midnight])
        #expect(headcount.points.count == 183)
        #expect(headcount.points.allSatisfy { $0.allDay == nil && $0.midnight != nil })
        #expect(daily.kind == .ddpDailyPopulation)
        #expect(daily.definitions == [.midnight, .allDay])
        #expect(daily.points.count == 183)
        let kro = try #require(daily.points.first { $0.facilityCode == "KRO" && $0.date == CalendarDate(iso: "2023-09-01") })
        #expect(kro == .init(facilityCode: "KRO", date: CalendarDate(iso: "2023-09-01")!, midnight: 517, allDay: 523,
                             male: 523, female: 0, convictedCriminal: 357, possiblyUnder18: 0))
    }

    @Test("Stewart, September–October 2023: UWCHR's midnight mean is 1,433 and DDP's 1,431", SharedData.required(uwchr, ddp))
    func stewartMeans() throws {
        let uwchr = try SharedData.require(Self.uwchr), ddp = try SharedData.require(Self.ddp)
        let headcount = try DailyPopulationFileReader.read(fileAt: uwchr)
        let daily = try DailyPopulationFileReader.read(fileAt: ddp)
        #expect(headcount.mean(facility: "STWRTGA", .midnight, over: Self.sepOct2023).map { $0.rounded() } == 1433)
        #expect(daily.mean(facility: "STWRTGA", .midnight, over: Self.sepOct2023).map { $0.rounded() } == 1431)
        #expect(daily.mean(facility: "STWRTGA", .allDay, over: Self.sepOct2023).map { $0.rounded() } == 1457)
        #expect(headcount.mean(facility: "STWRTGA", .allDay, over: Self.sepOct2023) == nil)
    }

    @Test("CR-only line ends, CRLF and gzip read the same", SharedData.required(ddp), arguments: ["\r", "\r\n", "gz"])
    func lineEnds(ending: String) throws {
        let ddp = try SharedData.require(Self.ddp)
        let text = try String(contentsOf: ddp, encoding: .utf8)
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rewritten = ending == "gz" ? text : StaysFixtures.lines(of: text).joined(separator: ending)
        let url = try StaysFixtures.write(rewritten, named: ending == "gz" ? "ddp.csv.gz" : "ddp.csv", in: folder)
        let read = try DailyPopulationFileReader.read(fileAt: url)
        #expect(read.points == (try DailyPopulationFileReader.read(fileAt: ddp)).points)
    }

    @Test("a bad count is refused naming the row and column")
    func badCount() throws {
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try StaysFixtures.write("detention_facility_code|n|date\nKRO|513|2023-09-01\nKRO|many|2023-09-02\n",
                                          named: "bad.psv", in: folder)
        let error = #expect(throws: ImportFailure.self) { try DailyPopulationFileReader.read(fileAt: url) }
        #expect(error?.location.row == 3)
        #expect(error?.location.column == "n")
    }

    static let fullHeadcount = "population/inc_headcount_fy12-24ytd.csv.gz"
    static let fullDDP = "population/ddp_facilities_daily_population_2022-10-01_2025-09-30.csv.gz"

    @Test("the full files read", SharedData.required(fullHeadcount, fullDDP))
    func fullFiles() throws {
        let headcount = try DailyPopulationFileReader.read(fileAt: try SharedData.require(Self.fullHeadcount))
        #expect(headcount.points.count == 928_231)
        let ddp = try DailyPopulationFileReader.read(fileAt: try SharedData.require(Self.fullDDP))
        #expect(ddp.points.count == 230_360)
    }
}
