import VigilCore

/// `/orgs`: the organizations the reader belongs to; for Vigil admins, every one and the form to add one.
struct OrganizationsModel: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    var memberships: [Membership]
    /// Every organization, for Vigil admins; nil for everyone else.
    var all: [Organization]?
    var problem: String?
}
