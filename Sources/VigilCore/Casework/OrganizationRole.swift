/// What a member may do inside their organization. Separate from the site-wide `Role`: an
/// editor of public data sees no case unless an organization counts them as a member.
public enum OrganizationRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// Takes in cases: reads and records them.
    case intake
    /// Also works them: drafts requests.
    case attorney
    /// Also manages the organization's members.
    case orgAdmin = "org-admin"

    public var label: String {
        switch self {
        case .intake: "Intake"
        case .attorney: "Attorney"
        case .orgAdmin: "Organization admin"
        }
    }

    /// Every member reads and records cases; the issue gives no narrower split, so none is invented.
    public var mayWorkCases: Bool { true }

    public var mayManageMembers: Bool { self == .orgAdmin }
}
