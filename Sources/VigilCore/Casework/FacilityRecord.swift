/// What Vigil's own data says about the facility a person is held in: the closure ranking's
/// counts for it (deaths, failed inspections, segregation placements in the latest 12 months).
public struct FacilityRecord: Sendable, Hashable {
    public var name: String
    public var deaths: Int
    public var failedInspections: Int
    public var segregationPlacements: Int

    public init(name: String, deaths: Int = 0, failedInspections: Int = 0, segregationPlacements: Int = 0) {
        self.name = name
        self.deaths = deaths
        self.failedInspections = failedInspections
        self.segregationPlacements = segregationPlacements
    }
}
