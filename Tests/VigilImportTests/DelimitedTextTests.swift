import Foundation
import Testing
@testable import VigilImport
import VigilCore

/// Delimited text read whole goes through the same scanner as a streamed person-level file:
/// these pin what both readers now share (quoting, line ends, line numbers, refusals), and that
/// the records do not depend on how the bytes arrive.
@Suite("Delimited text: one reader")
struct DelimitedTextTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var records: [(line: Int, fields: [String])]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "LF", text: "a,b\n1,2\n", records: [(1, ["a", "b"]), (2, ["1", "2"])]),
        Case(name: "CRLF", text: "a,b\r\n1,2\r\n", records: [(1, ["a", "b"]), (2, ["1", "2"])]),
        Case(name: "CR alone (The Marshall Project's file)", text: "a,b\r1,2\r3,4", records: [(1, ["a", "b"]), (2, ["1", "2"]), (3, ["3", "4"])]),
        Case(name: "blank lines are passed over but counted", text: "a,b\n\n\n1,2\n", records: [(1, ["a", "b"]), (4, ["1", "2"])]),
        Case(name: "a quoted field with the delimiter, a doubled quote and a line end",
             text: "a,b\n\"x, \"\"y\"\"\nz\",2\n3,4\n", records: [(1, ["a", "b"]), (2, ["x, \"y\"\nz", "2"]), (4, ["3", "4"])]),
        Case(name: "a CRLF and a CR inside quotes each count as one line",
             text: "a\n\"1\r\n2\"\n\"3\r4\"\nend\n", records: [(1, ["a"]), (2, ["1\r\n2"]), (4, ["3\r4"]), (6, ["end"])]),
        Case(name: "a quote inside an unquoted field is kept", text: "a,b\n5\" pipe,2\n", records: [(1, ["a", "b"]), (2, ["5\" pipe", "2"])]),
        Case(name: "no line end after the last record", text: "a,b\n1,", records: [(1, ["a", "b"]), (2, ["1", ""])]),
        Case(name: "non-ASCII text", text: "nombre,año\nJosé,2024\n", records: [(1, ["nombre", "año"]), (2, ["José", "2024"])]),
    ]

    @Test("records and the lines they start on", arguments: cases)
    func records(_ c: Case) throws {
        let records = try DelimitedText.records(c.text, delimiter: ",", fileName: "t.csv")
        #expect(records.map(\.line) == c.records.map(\.line))
        #expect(records.map(\.fields) == c.records.map(\.fields))
    }

    @Test("the same records however the bytes arrive (1 to 7 bytes a read, as a stream refills)", arguments: cases)
    func chunked(_ c: Case) throws {
        let whole = try DelimitedText.records(c.text, delimiter: ",", fileName: "t.csv")
        for chunk in 1...7 {
            let scanner = DelimitedRecordScanner(stream: MemoryByteStream(Array(c.text.utf8), chunkSize: chunk),
                                                 fileName: "t.csv", delimiter: 0x2C, bufferSize: 4)
            var streamed: [DelimitedText.Record] = []
            while try scanner.nextRecord() {
                streamed.append(.init(line: scanner.line, fields: (0..<scanner.fieldCount).map(scanner.fieldText)))
            }
            #expect(streamed.map(\.line) == whole.map(\.line), "chunks of \(chunk)")
            #expect(streamed.map(\.fields) == whole.map(\.fields), "chunks of \(chunk)")
        }
    }

    @Test("a quoted field that never closes is refused with the line the quote opens on")
    func unclosedQuote() throws {
        // given a list whose third line opens a quote it never closes
        let text = "name,date\nA,2020-01-01\nB,\"2020-01-02\nC,2020-01-03\n"
        // when it is read, then it is refused, naming the file and line 3, not read to the end as one field
        let failure = try #require(throws: ImportFailure.self) { try DelimitedText.records(text, delimiter: ",", fileName: "deaths.csv") }
        #expect(failure.location.file == "deaths.csv" && failure.location.row == 3)
        #expect(failure.reason.contains("starting on line 3 never closes"))
    }

    @Test("the delimiter is the most frequent of , | tab ; on the first line, outside quotes", arguments: [
        ("a|b|c\n1|2|3", "|" as Character), ("a,b\n1,2", ","), ("a\tb\tc", "\t"), ("\"x|y|z\",b\n", ","), ("one column", ","),
    ])
    func delimiter(_ text: String, _ expected: Character) {
        #expect(DelimitedText.delimiter(of: text) == expected)
    }
}
