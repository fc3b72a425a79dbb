/// The reference-list layouts `vigil import facilities` recognises, told apart by their
/// sheet names and header rows (never by file name).
public enum FacilityListFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// ICE's 2015 detention facility listing: sheet `Facility List - Main`, header row 7.
    case ice2015 = "ice-facility-list-2015"
    /// ICE's 2017 facility list report: sheet `Facility List - Main`, header row 9.
    case ice2017 = "ice-facility-list-2017"
    /// UWCHR's cleaned 2017 list (pipe-delimited, `facility_operator` column).
    case uwchrFacilityList = "uwchr-facility-list"
    /// UWCHR's detloc-keyed joined table; with `lat`/`long` columns, the geocoded one.
    case uwchrJoined = "uwchr-facilities-joined"
    case uwchrGeocoded = "uwchr-facilities-geocoded"
    /// The Marshall Project's 1978–2017 locations (`DETLOC,...,Lat,Lng`).
    case marshallLocations = "marshall-locations"
    /// The code → name list of person-level data (`detention_facility_code,detention_facility`).
    case ddpFacilityCodes = "ddp-facility-codes"

    /// The date the list describes, where the list itself says so.
    public var asOfDate: CalendarDate? {
        switch self {
        case .ice2015: CalendarDate(year: 2015, month: 12, day: 8)
        case .ice2017, .uwchrFacilityList: CalendarDate(year: 2017, month: 11, day: 6)
        case .uwchrJoined, .uwchrGeocoded, .marshallLocations, .ddpFacilityCodes: nil
        }
    }

    /// When two lists disagree about a facility's current name, address or type, the one
    /// with the lower rank wins: ICE's own newest list first, derived lists after it.
    public var precedence: Int {
        switch self {
        case .ice2017: 0
        case .uwchrFacilityList: 1
        case .uwchrJoined: 2
        case .uwchrGeocoded: 3
        case .ice2015: 4
        case .marshallLocations: 5
        case .ddpFacilityCodes: 6
        }
    }

    /// Lists whose operator, owner, capacity and guaranteed minimum are recorded as cited
    /// operator records (ICE's own lists, dated).
    public var carriesOperators: Bool { self == .ice2015 || self == .ice2017 }
}
