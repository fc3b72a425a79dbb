import Foundation
import Testing
import VigilCore
@testable import VigilImport

/// Reading incident CSV files: what is accepted, and how every bad file is refused by file, row and column.
@Suite("Incident CSV reader")
struct IncidentCSVReaderTests {
    static let today = CalendarDate(year: 2025, month: 6, day: 30)!
    static let header = "facility,occurred_on,category,status,visibility,description,source_title,source_url,documented_by"
    static let goodRow = #"STWRTGA,2024-03-05,negligent-or-abusive-medical-care,alleged,public,"Insulin withheld, three days",Declaration,https://example.org/a.pdf,Example Legal Aid"#

    static func read(_ text: String, name: String = "incidents.csv") throws -> IncidentList {
        try IncidentCSVReader.read(data: Data(text.utf8), fileName: name, today: today)
    }

    /// The refusal `text` gets.
    static func refusal(_ text: String, name: String = "incidents.csv") -> ImportFailure? {
        do { _ = try read(text, name: name); return nil } catch { return error as? ImportFailure }
    }

    @Test("a file reads row by row, each row numbered as a spreadsheet numbers it, with its SHA-256")
    func reads() throws {
        // given a header, a row, and a quoted description spanning two lines
        let text = Self.header + "\n" + Self.goodRow + "\n"
            + "stewart-detention-center-ga,2023-11-01,failed-plumbing,corroborated,internal,\"Toilets overflowed.\nFor a week.\",Inspection,,ODO\n"
        // when
        let list = try Self.read(text)
        // then
        #expect(list.entries.map(\.row) == [2, 3])
        #expect(list.entries[0].incident.description == "Insulin withheld, three days")
        #expect(list.entries[0].incident.visibility == .public)
        #expect(list.entries[1].incident.description == "Toilets overflowed.\nFor a week.")
        #expect(list.entries[1].incident.source.url == nil)
        #expect(list.source.sha256.count == 64 && list.source.fileName == "incidents.csv")
    }

    @Test("the header is case-insensitive and in any order; a byte-order mark and CRLF line ends are fine")
    func headerAnyOrderAndCase() throws {
        let text = "\u{FEFF}Documented_By,SOURCE_TITLE,Description,Category,Status,Occurred_On,Facility\r\n"
            + "Example Legal Aid,Declaration,Cold cells,unsanitary-conditions,alleged,2024-01-02,plain-county-jail-tx\r\n"
        let incident = try #require(try Self.read(text).entries.first?.incident)
        #expect(incident.facility == "plain-county-jail-tx" && incident.category == .unsanitaryConditions)
        #expect(incident.source.documentedBy == "Example Legal Aid")
    }

    @Test("without a visibility column, or with it blank, incidents are internal")
    func visibilityDefaultsToInternal() throws {
        let without = "facility,occurred_on,category,status,description,source_title,documented_by\n"
            + "STWRTGA,2024-01-02,retaliation,alleged,Moved after complaining,Letter,A. Advocate\n"
        #expect(try Self.read(without).entries.first?.incident.visibility == .internal)
        let blank = Self.header + "\nSTWRTGA,2024-01-02,retaliation,alleged,,Moved,Letter,,A. Advocate\n"
        #expect(try Self.read(blank).entries.first?.incident.visibility == .internal)
    }

    @Test("an empty file is refused")
    func empty() {
        #expect(Self.refusal("")?.description == "incidents.csv: the file is empty")
        #expect(Self.refusal("\n\n")?.reason.hasPrefix("the file has no rows") == true)
    }

    @Test("a header without rows is refused")
    func headerOnly() {
        #expect(Self.refusal(Self.header + "\n")?.description == "incidents.csv: the file has a header but no incident rows")
    }

    @Test("a quoted field that never closes (a truncated file) is refused with the line it starts on")
    func truncatedQuote() throws {
        let text = Self.header + "\n" + Self.goodRow + "\nSTWRTGA,2024-03-05,death,alleged,public,\"He died after"
        let failure = try #require(Self.refusal(text))
        #expect(failure.location.row == 3)
        #expect(failure.reason.contains("never closes"))
    }

    @Test("an unknown category is refused naming file, row and column")
    func unknownCategory() throws {
        let text = Self.header + "\n" + Self.goodRow + "\n" + Self.goodRow.replacingOccurrences(of: "negligent-or-abusive-medical-care", with: "medical")
        let failure = try #require(Self.refusal(text))
        #expect(failure.location == SourceLocation(file: "incidents.csv", row: 3, column: "category"))
        #expect(failure.description.hasPrefix("incidents.csv, row 3, column \"category\": “medical” is not one of: physical-abuse"))
        #expect(failure.reason.hasSuffix("Nothing was imported."))
    }

