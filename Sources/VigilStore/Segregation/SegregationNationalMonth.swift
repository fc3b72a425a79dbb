import VigilCore

/// The nation's segregation placements in one calendar month: the facility rows of the
/// month's latest edition, added up.
public struct SegregationNationalMonth: Sendable, Hashable {
    /// `2025-06`.
    public var month: String
    /// The sum of the facilities' counts. A person held in two facilities in the month counts
    /// in each, so this can exceed the number of people.
    public var total: Int
    public var facilitiesReporting: Int
    public var releaseID: Int
    public var sourceFileName: String
    public var releaseAsOfDate: CalendarDate
    public var sheet: String
    /// How many releases publish the month (the latest is used).
    public var editions: Int
}
