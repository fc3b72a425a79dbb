import VigilCore

/// The national total one release reports: average daily population over the fiscal
/// year to its as-of date, summed over facilities.
public struct PopulationTrendPoint: Sendable, Hashable {
    public var releaseID: Int
    public var asOfDate: CalendarDate
    public var fiscalYear: FiscalYear
    public var totalAverageDailyPopulation: Double
    public var facilityCount: Int
    /// Facilities listed with an average daily population above zero.
    public var occupiedFacilityCount: Int
}
