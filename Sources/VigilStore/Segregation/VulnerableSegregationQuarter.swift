import VigilCore

/// One fiscal quarter's vulnerable-population placements for one reason, from the latest
/// release that publishes the quarter.
public struct VulnerableSegregationQuarter: Sendable, Hashable {
    public var fiscalYear: Int
    public var quarter: Int
    public var reason: VulnerablePlacementReason
    public var reasonAsWritten: String
    public var placements: Int
    public var averageConsecutiveDays: Double?
    public var averageCumulativeDays: Double?
    public var uniqueDetainees: Int?
    public var releaseID: Int
    public var sourceFileName: String
    public var releaseAsOfDate: CalendarDate
    public var sheet: String
    public var sheetRow: Int

    /// `FY2022 Q2`.
    public var quarterLabel: String { "FY\(fiscalYear) Q\(quarter)" }
}
