import VigilCore
import VigilStore

/// `GET /api/v1/letters/{id}`: a letter's text, its organization count (computed from the
/// approved list) and its approved signatories. No e-mail or contact name, ever.
struct APILetter: Codable, Sendable, Hashable {
    struct Recipient: Codable, Sendable, Hashable {
        var name: String
        var title: String?
        var body: String?
    }

    struct Demand: Codable, Sendable, Hashable {
        var number: Int
        var title: String
        var text: String
    }

    struct Signatory: Codable, Sendable, Hashable {
        var organization: String
        var sortKey: String
        var city: String?
        var state: String?
        var scope: String?
        var signedAt: String
        var version: Int
        enum CodingKeys: String, CodingKey { case organization, sortKey = "sort_key", city, state, scope, signedAt = "signed_at", version }
    }

    var id: Int
    var title: String
    var status: String
    var version: Int
    var date: String?
    var subject: String?
    var to: [Recipient]
    var cc: [Recipient]
    var demands: [Demand]
    var leadOrganization: String
    var organizationCount: Int
    var signatories: [Signatory]

    enum CodingKeys: String, CodingKey {
        case id, title, status, version, date, subject, to, cc, demands, leadOrganization = "lead_organization"
        case organizationCount = "organization_count", signatories
    }

    init(_ letter: LetterRecord, approvedCount: Int, signatories: [SignatureRow]) {
        let content = letter.content
        id = letter.id
        title = letter.title
        status = letter.status.rawValue
        version = letter.currentVersion
        date = content.date?.iso
        subject = content.subject
        to = content.to.map { Recipient(name: $0.name, title: $0.title, body: $0.body) }
        cc = content.cc.map { Recipient(name: $0.name, title: $0.title, body: $0.body) }
        demands = content.demands.map { Demand(number: $0.number, title: $0.title, text: $0.text) }
        leadOrganization = content.leadOrganization
        organizationCount = approvedCount
        self.signatories = signatories.map {
            Signatory(organization: $0.organization, sortKey: $0.sortKey, city: $0.city, state: $0.state, scope: $0.scope?.rawValue,
                      signedAt: $0.signedAt, version: $0.version)
        }
    }
}
