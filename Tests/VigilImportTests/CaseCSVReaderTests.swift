import Foundation
import Testing
import VigilCore
@testable import VigilImport

/// `vigil import cases` files: read whole, or refused whole with the row and column named.
@Suite("Case CSV reader")
struct CaseCSVReaderTests {
    static let today = CalendarDate(year: 2025, month: 6, day: 1)!
    static let header = "Name,A_Number,birth_date,citizenship,facility,detained_on,languages,conditions,pregnant,evidence,sponsor_name,prior_bond"

    static func read(_ text: String) throws -> CaseList {
        try CaseCSVReader.read(data: Data(text.utf8), fileName: "cases.csv", today: today)
    }

    @Test("a file is read row by row: any column order and case, lists by ;, quoted fields, evidence documents")
    func reads() throws {
        let list = try Self.read("""
            \(Self.header)
            Ana Prueba,A123-456-789,1990-01-02,Honduras,STWRTGA,2025-03-04,"Spanish; Mam",diabetes,yes,"pregnant | Clinic letter | 2025-05-01 | kept; sponsor | Lease",Rosa Prueba,"$1,500"
            "Prueba, Beto",987654321,1970-12-31,Venezuela,stewart-detention-center-ga,2025-01-01,,,,,,

            """)
        #expect(list.entries.map(\.row) == [2, 3])
        let ana = list.entries[0].file
        #expect(ana.aNumber.description == "A123-456-789" && ana.languages == ["Spanish", "Mam"] && ana.pregnant)
        #expect(ana.evidence.count == 2 && ana.evidence[0].status == .kept && ana.evidence[1].status == .missing)
        #expect(ana.priorBondCents == 150_000 && ana.sponsor.name == "Rosa Prueba")
        #expect(list.entries[1].file.name == "Prueba, Beto" && list.entries[1].file.facility == "stewart-detention-center-ga")
        #expect(list.source.sha256.count == 64)
    }

    @Test("one bad field refuses the file, naming the row and column")
    func oneProblem() throws {
        let failure = #expect(throws: ImportFailure.self) {
            try Self.read("""
                \(Self.header)
                Ana Prueba,A123-456-789,1990-01-02,Honduras,STWRTGA,2025-03-04,,,,,,
                Beto Prueba,A12-456,1990-01-02,Honduras,STWRTGA,2025-03-04,,,,,,
                """)
        }
        #expect(failure?.location.row == 3 && failure?.location.column == "a_number")
        #expect(failure?.description.contains("Nothing was imported") == true)
    }

    @Test("every problem is listed with its row and column")
    func manyProblems() throws {
        let failure = #expect(throws: ImportFailure.self) {
            try Self.read("""
                \(Self.header)
                ,A123-456-789,1990-02-30,Honduras,STWRTGA,2025-03-04,,,perhaps,,,
                Beto Prueba,A123-456-789,1990-01-02,Honduras,STWRTGA,2099-03-04,,,,,,lots
                """)
        }
        let text = failure?.description ?? ""
        for expected in ["row 2, column \"name\"", "row 2, column \"birth_date\"", "row 2, column \"pregnant\"", "row 3, column \"detained_on\"",
                         "row 3, column \"prior_bond\"", "5 problems"] {
            #expect(text.contains(expected), "\(expected) not in \(text)")
        }
    }

    @Test("unknown and missing columns are refused by name", arguments: [
        ("name,a_number,birth_date,citizenship,facility,detained_on,pregnat\nA,A123456789,1990-01-01,X,Y,2025-01-01,yes", "“pregnat”"),
        ("name,a_number,citizenship,facility,detained_on\nA,A123456789,X,Y,2025-01-01", "lacks the column birth_date"),
    ])
    func columns(text: String, message: String) throws {
        let failure = #expect(throws: ImportFailure.self) { try Self.read(text) }
        #expect(failure?.description.contains(message) == true, "\(String(describing: failure))")
    }
}
