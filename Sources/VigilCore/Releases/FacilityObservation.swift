/// One facility's row in one release's Facilities sheet: everything ICE reported for it.
///
/// Populations are average daily populations (ADP) for the fiscal year to the release's
/// as-of date: a stock averaged over days, not a count of people booked in.
public struct FacilityObservation: Hashable, Sendable, Codable {
    /// The sheet row it came from (1-based, as a spreadsheet program shows it).
    public var sourceRow: Int

    public var name: String
    public var address: String?
    public var city: String?
    public var state: String?
    public var zip: String?
    /// ICE Enforcement and Removal Operations area of responsibility, e.g. `ATL`.
    public var areaOfResponsibility: String?
    /// ICE's detailed facility type: SPC, CDF, IGSA, DIGSA, USMS IGA, ...
    public var typeDetailed: String?
    /// Who is held there as the Male/Female column says: `Male`, `Female`, `Female/Male`.
    public var gender: String?
    /// Average length of stay in days.
    public var averageLengthOfStay: Double?

    public var levelA: Double?
    public var levelB: Double?
    public var levelC: Double?
    public var levelD: Double?

    public var maleCriminal: Double?
    public var maleNonCriminal: Double?
    public var femaleCriminal: Double?
    public var femaleNonCriminal: Double?

    public var threatLevel1: Double?
    public var threatLevel2: Double?
    public var threatLevel3: Double?
    public var noThreatLevel: Double?

    /// ADP held under mandatory detention.
    public var mandatory: Double?
    /// Beds ICE pays for whether or not they are used.
    public var guaranteedMinimum: Double?

    public var inspections: [ReportedInspection]
    /// The "Pending FYxx Inspection" column of FY2024–FY2025 layouts, as written.
    public var pendingInspection: String?

    /// Columns this version of Vigil does not interpret, kept by their header text.
    public var otherColumns: [String: String]

    public init(sourceRow: Int, name: String) {
        self.sourceRow = sourceRow
        self.name = name
        self.inspections = []
        self.otherColumns = [:]
    }

    /// Average daily population: the sum of the classification levels A–D, which ICE's
    /// own totals use. Nil when no level is reported.
    public var averageDailyPopulation: Double? {
        guard levelA != nil || levelB != nil || levelC != nil || levelD != nil else { return nil }
        // An absent level adds 0, which changes no sum. No array is made: this is read for every
        // row several times in an import, and making one was 0.4% of importing ICE's 30 workbooks.
        return (levelA ?? 0) + (levelB ?? 0) + (levelC ?? 0) + (levelD ?? 0)
    }

    /// The identity this row is grouped under across releases until the facility registry
    /// assigns a code.
    public var key: FacilityKey { FacilityKey(name: name, state: state) }
}
