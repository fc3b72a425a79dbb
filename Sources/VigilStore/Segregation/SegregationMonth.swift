import VigilCore

/// One facility's segregation placements in one calendar month, from the latest edition of
/// that month (the newest release that re-publishes it), with where it came from.
public struct SegregationMonth: Sendable, Hashable {
    /// `2025-06`.
    public var month: String
    /// Unique individuals with one or more days in segregation there during the month.
    public var placementCount: Int
    /// As the sheet prints it.
    public var facilityName: String
    /// The facility the name is tied to: the workbook key stored at import, or one found
    /// when read (see `SegregationFacilityResolver`); nil when none is certain.
    public var facilityKey: FacilityKey?
    public var releaseID: Int
    public var sourceFileName: String
    public var releaseAsOfDate: CalendarDate
    public var sheet: String
    public var sheetRow: Int

    public init(month: String, placementCount: Int, facilityName: String, facilityKey: FacilityKey?, releaseID: Int,
                sourceFileName: String, releaseAsOfDate: CalendarDate, sheet: String, sheetRow: Int) {
        self.month = month
        self.placementCount = placementCount
        self.facilityName = facilityName
        self.facilityKey = facilityKey
        self.releaseID = releaseID
        self.sourceFileName = sourceFileName
        self.releaseAsOfDate = releaseAsOfDate
        self.sheet = sheet
        self.sheetRow = sheetRow
    }
}
