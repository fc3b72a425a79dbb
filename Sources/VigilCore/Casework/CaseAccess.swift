/// Who may open an organization's cases, and on what ground. Decided in one place so the
/// web, the queue and the drafts cannot disagree.
///
/// Members read and record their organization's cases. Nobody else does: not other signed-in
/// people, not editors. A Vigil admin may, but only through a recorded "break glass" grant
/// (a reason, for a limited time); every read under it is audited as such.
public enum CaseAccess: Sendable, Hashable {
    case member(OrganizationRole)
    /// A Vigil admin under a live break-glass grant.
    case breakGlass
    /// A Vigil admin who has not broken the glass: may see that the organization exists and ask.
    case adminWithoutGrant
    case none

    public static func decide(siteRole: Role?, membership: OrganizationRole?, hasLiveGrant: Bool) -> CaseAccess {
        if let membership { return .member(membership) }
        if siteRole == .admin { return hasLiveGrant ? .breakGlass : .adminWithoutGrant }
        return .none
    }

    public var mayReadCases: Bool {
        switch self {
        case .member, .breakGlass: true
        case .adminWithoutGrant, .none: false
        }
    }

    /// Members change cases; a break-glass grant is for reading only.
    public var mayChangeCases: Bool {
        if case .member(let role) = self { return role.mayWorkCases }
        return false
    }

    /// What the audit log records as the ground for a read.
    public var auditGround: String {
        switch self {
        case .member(let role): "member:\(role.rawValue)"
        case .breakGlass: "break-glass"
        case .adminWithoutGrant, .none: "none"
        }
    }
}
