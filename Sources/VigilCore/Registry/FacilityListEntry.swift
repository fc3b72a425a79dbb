/// One facility as one reference list describes it, keyed by ICE's DETLOC code.
///
/// Reference lists (ICE's 2015 and 2017 facility lists, UWCHR's cleaned and geocoded
/// versions, The Marshall Project's location history, the person-level code list) carry
/// what the statistics workbooks lack: a stable code, and often operator, owner, capacity
/// and coordinates. Every field but the code is optional because every list has a subset.
public struct FacilityListEntry: Hashable, Sendable, Codable {
    /// ICE's DETLOC code, upper case, e.g. `STWRTGA`.
    public var code: String
    /// The row (or line) it came from, 1-based.
    public var sourceRow: Int
    public var name: String?
    public var address: String?
    public var city: String?
    public var county: String?
    public var state: String?
    public var zip: String?
    public var areaOfResponsibility: String?
    public var typeDetailed: String?
    public var latitude: Double?
    public var longitude: Double?
    public var firstUse: CalendarDate?
    public var lastUse: CalendarDate?
    public var capacity: Double?
    public var guaranteedMinimum: Double?
    /// "Facility Operator" as written, e.g. `GEO`, `COUNTY (SHERIFF)`.
    public var operatorName: String?
    /// "Facility Owner" as written.
    public var ownerName: String?

    public init(code: String, sourceRow: Int) {
        self.code = code
        self.sourceRow = sourceRow
    }

    /// The entry with its source row set aside: two rows that say the same thing compare equal.
    public var content: FacilityListEntry {
        var copy = self
        copy.sourceRow = 0
        return copy
    }

    public var hasCoordinates: Bool { latitude != nil && longitude != nil }
}
