import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

@Suite("Person-level stays")
struct StaysFileReaderTests {
    typealias Cell = WorkbookBuilder.Cell

    /// Reads the sample rewritten by `make` into a temporary file named `name`.
    static func read(_ name: String, _ make: (String, URL) throws -> URL) throws -> StaysImport {
        let text = try StaysFixtures.sampleText()
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try StaysFileReader.read(fileAt: try make(text, folder.appendingPathComponent(name)))
    }

    static func xlsx(_ text: String, preamble: [[Cell]], serialDates: Bool = false) throws -> Data {
        let rows = StaysFixtures.rows(of: text)
        let header = rows[0]
        let dateColumns = Set(["Book In Date Time", "Book Out Date Time"].compactMap { header.firstIndex(of: $0) })
        var builder = WorkbookBuilder()
        let body: [[Cell]] = rows.enumerated().map { r, row in
            row.enumerated().map { c, value -> Cell in
                if value.isEmpty { return .empty }
                if serialDates, r > 0, dateColumns.contains(c), let seconds = StayTimestamp.parse(value) {
                    return .number(Double(seconds) / 86_400 + 25_569)
                }
                return .text(value)
            }
        }
        builder.addSheet(named: "Detentions", rows: preamble + body)
        return try builder.data()
    }

    static let forms: [String] = ["csv", "csv.gz", "xlsx with title rows", "xlsx with date serials", "snake_case header",
                                  "LF line ends", "CR-only line ends"]

    static func read(form: String) throws -> StaysImport {
        switch form {
        case "csv":
            return try read("stays.csv") { text, url in try StaysFixtures.write(text, named: url.lastPathComponent, in: url.deletingLastPathComponent()) }
        case "csv.gz":
            return try read("stays.csv.gz") { text, url in try StaysFixtures.write(text, named: url.lastPathComponent, in: url.deletingLastPathComponent()) }
        case "xlsx with title rows", "xlsx with date serials":
            return try read("stays.xlsx") { text, url in
                let preamble: [[Cell]] = [["U.S. Immigration and Customs Enforcement"], ["Detentions FY2025 — FOIA 2025-ICFO-00000"], [], ["Data as of 2025-04-02"]]
                try xlsx(text, preamble: preamble, serialDates: form.hasSuffix("serials")).write(to: url)
                return url
            }
        case "snake_case header":
            return try read("stays_snake.csv") { text, url in
                let lines = StaysFixtures.lines(of: text)
                let header = lines[0].split(separator: ",").map { $0.lowercased().replacingOccurrences(of: " ", with: "_") }
                let snake = ([header.joined(separator: ",")] + lines.dropFirst()).joined(separator: "\n")
                return try StaysFixtures.write(snake, named: url.lastPathComponent, in: url.deletingLastPathComponent())
            }
        default:
            return try read("stays_other_line_ends.csv") { text, url in
                try StaysFixtures.write(StaysFixtures.lines(of: text).joined(separator: form == "LF line ends" ? "\n" : "\r"),
                                        named: url.lastPathComponent, in: url.deletingLastPathComponent())
            }
        }
    }

