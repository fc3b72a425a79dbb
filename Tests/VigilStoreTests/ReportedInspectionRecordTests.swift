import Foundation
import Testing
import VigilCore
@testable import VigilStore

@Suite("Inspections kept as JSON on their facility row")
struct ReportedInspectionRecordTests {
    static let hostile = ["\"quoted\"", "back\\slash", "line\nbreak\ttab\r", "<script>", "\u{01}control", "é 中文 🚨", ""]

    @Test("what the hand-written JSON says, JSONDecoder reads back exactly, hostile text included")
    func roundTrip() throws {
        for text in Self.hostile {
            let inspections = [
                ReportedInspection(position: .last, inspector: .odo, type: text, standard: "NDS 2019", rating: text,
                                   date: CalendarDate(iso: "2024-02-29"), dateLabel: text),
                ReportedInspection(position: .secondToLast, inspector: .nakamoto, rating: "Acceptable"),
            ]
            let json = ReportedInspectionRecord.json(inspections)
            // valid JSON by the standard library's own parser, not only by our decoder
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(json.utf8)) }
            #expect(ReportedInspectionRecord.inspections(fromJSON: json) == inspections)
        }
    }

    @Test("inspections with no descriptive field are not kept, and a row without any says []")
    func emptyOnes() {
        let empty = ReportedInspection(position: .last, inspector: .odo)
        #expect(ReportedInspectionRecord.json([empty]) == "[]")
        #expect(ReportedInspectionRecord.json([]) == "[]")
        let kept = ReportedInspection(position: .last, inspector: .unspecified, rating: "Good")
        #expect(ReportedInspectionRecord.inspections(fromJSON: ReportedInspectionRecord.json([empty, kept])) == [kept])
        #expect(ReportedInspectionRecord.inspections(fromJSON: "[]") == [])
    }
}
