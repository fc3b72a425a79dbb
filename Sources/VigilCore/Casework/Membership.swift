/// One person's place in one organization.
public struct Membership: Sendable, Hashable {
    public var organization: Organization
    public var userID: Int
    public var email: String
    public var role: OrganizationRole

    public init(organization: Organization, userID: Int, email: String, role: OrganizationRole) {
        self.organization = organization
        self.userID = userID
        self.email = email
        self.role = role
    }
}
