import VigilCore

/// An expansion event as JSON (snake_case keys): the one shape the API (`/api/v1/expansion-events`,
/// `APIExpansionEvent`) and webhooks (`AlertPayload`) send, so their fields cannot drift apart.
/// The export's fields, both releases' ids and files, the stable id and a sentence; a webhook's
/// copy adds the subscription and absolute links to the evidence (nil, and left out, in the API).
public struct ExpansionEventJSON: Codable, Sendable, Hashable {
    /// The event's stable key: the same event always carries the same id.
    public var id: String
    public var event: String
    public var facility_code: String?
    public var facility_key: String
    public var name: String
    public var state: String?
    public var aor: String?
    public var previous_as_of: String
    public var as_of: String
    public var previous_adp: Double?
    public var adp: Double?
    public var change: Double
    public var previous_guaranteed_minimum: Double?
    public var guaranteed_minimum: Double?
    public var previous_release_id: Int
    public var release_id: Int
    public var previous_release_file: String?
    public var release_file: String?
    public var detected_at: String
    public var summary: String
    /// Webhooks only: the subscription it is sent for.
    public var subscription_id: Int?
    /// Webhooks only: the facility's page, where every release's figures are shown with their sources.
    public var facility_url: String?
    /// Webhooks only: the release archive, naming both releases' files and SHA-256s.
    public var releases_url: String?

    public init(_ stored: StoredExpansionEvent) {
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
