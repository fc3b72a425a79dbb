import VigilCore
import VigilStore

/// `/api/v1/expansion-events`: one event between consecutive releases, with the files of both.
struct APIExpansionEvent: Encodable, Sendable {
    var id: String
    var event: String
    var facility_code: String?
    var facility_key: String
    var name: String
    var state: String?
    var aor: String?
    var previous_as_of: String
    var as_of: String
    var previous_adp: Double?
    var adp: Double?
    var change: Double
    var previous_guaranteed_minimum: Double?
    var guaranteed_minimum: Double?
    var previous_release_id: Int
    var release_id: Int
    var previous_release_file: String?
    var release_file: String?
    var detected_at: String
    var summary: String

    init(_ stored: StoredExpansionEvent) {
        let e = stored.event
        id = e.eventKey
        event = e.kind.rawValue
        facility_code = e.facilityCode
        facility_key = e.facilityKey.rawValue
        name = e.name
        state = e.state
        aor = e.areaOfResponsibility
        previous_as_of = e.previousAsOf.iso
        as_of = e.asOf.iso
        previous_adp = e.previousADP
        adp = e.adp
        change = e.change
        previous_guaranteed_minimum = e.previousGuaranteedMinimum
        guaranteed_minimum = e.guaranteedMinimum
        previous_release_id = e.previousReleaseID
        release_id = e.releaseID
        previous_release_file = stored.previousFile
        release_file = stored.file
        detected_at = stored.detectedAt
        summary = e.summary
    }
}

/// The events a scope wants, newest release first.
struct APIExpansionEvents: Encodable, Sendable {
    var events: [APIExpansionEvent]
}
