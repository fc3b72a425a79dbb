extension IncidentStatus {
    /// How much one incident of this status counts in the closure ranking's incidents factor:
    /// an official finding outweighs a corroborated report, which outweighs an allegation.
    public var closureWeight: Double {
        switch self {
        case .alleged: 1
        case .corroborated: 2
        case .officialFinding: 3
        }
    }
}
