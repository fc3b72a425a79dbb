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
}