    @Test("the 60 synthetic stints give exactly the expected daily populations", StaysFixtures.requiresSampleAndExpected, arguments: forms)
    func expectedPopulations(form: String) throws {
        // given the sample in one of its forms, and the oracle
        let result = try Self.read(form: form), expected = try StaysFixtures.expected()
        // when read (above), then every facility-day of the oracle matches, zeros included
        #expect(expected.count == 112)
        for (key, value) in expected.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: " ")
            let counts = result.population.counts(facility: String(parts[0]), on: CalendarDate(iso: parts[1])!)
            #expect(counts.midnight == value.midnight, "midnight \(key)")
            #expect(counts.allDay == value.allDay, "24h \(key)")
        }
    }

    @Test("the report counts the duplicate, the redactions, the ongoing and the zero-length stints", StaysFixtures.requiresSample,
          arguments: forms)
    func report(form: String) throws {
        let result = try Self.read(form: form)
        let r = result.report
        #expect(r.rowsRead == 60)
        #expect(r.duplicateRows == 1)
        #expect(r.stintsCounted == 59)
        #expect(r.ongoingStints == 4)
        #expect(r.zeroLengthStints == 1)
        #expect(r.redactedCells == 59)
        #expect(r.rowsWithRedactions == 59)
        #expect(r.rowsLeftOut == 0)
        #expect(r.columnCount == 53)
        #expect(r.headerStyle == (form == "snake_case header" ? "snake_case" : "ice"))
        #expect(r.headerRow == (form.hasPrefix("xlsx") ? 5 : 1))
        #expect(r.format == (form == "csv.gz" ? "csv.gz" : form.hasPrefix("xlsx") ? "xlsx" : "csv"))
        #expect(result.population.releaseReasons.first?.reason == "Transferred")
        #expect(result.population.lengthOfStay.values.reduce(0, +) == 55)
    }

    @Test("malformed dates and redacted key fields are left out and counted, not fatal")
    func malformedRows() throws {
        let header = StayGenerator.headerLine
        func row(_ bookIn: String, _ bookOut: String, _ code: String) -> String {
            var cells = [String](repeating: "", count: 53)
            cells[1] = bookIn; cells[3] = bookOut; cells[38] = code
            return cells.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",")
        }
        let text = [header,
                    row("2025-03-01 10:00:00", "2025-03-02 10:00:00", "STWRTGA"),
                    row("03/01/2025", "2025-03-02 10:00:00", "STWRTGA"),
                    row("2025-03-01 10:00:00", "b(6), b(7)c", "STWRTGA"),
                    row("2025-03-01 10:00:00", "2025-03-02 10:00:00", "b(6)"),
                    row("2025-03-05 10:00:00", "2025-03-02 10:00:00", "STWRTGA")].joined(separator: "\n")
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StaysFileReader.read(fileAt: try StaysFixtures.write(text, named: "odd.csv", in: folder))
        #expect(result.report.stintsCounted == 1)
        #expect(result.report.malformedBookIn == 1)
        #expect(result.report.malformedBookOut == 1)
        #expect(result.report.missingFacilityCode == 1)
        #expect(result.report.bookOutBeforeBookIn == 1)
        #expect(result.report.redactedCells == 2)
    }

    // MARK: refusals

    static func failure(named name: String, _ make: (String, URL) throws -> Void) throws -> ImportFailure? {
        let text = try StaysFixtures.sampleText()
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try make(text, url)
        do {
            _ = try StaysFileReader.read(fileAt: url)
        } catch let failure as ImportFailure {
            #expect(failure.location.file == name)
            return failure
        }
        Issue.record("\(name) was not refused")
        return nil
    }

    @Test("a file without the stays columns is refused, naming the columns", StaysFixtures.requiresSample)
    func wrongColumns() throws {
        let failure = try Self.failure(named: "wrong.csv") { text, url in
            try text.replacingOccurrences(of: "Book Out Date Time", with: "Released At").write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(failure?.description.contains("Book Out Date Time") == true)
    }

    @Test("a row with other delimiters than the header's is refused, naming the row", StaysFixtures.requiresSample)
    func mixedDelimiters() throws {
        let failure = try Self.failure(named: "mixed.csv") { text, url in
            var lines = StaysFixtures.lines(of: text)
            lines[7] = lines[7].replacingOccurrences(of: ",", with: ";")
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(failure?.location.row == 8)
        #expect(failure?.description.contains("mixes delimiters") == true)
    }

    @Test("a truncated gzip file is refused", StaysFixtures.requiresSample)
    func truncatedGzip() throws {
        let failure = try Self.failure(named: "cut.csv.gz") { text, url in
            let whole = try StaysFixtures.write(text, named: "whole.csv.gz", in: url.deletingLastPathComponent())
            let data = try Data(contentsOf: whole)
            try data.prefix(data.count / 2).write(to: url)
        }
        #expect(failure?.description.contains("truncated") == true)
    }

    static let realGzip = "population/ddp_facilities_daily_population_2022-10-01_2025-09-30.csv.gz"

    @Test("a real gzip file cut in half is refused", SharedData.required(realGzip))
    func truncatedRealGzip() throws {
        let real = try Data(contentsOf: try SharedData.require(Self.realGzip))
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("half.csv.gz")
        try real.prefix(real.count / 2).write(to: url)
        #expect(throws: ImportFailure.self) { try DailyPopulationFileReader.read(fileAt: url) }
    }

    @Test("a workbook without the stays header is refused, naming its sheets", StaysFixtures.requiresSample)
    func workbookWithoutHeader() throws {
        let failure = try Self.failure(named: "noheader.xlsx") { _, url in
            var builder = WorkbookBuilder()
            builder.addSheet(named: "Facilities", rows: [["Name", "City"], ["STEWART", "LUMPKIN"]])
            try builder.data().write(to: url)
        }
        #expect(failure?.description.contains("\"Facilities\"") == true)
    }
}
