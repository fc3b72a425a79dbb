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
        var items: [CommissionAgendaItem] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            func field(_ name: String) -> String? { table.field(name, of: record) }
            func fail(_ column: String, _ reason: String) -> ImportFailure {
                ImportFailure(file: fileName, row: record.line, column: column, reason)
            }
            guard let id = field("id") else { throw fail("id", "no id") }
            if let first = seen[id] { throw fail("id", "item \(id) is listed again (first on row \(first))") }
            seen[id] = record.line
            guard let title = field("title") else { throw fail("title", "no title") }
            guard let place = field("county") else { throw fail("county", "no county or city named") }
            let state = try ExpansionFields.state(field("state"), fail: { fail("state", $0) })
            let date: CalendarDate
            if let text = field("date") {
                guard let parsed = CalendarDate(iso: text) else { throw fail("date", "“\(text)” is not a date written YYYY-MM-DD") }
                date = parsed
            } else if let inTitle = ExpansionFields.isoDate(in: title) {
                date = inTitle
            } else {
                throw fail("date", "no date, and the title carries none (YYYY-MM-DD)")
            }
            items.append(CommissionAgendaItem(
                itemID: id, title: title, place: place, state: state, date: date, meetingType: field("meeting_type"),
                agendaItem: field("agenda_item"), voteResult: field("vote_result"), source: field("source"),
                signalStrength: field("signal_strength"), notes: field("notes"), sourceRow: record.line))
        }
        return (source, items)
    }
}
