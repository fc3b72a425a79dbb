import VigilCore

/// One facility as one release reported it, with the release it came from: the unit of
/// the facility table, the facility page's history and `vigil export facility-releases`.
public struct FacilityReleaseRow: Sendable, Hashable {
    public var releaseID: Int
    public var asOfDate: CalendarDate
    public var fiscalYear: FiscalYear
    /// The file the release was first archived from: the provenance of every figure in the row.
    public var sourceFile: SourceFile
    public var isSynthetic: Bool
    public var key: FacilityKey
    public var observation: FacilityObservation
    /// The registry code the facility's key is tied to by an accepted match, if any.
    public var facilityCode: String?
    public var matchMethod: FacilityMatchMethod?

    public init(releaseID: Int, asOfDate: CalendarDate, fiscalYear: FiscalYear, sourceFile: SourceFile,
                isSynthetic: Bool, key: FacilityKey, observation: FacilityObservation,
                facilityCode: String? = nil, matchMethod: FacilityMatchMethod? = nil) {
        self.releaseID = releaseID
        self.asOfDate = asOfDate
        self.fiscalYear = fiscalYear
        self.sourceFile = sourceFile
        self.isSynthetic = isSynthetic
        self.key = key
        self.observation = observation
        self.facilityCode = facilityCode
        self.matchMethod = matchMethod
    }
}
