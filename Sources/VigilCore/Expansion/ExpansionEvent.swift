/// A change at one facility between two consecutive stored releases, naming both.
public struct ExpansionEvent: Sendable, Hashable, Codable {
    public var kind: ExpansionEventKind
    public var facilityCode: String?
    /// The workbook key of the facility's row in the later release.
    public var facilityKey: FacilityKey
    public var name: String
    public var state: String?
    public var areaOfResponsibility: String?
    public var previousReleaseID: Int
    public var releaseID: Int
    public var previousAsOf: CalendarDate
    public var asOf: CalendarDate
    /// Nil when the facility is absent from the previous release (or its row gives no population).
    public var previousADP: Double?
    public var adp: Double?
    /// For new, reopened and surge events the change in average daily population; for a
    /// guaranteed-minimum change, the change in the guaranteed minimum.
    public var change: Double
    public var previousGuaranteedMinimum: Double?
    public var guaranteedMinimum: Double?
    /// Stable across recomputation: the kind, the workbook key and both releases' fingerprints.
    /// Deliveries are recorded against it, so an event is never sent twice to one subscription.
    public var eventKey: String

    public init(kind: ExpansionEventKind, facilityCode: String?, facilityKey: FacilityKey, name: String, state: String?,
                areaOfResponsibility: String?, previousReleaseID: Int, releaseID: Int, previousAsOf: CalendarDate, asOf: CalendarDate,
                previousADP: Double?, adp: Double?, change: Double, previousGuaranteedMinimum: Double?, guaranteedMinimum: Double?,
                eventKey: String) {
        self.kind = kind
        self.facilityCode = facilityCode
        self.facilityKey = facilityKey
        self.name = name
        self.state = state
        self.areaOfResponsibility = areaOfResponsibility
        self.previousReleaseID = previousReleaseID
        self.releaseID = releaseID
        self.previousAsOf = previousAsOf
        self.asOf = asOf
        self.previousADP = previousADP
        self.adp = adp
        self.change = change
        self.previousGuaranteedMinimum = previousGuaranteedMinimum
        self.guaranteedMinimum = guaranteedMinimum
        self.eventKey = eventKey
    }

    public static func eventKey(kind: ExpansionEventKind, key: FacilityKey, previousFingerprint: String, fingerprint: String) -> String {
        "\(kind.rawValue):\(key.rawValue):\(previousFingerprint.prefix(16)):\(fingerprint.prefix(16))"
    }

    /// The facility as detection followed it (see `ExpansionFacilityFigure.identity(code:key:)`).
    public var identity: String { ExpansionFacilityFigure.identity(code: facilityCode, key: facilityKey) }

    /// One sentence saying what happened, for feeds, webhooks and e-mail.
    public var summary: String {
        func people(_ value: Double?) -> String { value.map { String(Int($0.rounded())) } ?? "none" }
        switch kind {
        case .new:
            return "\(name) is holding people for the first time: ADP \(people(adp)) as of \(asOf.iso), none as of \(previousAsOf.iso)."
        case .reopened:
            return "\(name) is holding people again: ADP \(people(adp)) as of \(asOf.iso), none as of \(previousAsOf.iso)."
        case .surge:
            let share = (previousADP ?? 0) > 0 ? Int((change / previousADP! * 100).rounded()) : 0
            return "\(name): ADP up \(people(change)) (+\(share)%), from \(people(previousADP)) as of \(previousAsOf.iso) to \(people(adp)) as of \(asOf.iso)."
        case .guaranteedMinimumChange:
            return "\(name): guaranteed minimum \(people(previousGuaranteedMinimum)) as of \(previousAsOf.iso), \(people(guaranteedMinimum)) as of \(asOf.iso)."
        }
    }
}
