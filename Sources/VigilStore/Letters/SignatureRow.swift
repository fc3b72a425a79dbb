import VigilCore

/// One organization's signature as stored. `email` and `contactName` are for editors only:
/// public pages and exports never show them.
public struct SignatureRow: Sendable, Hashable {
    public var id: Int
    public var letterID: Int
    /// The letter version signed.
    public var version: Int
    public var organization: String
    public var sortKey: String
    public var city: String?
    public var state: String?
    public var scope: SignatureScope?
    public var website: String?
    public var contactName: String?
    public var email: String?
    public var status: SignatureStatus
    /// Read from the letter's file rather than signed on the web.
    public var imported: Bool
    public var position: Int?
    public var signedAt: String
    public var confirmedAt: String?
    public var decidedAt: String?
    public var decidedBy: String?
    public var mergedInto: Int?
    /// The first version that changed the letter materially after this signature; nil when none has.
    public var changedSinceVersion: Int?
}

struct SignatureRecord: Decodable {
    var id: Int
    var letter_id: Int
    var version: Int
    var organization: String
    var sort_key: String
    var city: String?
    var state: String?
    var scope: String?
    var website: String?
    var contact_name: String?
    var email: String?
    var status: String
    var imported: Int
    var position: Int?
    var signed_at: String
    var confirmed_at: String?
    var decided_at: String?
    var decided_by: String?
    var merged_into: Int?
    var changed_since_version: Int?

    static let columns = """
        id, letter_id, version, organization, sort_key, city, state, scope, website, contact_name, email, status, imported,
        position, signed_at, confirmed_at, decided_at, decided_by, merged_into, changed_since_version
        """

    var row: SignatureRow {
        SignatureRow(id: id, letterID: letter_id, version: version, organization: organization, sortKey: sort_key, city: city,
                     state: state, scope: scope.flatMap(SignatureScope.init(rawValue:)), website: website, contactName: contact_name,
                     email: email, status: SignatureStatus(rawValue: status) ?? .unconfirmed, imported: imported != 0,
                     position: position, signedAt: signed_at, confirmedAt: confirmed_at, decidedAt: decided_at,
                     decidedBy: decided_by, mergedInto: merged_into, changedSinceVersion: changed_since_version)
    }
}
