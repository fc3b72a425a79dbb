/// What an organization does: the release work of a legal team, or the bonds of a fund.
public enum OrganizationKind: String, Sendable, Hashable, CaseIterable, Codable {
    case legalTeam = "legal-team"
    case bondFund = "bond-fund"

    public var label: String {
        switch self {
        case .legalTeam: "Legal team"
        case .bondFund: "Bond fund"
        }
    }
}
