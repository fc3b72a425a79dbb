import Foundation
import VigilCore

/// Reads county and city agenda items on detention (`markramm_commission_activity.csv`:
/// `id,title,county,state,fips,date,meeting_type,agenda_item,vote_result,source,...`).
///
/// Most rows leave `date` blank and carry the meeting date in the title
/// (“Cook County IL — Board of Commissioners 2025-11-20: …”); the column wins when given.
/// A row with neither, a state that is not two letters, or a repeated id refuses the file,
/// naming file, row and column.
public enum CommissionActivityReader {
    public static let requiredColumns = ["id", "title", "county", "state", "date"]

    public static func read(fileAt url: URL) throws -> (SourceFile, [CommissionAgendaItem]) {
        try read(data: try FileContents.read(url), fileName: url.lastPathComponent)
    }

    public static func read(data: Data, fileName: String) throws -> (SourceFile, [CommissionAgendaItem]) {
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let table = try HeadedTable(data: data, fileName: fileName)
        try table.require(requiredColumns, layout: "a list of agenda items needs \(requiredColumns.joined(separator: ","))")
        let items = try table.keyedRows(by: "id", noun: "item") { row in
            guard let title = row.field("title") else { throw row.fail("title", "no title") }
            guard let place = row.field("county") else { throw row.fail("county", "no county or city named") }
            let state = try ExpansionFields.state(row.field("state"), fail: { row.fail("state", $0) })
            let date: CalendarDate
            if let text = row.field("date") {
                guard let parsed = CalendarDate(iso: text) else { throw row.fail("date", "“\(text)” is not a date written YYYY-MM-DD") }
                date = parsed
            } else if let inTitle = ExpansionFields.isoDate(in: title) {
                date = inTitle
            } else {
                throw row.fail("date", "no date, and the title carries none (YYYY-MM-DD)")
            }
            return CommissionAgendaItem(
                itemID: row.id, title: title, place: place, state: state, date: date, meetingType: row.field("meeting_type"),
                agendaItem: row.field("agenda_item"), voteResult: row.field("vote_result"), source: row.field("source"),
                signalStrength: row.field("signal_strength"), notes: row.field("notes"), sourceRow: row.record.line)
        }
        return (source, items)
    }
}
