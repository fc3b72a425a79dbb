import VigilCore

/// One inspection as kept in its facility row's `inspections_json` column: a JSON array of
/// these objects, in the order the sheet gives them.
///
/// The inspections live on their facility row rather than as rows of a table of their own:
/// they are only ever read with that row, and as child rows every one of them (11,002 in
/// ICE's 30 workbooks) cost a foreign-key check on PostgreSQL and a read-back of its parent's id.
struct ReportedInspectionRecord: Codable, Sendable {
    var position: String
    var inspector: String
    var inspection_type: String?
    var standard: String?
    var rating: String?
    var inspection_date: String?
    var date_label: String?

    var inspection: ReportedInspection {
        ReportedInspection(
            position: .init(rawValue: position) ?? .last,
            inspector: .init(rawValue: inspector) ?? .unspecified,
            type: inspection_type, standard: standard, rating: rating,
            date: inspection_date.flatMap { CalendarDate(iso: $0) }, dateLabel: date_label)
    }

    /// The column's text for a row's inspections: `[]` when it has none. Written by hand, not by
    /// `JSONEncoder`, because every facility row of every import is encoded (on ICE's 30
    /// workbooks, 5,837 rows: about 90 ms of CPU through the encoder). `JSONDecoder` reads it back.
    static func json(_ inspections: [ReportedInspection]) -> String {
        json(records: inspections.lazy.filter { !$0.isEmpty }.map(ReportedInspectionRecord.init))
    }

    /// The column's text for these records, as they are: each field's key as the decoder expects
    /// it (the property name), in a fixed order, an absent value left out.
    static func json(records: some Collection<ReportedInspectionRecord>) -> String {
        guard !records.isEmpty else { return "[]" }
        // Written as bytes, made a string once: appending to a string, a few hundred thousand
        // times for ICE's 30 workbooks, cost more than the bytes.
        var out: [UInt8] = []
        out.reserveCapacity(160 * records.count)
        func field(_ key: StaticString, _ value: String?) {
            guard let value else { return }
            key.withUTF8Buffer { out.append(contentsOf: $0) }
            DataTable.appendJSONString(value, to: &out)
        }
        for (index, r) in records.enumerated() {
            out.append(contentsOf: (index == 0 ? "[{" : ",{").utf8)
            field("\"position\":", r.position)
            field(",\"inspector\":", r.inspector)
            field(",\"inspection_type\":", r.inspection_type)
            field(",\"standard\":", r.standard)
            field(",\"rating\":", r.rating)
            field(",\"inspection_date\":", r.inspection_date)
            field(",\"date_label\":", r.date_label)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The inspections of a row's column text; none when it is empty or unreadable.
    static func inspections(fromJSON text: String) -> [ReportedInspection] {
        guard text != "[]" else { return [] }
        return (JSONText.decode([ReportedInspectionRecord].self, from: text) ?? []).map(\.inspection)
    }
}

extension ReportedInspectionRecord {
    init(_ i: ReportedInspection) {
        self.init(position: i.position.rawValue, inspector: i.inspector.rawValue, inspection_type: i.type,
                  standard: i.standard, rating: i.rating, inspection_date: i.date?.iso, date_label: i.dateLabel)
    }
}
