import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

@Suite("National ADP and death rates")
struct NationalADPStoreTests {
    static let series = "fiscal_year,adp,source\n2016,34376,ICE FOIA\n2017,38106,ICE FOIA\n2024,99999,Someone else\n"
    static let deaths = """
        Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
        "A, B",Male,40,MEXICO,2016-05-01,Cardiac,Stewart Detention Center,"Stewart Detention Center, GA",DIGSA,,FY
        "C, D",Male,40,MEXICO,2017-03-01,Cardiac,Stewart Detention Center,"Stewart Detention Center, GA",DIGSA,,FY
        "E, F",Male,40,MEXICO,2024-06-01,Cardiac,Stewart Detention Center,"Stewart Detention Center, GA",DIGSA,,FY
        """

    @Test("rates use ICE's release where there is one and the series for other years; a revised series replaces its years",
          arguments: TestEngine.available)
    func ratesCombineSources(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given one FY2024 release, three deaths and a series covering FY2016, FY2017 and (differently) FY2024
            try await ReleaseArchive(database: db).archive(Fixtures.release(asOf: "2024-09-30", fileName: "FY24_detentionStats.xlsx"))
            _ = try await DeathArchive(database: db).importList(try DeathListReader.read(data: Data(Self.deaths.utf8), fileName: "d.csv",
                                                                                       today: CalendarDate(year: 2026, month: 1, day: 1)!))
            let (file, years) = try NationalADPReader.read(data: Data(Self.series.utf8), fileName: "adp.csv")
            let archive = NationalADPArchive(database: db)
            #expect(try await archive.importSeries(years, from: file) == .init(added: 3, changed: 0, unchanged: 0))
            let firstImport = (try await archive.all(), try await db.dataVersion())
            #expect(try await archive.importSeries(years, from: file) == .init(added: 0, changed: 0, unchanged: 3))
            // the same file again rewrites nothing, so the data version (and every cached page) stays
            #expect(try await archive.all() == firstImport.0)
            #expect(try await db.dataVersion() == firstImport.1)

            // when rates are computed
            let rates = try await DeathQueries(database: db).rates()
            // then FY2016 and FY2017 come from the series and FY2024 from ICE's release, not the series
            #expect(rates.map(\.fiscalYear.year) == [2016, 2017, 2024])
            #expect(rates[0].averageDailyPopulation == 34376 && rates[0].adpSource == "adp.csv row 2 (ICE FOIA)")
            #expect(rates[0].deaths == 1 && rates[0].days == 366)
            #expect(rates[2].adpSource.hasPrefix("ICE detention statistics release as of 2024-09-30"))
            #expect(rates[2].averageDailyPopulation != 99999)

            // a revised edition changes one year and keeps the rest
            let (revisedFile, revised) = try NationalADPReader.read(data: Data("fiscal_year,adp\n2017,40000\n".utf8), fileName: "adp-2.csv")
            #expect(try await archive.importSeries(revised, from: revisedFile) == .init(added: 0, changed: 1, unchanged: 0))
            let stored = try await archive.all()
            #expect(stored.map(\.year.fiscalYear.year) == [2016, 2017, 2024])
            #expect(stored[1].year.averageDailyPopulation == 40000 && stored[1].fileName == "adp-2.csv")
        }
    }
}
