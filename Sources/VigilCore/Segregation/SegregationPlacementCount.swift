/// One facility's line in one month of ICE's "Monthly Segregation" sheet: how many people
/// served one or more days in segregation there during that calendar month.
///
/// The source is ICE's Segregation Review Management System (SRMS), which records the
/// placements ICE Policy 11065.1 requires to be reported. A person whose placement began in
/// an earlier month and continued into this one counts in both months, so months do not add
/// up to a number of people.
public struct SegregationPlacementCount: Hashable, Sendable, Codable {
    public var month: CalendarMonth
    /// The facility as the sheet prints it (no state; spellings vary between months).
    public var facilityName: String
    /// The facility this name was tied to, when the same workbook's Facilities sheet has
    /// exactly one facility of that name; nil otherwise.
    public var facilityKey: FacilityKey?
    /// Unique individuals with one or more days in segregation during the month.
    public var placementCount: Int
    public var location: SourceLocation

    public init(month: CalendarMonth, facilityName: String, facilityKey: FacilityKey?, placementCount: Int,
                location: SourceLocation) {
        self.month = month
        self.facilityName = facilityName
        self.facilityKey = facilityKey
        self.placementCount = placementCount
        self.location = location
    }
}
