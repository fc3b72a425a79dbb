import VigilCore

/// A row of `expansion_events`.
struct ExpansionEventRecord: Codable, Sendable {
    var id: Int?
    var event_key: String
    var kind: String
    var facility_code: String?
    var facility_key: String
    var name: String
    var state: String?
    var aor: String?
    var previous_release_id: Int
    var release_id: Int
    var previous_as_of: String
    var as_of: String
    var previous_adp: Double?
    var adp: Double?
    var change: Double
    var previous_guaranteed_minimum: Double?
    var guaranteed_minimum: Double?
    var detected_at: String

    static let columns = ["event_key", "kind", "facility_code", "facility_key", "name", "state", "aor", "previous_release_id", "release_id",
                          "previous_as_of", "as_of", "previous_adp", "adp", "change", "previous_guaranteed_minimum", "guaranteed_minimum",
                          "detected_at"]

    init(_ e: ExpansionEvent, detectedAt: String) {
        event_key = e.eventKey
        kind = e.kind.rawValue
        facility_code = e.facilityCode
        facility_key = e.facilityKey.rawValue
        name = e.name
        state = e.state
        aor = e.areaOfResponsibility
        previous_release_id = e.previousReleaseID
        release_id = e.releaseID
        previous_as_of = e.previousAsOf.iso
        as_of = e.asOf.iso
        previous_adp = e.previousADP
        adp = e.adp
        change = e.change
        previous_guaranteed_minimum = e.previousGuaranteedMinimum
        guaranteed_minimum = e.guaranteedMinimum
        detected_at = detectedAt
    }

    var values: [SQLValue] {
        [.text(event_key), .text(kind), .text(facility_code), .text(facility_key), .text(name), .text(state), .text(aor),
         .integer(previous_release_id), .integer(release_id), .text(previous_as_of), .text(as_of), .real(previous_adp), .real(adp),
         .real(change), .real(previous_guaranteed_minimum), .real(guaranteed_minimum), .text(detected_at)]
    }

    /// Everything but the id and the detection time: what a recomputation may change.
    func sameContent(as other: ExpansionEventRecord) -> Bool {
        var a = self, b = other
        (a.id, b.id, a.detected_at, b.detected_at) = (nil, nil, "", "")
        return a.values.map(\.comparable) == b.values.map(\.comparable)
    }

    var event: ExpansionEvent? {
        guard let kind = ExpansionEventKind(rawValue: kind), let previousAsOf = CalendarDate(iso: previous_as_of),
              let asOf = CalendarDate(iso: as_of) else { return nil }
        return ExpansionEvent(kind: kind, facilityCode: facility_code, facilityKey: FacilityKey(rawValue: facility_key), name: name,
                              state: state, areaOfResponsibility: aor, previousReleaseID: previous_release_id, releaseID: release_id,
                              previousAsOf: previousAsOf, asOf: asOf, previousADP: previous_adp, adp: adp, change: change,
                              previousGuaranteedMinimum: previous_guaranteed_minimum, guaranteedMinimum: guaranteed_minimum,
                              eventKey: event_key)
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
