import Foundation
import VigilCore
import VigilStore

/// The JSON a webhook receives: one event in the API's shape (`ExpansionEventJSON`: the export's
/// fields, its stable id, a sentence, both releases' files) plus the subscription it is sent for
/// and absolute links to the evidence. Snake-case keys.
public typealias AlertPayload = ExpansionEventJSON

extension ExpansionEventJSON {
    public init(_ stored: StoredExpansionEvent, subscriptionID: Int, links: AlertLinks) {
        self.init(stored)
        subscription_id = subscriptionID
        facility_url = links.facility(stored.event)
        releases_url = links.releases
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
