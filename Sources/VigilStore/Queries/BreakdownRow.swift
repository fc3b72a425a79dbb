/// How a release's population divides over one grouping (facility type, AOR or state).
public struct BreakdownRow: Sendable, Hashable {
    /// The group's value as ICE wrote it; "(not stated)" when blank.
    public var group: String
    public var facilityCount: Int
    public var averageDailyPopulation: Double
    /// Share of the release's total average daily population, 0...1.
    public var share: Double
}

/// The groupings a release's population can be broken down by.
public enum BreakdownDimension: String, Sendable, CaseIterable, Hashable {
    case facilityType = "type"
    case areaOfResponsibility = "aor"
    case state = "state"

    var column: String {
        switch self {
        case .facilityType: "type_detailed"
        case .areaOfResponsibility: "aor"
        case .state: "state"
        }
    }

    public var title: String {
        switch self {
        case .facilityType: "Facility type"
        case .areaOfResponsibility: "Area of responsibility"
        case .state: "State"
        }
    }
}
