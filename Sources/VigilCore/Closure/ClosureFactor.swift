/// One measured input of the closure ranking: what it counts, where the count comes from, and
/// the query-string name under which its weight is shared in a link.
public enum ClosureFactor: String, Hashable, Sendable, CaseIterable, Codable {
    case deaths
    case adverseInspections = "inspections"
    case segregation
    case incidents
    case population
    case guaranteedMinimum = "guaranteed_minimum"
    case privateOperator = "private_operator"

    /// The query-string parameter carrying this factor's weight (`/ranking?deaths=3`).
    public var parameterName: String { rawValue }

    public var label: String {
        switch self {
        case .deaths: return "Deaths in custody"
        case .adverseInspections: return "Failed inspections"
        case .segregation: return "Segregation placements"
        case .incidents: return "Documented incidents"
        case .population: return "People held (ADP)"
        case .guaranteedMinimum: return "Guaranteed minimum beds"
        case .privateOperator: return "Private operator"
        }
    }

    /// What is counted, in a sentence a reader can check against the sources.
    public var explanation: String {
        switch self {
        case .deaths:
            return "Deaths in ICE custody recorded at the facility from the chosen year on, from the imported death lists."
        case .adverseInspections:
            return "Distinct inspections the workbooks rate as failed, deficient, not meeting standards or at risk, over every imported release."
        case .segregation:
            return "People placed in segregation at the facility over the latest 12 months of ICE's monthly segregation tables."
        case .incidents:
            return "Documented incidents at the facility, weighted by status: official finding 3, corroborated 2, alleged 1."
        case .population:
            return "Average daily population in the latest release: how many people a closure would concern."
        case .guaranteedMinimum:
            return "Beds the contract pays for whether or not they are used (guaranteed minimum), in the latest release."
        case .privateOperator:
            return "1 when the operator on record is a private company, 0 when public or unknown."
        }
    }

    /// Weights when none are given: harm first, then scale and the contract's pull to fill beds.
    public var defaultWeight: Double {
        switch self {
        case .deaths: return 3
        case .adverseInspections: return 2
        case .segregation: return 1
        case .incidents: return 2
        case .population: return 1
        case .guaranteedMinimum: return 1
        case .privateOperator: return 1
        }
    }
}
