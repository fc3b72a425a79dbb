import Foundation
import Testing
import VigilCore
import VigilImport
import VigilTestSupport

@Suite("National ADP series")
struct NationalADPReaderTests {
    static func read(_ text: String) throws -> [NationalADPYear] {
        try NationalADPReader.read(data: Data(text.utf8), fileName: "adp.csv").1
    }

    @Test("reads years, figures and credited sources, in year order; blank lines are skipped")
    func reads() throws {
        let years = try Self.read("fiscal_year,adp,administration,source\n2004,\"21,919\",GWB,Migration Policy Institute\n\n2003,21133,GWB,\n")
        #expect(years.map(\.fiscalYear.year) == [2003, 2004])
        #expect(years[1].averageDailyPopulation == 21919)
        #expect(years[1].source == "Migration Policy Institute" && years[0].source == nil)
        #expect(years[1].sourceRow == 2)
    }

    @Test("bad files are refused naming the row and column", arguments: [
        ("", "the file is empty"),
        ("fiscal_year,adp\n", "a header and no years"),
        ("year,people\n2001,5\n", "column \"fiscal_year\""),
        ("fiscal_year,adp\n2001,20441\n2001,5\n", "row 3, column \"fiscal_year\": FY2001 is listed twice (also on row 2)"),
        ("fiscal_year,adp\nFY01,20441\n", "row 2, column \"fiscal_year\""),
        ("fiscal_year,adp\n2003,-1\n", "row 2, column \"adp\""),
        ("fiscal_year,adp\n2003,#N/A\n", "row 2, column \"adp\""),
        ("fiscal_year,adp\n2003,nan\n", "row 2, column \"adp\""),
    ])
    func refusals(text: String, message: String) {
        #expect {
            _ = try Self.read(text)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test("a huge file is refused before it is read")
    func huge() {
        let text = "fiscal_year,adp\n" + String(repeating: "2001,1\n", count: 200_000)
        #expect(throws: ImportFailure.self) { _ = try Self.read(text) }
    }

    @Test("the shared national series: FY2001 to FY2025", SharedData.required("population/average_daily_population.csv"))
    func realFile() throws {
        let url = try SharedData.require("population/average_daily_population.csv")
        let (_, years) = try NationalADPReader.read(fileAt: url)
        #expect(years.count == 25)
        #expect(years.first?.fiscalYear.year == 2001 && years.last?.fiscalYear.year == 2025)
        #expect(years.first { $0.fiscalYear.year == 2024 }?.averageDailyPopulation == 37790)
        #expect(years.first { $0.fiscalYear.year == 2001 }?.source == "Migration Policy Institute")
    }
}
