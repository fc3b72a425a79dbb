import VigilCore

/// A row of `expansion_events`: the event itself, the moment it was first detected, and the
/// row's id. Read and written column by column here, the table's one mapping.
struct ExpansionEventRecord: Decodable, Sendable {
    var id: Int?
    var event: ExpansionEvent
    var detected_at: String

    static let columns = Column.allCases.filter { $0 != .id }.map(\.rawValue)

    enum Column: String, CodingKey, CaseIterable {
        case id, event_key, kind, facility_code, facility_key, name, state, aor, previous_release_id, release_id, previous_as_of, as_of,
             previous_adp, adp, change, previous_guaranteed_minimum, guaranteed_minimum, detected_at
    }

    init(_ event: ExpansionEvent, detectedAt: String) {
        self.event = event
        detected_at = detectedAt
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: Column.self)
        func text(_ column: Column) throws -> String? { try row.decodeIfPresent(String.self, forKey: column) }
        func number(_ column: Column) throws -> Double? { try row.decodeIfPresent(Double.self, forKey: column) }
        func date(_ column: Column) throws -> CalendarDate {
            let value = try row.decode(String.self, forKey: column)
            guard let date = CalendarDate(iso: value) else {
                throw DecodingError.dataCorruptedError(forKey: column, in: row, debugDescription: "“\(value)” is not a date (YYYY-MM-DD)")
            }
            return date
        }
        let kindName = try row.decode(String.self, forKey: .kind)
        guard let kind = ExpansionEventKind(rawValue: kindName) else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: row, debugDescription: "“\(kindName)” is not an event kind")
        }
        id = try row.decodeIfPresent(Int.self, forKey: .id)
        detected_at = try row.decode(String.self, forKey: .detected_at)
        event = ExpansionEvent(
            kind: kind, facilityCode: try text(.facility_code), facilityKey: FacilityKey(rawValue: try row.decode(String.self, forKey: .facility_key)),
            name: try row.decode(String.self, forKey: .name), state: try text(.state), areaOfResponsibility: try text(.aor),
            previousReleaseID: try row.decode(Int.self, forKey: .previous_release_id), releaseID: try row.decode(Int.self, forKey: .release_id),
            previousAsOf: try date(.previous_as_of), asOf: try date(.as_of), previousADP: try number(.previous_adp), adp: try number(.adp),
            change: try row.decode(Double.self, forKey: .change), previousGuaranteedMinimum: try number(.previous_guaranteed_minimum),
            guaranteedMinimum: try number(.guaranteed_minimum), eventKey: try row.decode(String.self, forKey: .event_key))
    }

    /// The values of `columns`, in order.
    var values: [SQLValue] {
        let e = event
        return [.text(e.eventKey), .text(e.kind.rawValue), .text(e.facilityCode), .text(e.facilityKey.rawValue), .text(e.name), .text(e.state),
                .text(e.areaOfResponsibility), .integer(e.previousReleaseID), .integer(e.releaseID), .text(e.previousAsOf.iso), .text(e.asOf.iso),
                .real(e.previousADP), .real(e.adp), .real(e.change), .real(e.previousGuaranteedMinimum), .real(e.guaranteedMinimum),
                .text(detected_at)]
    }

    /// Everything but the id and the detection time: what a recomputation may change. Compared
    /// as stored, so a value that does not survive the round trip does not count as a change.
    func sameContent(as other: ExpansionEventRecord) -> Bool {
        // Equal events are the same content; only unequal ones need the comparison as stored,
        // which costs far more (a recomputation compares every event of every later release).
        event == other.event || values.dropLast().map(\.comparable) == other.values.dropLast().map(\.comparable)
    }
}

private extension SQLValue {
    /// The value as text, for comparing stored rows with recomputed ones.
    var comparable: String {
        switch self {
        case .integer(let v): v.map { "i\($0)" } ?? "null"
        case .real(let v): v.map { "r\($0)" } ?? "null"
        case .text(let v): v.map { "t\($0)" } ?? "null"
        }
    }
}
