import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// How the as-of date is decided from the printed date, the file name and the fiscal year.
@Suite("As-of date")
struct AsOfDateTests {
    struct FileNameCase: Sendable, CustomTestStringConvertible {
        let name: String
        let published: String?
        let downloaded: String?
        let fiscalYear: Int?
        var testDescription: String { name }
    }

    @Test("dates and fiscal years in file names", arguments: [
        FileNameCase(name: "FY24_detentionStats07182024.xlsx", published: "2024-07-18", downloaded: nil, fiscalYear: 2024),
        FileNameCase(name: "FY21_detention-stats_0414.xlsx", published: "2021-04-14", downloaded: nil, fiscalYear: 2021),
        FileNameCase(name: "FY21_detention-stats_1105.xlsx", published: "2020-11-05", downloaded: nil, fiscalYear: 2021),
        FileNameCase(name: "20230121175133-FY23_detentionStats01192022.xlsx", published: "2022-01-19", downloaded: "2023-01-21", fiscalYear: 2023),
        FileNameCase(name: "20210113002029-FY21-detentionstats.xlsx", published: nil, downloaded: "2021-01-13", fiscalYear: 2021),
        FileNameCase(name: "20230421081427-FY23_detentionStats04122023b.xlsx", published: "2023-04-12", downloaded: "2023-04-21", fiscalYear: 2023),
        FileNameCase(name: "FY19-detentionstats.xlsx", published: nil, downloaded: nil, fiscalYear: 2019),
        FileNameCase(name: "report.xlsx", published: nil, downloaded: nil, fiscalYear: nil),
    ])
    func fileNames(_ example: FileNameCase) {
        let parsed = ReleaseFileName(example.name)
        #expect(parsed.publishedDate?.iso == example.published)
        #expect(parsed.downloadDate?.iso == example.downloaded)
        #expect(parsed.fiscalYear?.year == example.fiscalYear)
    }

    struct ResolutionCase: Sendable, CustomTestStringConvertible {
        let printed: String?
        let fileName: String
        let asOf: String
        let kinds: [ReleaseAnomaly.Kind]
        var testDescription: String { "\(printed ?? "no date") in \(fileName)" }
    }

    @Test("printed date against fiscal year, file name and download stamp", arguments: [
        // in the year: kept, no anomaly
        ResolutionCase(printed: "07/08/2024", fileName: "FY24_detentionStats07182024.xlsx", asOf: "2024-07-08", kinds: []),
        // a year-end file a week after 30 September: accepted
        ResolutionCase(printed: "10/07/2024", fileName: "FY24_detentionStats.xlsx", asOf: "2024-10-07", kinds: []),
        // 89 days after the year: still accepted; 91: outside, and a year back lands inside the year
        ResolutionCase(printed: "12/28/2024", fileName: "FY24_detentionStats.xlsx", asOf: "2024-12-28", kinds: []),
        ResolutionCase(printed: "12/30/2024", fileName: "FY24_detentionStats.xlsx", asOf: "2023-12-30",
                       kinds: [.asOfDateOutsideFiscalYear, .asOfDateCorrected]),
        // a year early, before the download stamp once corrected
        ResolutionCase(printed: "01/09/2022", fileName: "20230121175133-FY23_detentionStats01192022.xlsx", asOf: "2023-01-09",
                       kinds: [.asOfDateOutsideFiscalYear, .asOfDateCorrected]),
        // corrected would be after the download: kept as printed, recorded
        ResolutionCase(printed: "03/09/2022", fileName: "20230121175133-FY23_detentionStats.xlsx", asOf: "2022-03-09",
                       kinds: [.asOfDateOutsideFiscalYear]),
        // two years off: no one-year correction, kept and recorded
        ResolutionCase(printed: "01/09/2021", fileName: "FY23_detentionStats.xlsx", asOf: "2021-01-09",
                       kinds: [.asOfDateOutsideFiscalYear]),
        // the file name is a year off: recorded, printed kept
        ResolutionCase(printed: "07/12/2021", fileName: "FY21_detentionStats07222020.xlsx", asOf: "2021-07-12",
                       kinds: [.asOfDateDisagreesWithFileName]),
        // 44 days from the file name is fine
        ResolutionCase(printed: "06/04/2024", fileName: "FY24_detentionStats07182024.xlsx", asOf: "2024-06-04", kinds: []),
        // no printed date: the file name's, or the download stamp's
        ResolutionCase(printed: nil, fileName: "FY24_detentionStats07182024.xlsx", asOf: "2024-07-18", kinds: [.asOfDateMissing]),
        ResolutionCase(printed: nil, fileName: "20240719112240-FY24_detentionStats.xlsx", asOf: "2024-07-19", kinds: [.asOfDateMissing]),
    ])
    func resolution(_ example: ResolutionCase) throws {
        // given a workbook printing the date (or none) under the file name
        let fiscalYear = example.fileName.contains("FY21") ? 2021 : example.fileName.contains("FY23") ? 2023 : 2024
        var fixture = IceStatsWorkbookFixture()
        fixture.sheetName = "Facilities FY\(fiscalYear % 100)"
        fixture.titleLines = ["ICE FACILITIES DATA"]
            + (example.printed.map { ["", "Data Source: ICE Integrated Decision Support (IIDS), \($0)"] } ?? [])
        fixture.addFacility("A JAIL")
        // when read
        let release = try IceStatsWorkbookReader.read(data: try fixture.data(), fileName: example.fileName)
        // then the as-of date and the recorded anomalies are as the rules say
        #expect(release.asOfDate.iso == example.asOf)
        #expect(release.anomalies.map(\.kind) == example.kinds)
        #expect(release.fiscalYear == FiscalYear(fiscalYear))
    }

    @Test("the older 'Source:' line is read too")
    func olderSourceLine() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.sheetName = "Facilities FY21 YTD"
        fixture.titleLines = ["ICE FACILITIES DATA, FY21 YTD", "", "", "", "Source: ICE Integrated Decision Support (IIDS), 12/28/2020"]
        fixture.addFacility("A JAIL")
        let release = try IceStatsWorkbookReader.read(data: try fixture.data(), fileName: "x.xlsx")
        #expect(release.printedAsOfDate == CalendarDate(year: 2020, month: 12, day: 28))
        #expect(release.fiscalYear == FiscalYear(2021))
        #expect(release.anomalies.isEmpty)
    }
}

@Suite("FileDigest")
struct FileDigestTests {
    @Test("SHA-256 in lower-case hex")
    func sha256() {
        #expect(FileDigest.sha256Hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileDigest.sha256Hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
