import VigilCore
import VigilStore

/// `/orgs/{slug}`: the organization's cases (for those who may read them), its members, and
/// for a Vigil admin who is not a member, the break-glass form.
struct OrganizationModel: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    var organization: Organization
    var access: CaseAccess
    /// Nil when the reader may not read cases (an admin who has not broken the glass).
    var cases: [StoredCase]?
    var members: [Membership]
    /// Whether the reader may add members (a Vigil admin or the organization's admin).
    var managesMembers: Bool
    var problem: String?
    var today: CalendarDate
}