    @Test("a date after today is refused naming row and column")
    func futureDate() throws {
        let failure = try #require(Self.refusal(Self.header + "\n" + Self.goodRow.replacingOccurrences(of: "2024-03-05", with: "2025-07-01")))
        #expect(failure.location == SourceLocation(file: "incidents.csv", row: 2, column: "occurred_on"))
        #expect(failure.reason.contains("in the future"))
    }

    @Test("a javascript: source address is refused naming row and column")
    func javascriptURL() throws {
        let failure = try #require(Self.refusal(Self.header + "\n"
            + Self.goodRow.replacingOccurrences(of: "https://example.org/a.pdf", with: "javascript:alert(document.cookie)")))
        #expect(failure.location == SourceLocation(file: "incidents.csv", row: 2, column: "source_url"))
        #expect(failure.reason.contains("not an http:// or https:// web address"))
    }

    @Test("a semicolon- or tab-separated file is refused as not comma-separated", arguments: [";", "\t"])
    func wrongDelimiter(delimiter: String) throws {
        let text = Self.header.replacingOccurrences(of: ",", with: delimiter) + "\n"
            + "STWRTGA\(delimiter)2024-03-05\(delimiter)death\(delimiter)alleged\(delimiter)public\(delimiter)x\(delimiter)y\(delimiter)\(delimiter)z\n"
        let failure = try #require(Self.refusal(text))
        #expect(failure.location.row == 1)
        #expect(failure.reason.contains("not comma-separated"))
    }

    @Test("a spreadsheet file (binary) is refused as not CSV text")
    func binary() throws {
        var bytes = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])
        bytes.append(Data(count: 64))
        let failure = try #require({ () -> ImportFailure? in
            do { _ = try IncidentCSVReader.read(data: bytes, fileName: "incidents.xlsx", today: Self.today); return nil }
            catch { return error as? ImportFailure }
        }())
        #expect(failure.reason.contains("binary"))
    }

    @Test("text that is not UTF-8 is refused")
    func notUTF8() throws {
        var data = Data((Self.header + "\nSTWRTGA,2024-03-05,death,alleged,public,caf").utf8)
        data.append(0xE9)  // é in Windows-1252
        data.append(Data(",Declaration,,Someone\n".utf8))
        #expect(throws: ImportFailure.self) { try IncidentCSVReader.read(data: data, fileName: "f.csv", today: Self.today) }
    }

    @Test("unknown columns are refused by name (a misspelt visibility must not pass silently)")
    func unknownColumns() throws {
        let failure = try #require(Self.refusal(Self.header.replacingOccurrences(of: "visibility", with: "visibilty") + ",notes\n" + Self.goodRow + ",x\n"))
        #expect(failure.reason.contains("“visibilty”") && failure.reason.contains("“notes”"))
    }

    @Test("a missing required column is refused by name")
    func missingColumn() throws {
        let failure = try #require(Self.refusal("facility,occurred_on,category,status,description,source_title\nSTWRTGA,2024-01-01,death,alleged,x,y\n"))
        #expect(failure.reason.contains("lacks the column documented_by"))
    }

    @Test("a row with the wrong number of fields is refused by row")
    func ragged() throws {
        let failure = try #require(Self.refusal(Self.header + "\nSTWRTGA,2024-03-05,death\n"))
        #expect(failure.location.row == 2)
        #expect(failure.reason.contains("3 fields and the header 9"))
    }

    @Test("every bad row is listed at once, each with its row and column, and nothing is returned")
    func severalProblems() throws {
        let text = Self.header + "\n" + Self.goodRow + "\n"
            + "STWRTGA,2030-01-01,death,alleged,public,x,y,,z\n"
            + "STWRTGA,2024-01-01,murder,alleged,public,x,y,,z\n"
        let failure = try #require(Self.refusal(text))
        #expect(failure.location.row == nil)
        #expect(failure.reason.contains("row 3, column \"occurred_on\""))
        #expect(failure.reason.contains("row 4, column \"category\""))
    }

    @Test("a file over the size limit is refused with the limit named")
    func tooLarge() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-incidents-large-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(IncidentCSVReader.maxBytes + 1))
        try handle.close()
        let failure = try #require({ () -> ImportFailure? in
            do { _ = try IncidentCSVReader.read(fileAt: url, today: Self.today); return nil } catch { return error as? ImportFailure }
        }())
        #expect(failure.reason.contains("limited to 50 MB"))
    }
}
