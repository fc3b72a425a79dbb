import Foundation
import Testing
import VigilCore

@Suite("Tables as CSV and JSON")
struct DataTableTests {
    let table = DataTable(columns: ["name", "adp", "note"], rows: [
        [.text("A, \"quoted\" place"), .number(1150.5), .null],
        [.text("=HYPERLINK(\"http://x\")"), .integer(12), .text("-3")],
    ])

    @Test("CSV quotes what needs quoting and defuses formulas")
    func csv() {
        let lines = table.csv().components(separatedBy: "\r\n")
        #expect(lines[0] == "name,adp,note")
        #expect(lines[1] == "\"A, \"\"quoted\"\" place\",1150.5,")
        #expect(lines[2] == "\"'=HYPERLINK(\"\"http://x\"\")\",12,-3")
    }

    @Test("JSON keeps column order and types, and parses")
    func json() throws {
        let text = table.json()
        let rows = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
        #expect(rows.count == 2)
        #expect(rows[0]["adp"] as? Double == 1150.5)
        #expect(rows[0]["note"] is NSNull)
        #expect(text.contains("{\"name\": \"A, \\\"quoted\\\" place\", \"adp\": 1150.5"))
        #expect(DataTable(columns: ["x"]).json() == "[]\n")
    }

    @Test("a JSON string literal escapes quote, backslash, controls and <, the same written to a string or to bytes")
    func jsonStringLiterals() throws {
        #expect(DataTable.jsonString("a\"b\\c\nd\r\te<f\u{01}\u{1F}é 中文 🚨") == #""a\"b\\c\nd\r\te\u003cf\u0001\u001fé 中文 🚨""#)
        for text in ["", "plain", "\"quoted\"", "back\\slash", "line\nbreak", "<script>", "\u{00}\u{07}\u{1B}", "é 中文 🚨"] {
            var bytes: [UInt8] = []
            DataTable.appendJSONString(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == DataTable.jsonString(text), "\(text)")
            // and JSON's own parser reads the text back
            #expect(try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String == text)
        }
    }

    @Test("the daily populations computed from a person-level file quote and defuse the facility codes it names")
    func computedDailyPopulationCSV() {
        // given stints at a facility whose code, as written in the input file, is a formula with a comma
        var builder = DailyPopulationBuilder()
        let hostile = builder.facility(code: "=HYPERLINK(\"http://x\",\"y\")")
        let plain = builder.facility(code: "STWRTGA")
        let day: Int64 = 86_400, first = Int64(CalendarDate(year: 2025, month: 3, day: 1)!.daysSinceEpoch) * day
        builder.addStint(facility: hostile, bookIn: first + 3600, bookOut: first + day + 3600)
        builder.addStint(facility: plain, bookIn: first + 3600, bookOut: first + day + 3600)
        // when written as `vigil compute daily-population` writes it
        var bytes: [UInt8] = []
        builder.build().csvLines { bytes += $0 }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        // then the code is one quoted cell behind an apostrophe, and a plain code is as it was
        #expect(lines.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2025-03-01,1,1"))
        #expect(lines.contains("STWRTGA,2025-03-01,1,1"))
    }
}
