import Foundation
import VigilCore
import VigilStore

/// The JSON a webhook receives: one event, the export's fields plus what a receiver needs to
/// act on it (its stable id, a sentence, and links to the evidence). Snake-case keys.
public struct AlertPayload: Codable, Sendable, Hashable {
    /// The event's stable key: the same event always carries the same id.
    public var id: String
    public var subscription_id: Int
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
    public var summary: String
    /// The facility's page, where every release's figures are shown with their sources.
    public var facility_url: String
    /// The release archive, naming both releases' files and SHA-256s.
    public var releases_url: String
    public var previous_release_file: String?
    public var release_file: String?
    public var detected_at: String

    public init(_ stored: StoredExpansionEvent, subscriptionID: Int, links: AlertLinks) {
        let e = stored.event
        id = e.eventKey
        subscription_id = subscriptionID
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
        summary = e.summary
        facility_url = links.facility(e)
        releases_url = links.releases
        previous_release_file = stored.previousFile
        release_file = stored.file
        detected_at = stored.detectedAt
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// Absolute links to an event's evidence, on the site's public address.
public struct AlertLinks: Sendable {
    /// `https://vigil.example.org`, no trailing slash.
    public var baseURL: String
    let facilityPath: @Sendable (ExpansionEvent) -> String
    let releasesPath: String
    let unsubscribePath: @Sendable (String) -> String

    /// The paths come from the site's typed URLs (`VigilWeb.EvidencePaths`); `unsubscribePath`
    /// makes an e-mail's unsubscribe address from its token.
    public init(baseURL: String, facilityPath: @escaping @Sendable (ExpansionEvent) -> String, releasesPath: String,
                unsubscribePath: @escaping @Sendable (String) -> String) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.facilityPath = facilityPath
        self.releasesPath = releasesPath
        self.unsubscribePath = unsubscribePath
    }

    public func facility(_ event: ExpansionEvent) -> String { baseURL + facilityPath(event) }
    public var releases: String { baseURL + releasesPath }
    public func unsubscribe(token: String) -> String { baseURL + unsubscribePath(token) }
}
