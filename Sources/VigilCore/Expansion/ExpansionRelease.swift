/// One stored ICE release as detection sees it: its as-of date, its content fingerprint
/// (which orders releases of the same date the same way whatever order they were imported
/// in) and what each facility reported in it.
public struct ExpansionRelease: Sendable, Hashable {
    public var releaseID: Int
    public var asOfDate: CalendarDate
    public var fingerprint: String
    public var facilities: [ExpansionFacilityFigure]

    public init(releaseID: Int, asOfDate: CalendarDate, fingerprint: String, facilities: [ExpansionFacilityFigure]) {
        self.releaseID = releaseID
        self.asOfDate = asOfDate
        self.fingerprint = fingerprint
        self.facilities = facilities
    }

    /// Release order: by as-of date, then fingerprint. "The previous release" of a release is
    /// the one just before it in this order among the stored releases.
    public static func precedes(_ a: ExpansionRelease, _ b: ExpansionRelease) -> Bool {
        (a.asOfDate, a.fingerprint) < (b.asOfDate, b.fingerprint)
    }
}

/// One facility row of a release, with the identity it is followed by across releases.
public struct ExpansionFacilityFigure: Sendable, Hashable {
    /// The registry code when the workbook key has an accepted match, else the workbook key:
    /// a facility renamed between releases keeps its code, so a rename is not a new facility.
    public var identity: String
    public var code: String?
    public var key: FacilityKey
    public var name: String
    public var state: String?
    public var areaOfResponsibility: String?
    public var averageDailyPopulation: Double?
    public var guaranteedMinimum: Double?

    public init(identity: String, code: String?, key: FacilityKey, name: String, state: String?, areaOfResponsibility: String?,
                averageDailyPopulation: Double?, guaranteedMinimum: Double?) {
        self.identity = identity
        self.code = code
        self.key = key
        self.name = name
        self.state = state
        self.areaOfResponsibility = areaOfResponsibility
        self.averageDailyPopulation = averageDailyPopulation
        self.guaranteedMinimum = guaranteedMinimum
    }

    /// How detection follows a facility across releases: by its registry code when it has one, else by its workbook key.
    public static func identity(code: String?, key: FacilityKey) -> String {
        code.map { "code:\($0)" } ?? "key:\(key.rawValue)"
    }

    /// Holding people: an average daily population above zero.
    public var isHolding: Bool { (averageDailyPopulation ?? 0) > 0 }
}
