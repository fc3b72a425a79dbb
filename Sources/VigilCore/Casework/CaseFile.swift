/// One detained person's case as a legal team keeps it: who they are, where they are held,
/// where their immigration case stands, who would sponsor them, and the facts that open
/// release paths, each with the documents that prove it.
///
/// `aNumber`, `birthDate` and `medicalNotes` are encrypted at rest (see `CaseField.isEncryptedAtRest`).
public struct CaseFile: Sendable, Hashable {
    public var name: String
    public var aNumber: ANumber
    public var birthDate: CalendarDate
    public var citizenship: String
    public var languages: [String]
    /// The facility where the person is held now: a registry code, or a workbook key for a
    /// facility the registry has no code for. A transfer event changes it.
    public var facility: String
    public var detainedOn: CalendarDate

    public var entryDate: CalendarDate?
    public var entryManner: String?
    public var court: String?
    public var nextHearing: CalendarDate?
    public var custodyStatus: CustodyStatus
    /// The bond an immigration judge or ICE set before, in cents.
    public var priorBondCents: Int?
    public var counsel: String?
    public var sponsor: Sponsor

    public var continuouslyPresentSince: CalendarDate?
    public var pregnant: Bool
    public var postpartumSince: CalendarDate?
    public var nursing: Bool
    /// Chronic conditions by the names the screening criteria use (`diabetes`, `high blood pressure`).
    public var conditions: [String]
    public var seriousMentalDisorder: Bool
    public var disability: Bool
    public var criminal: [CriminalRecordEntry]
    /// Detained on arrival (at the border or a port of entry): INA 235(b).
    public var arriving: Bool
    public var finalOrder: Bool

    public var evidence: [EvidenceDocument]
    public var medicalNotes: String?
    public var notes: String?

    public init(name: String, aNumber: ANumber, birthDate: CalendarDate, citizenship: String, languages: [String] = [],
                facility: String, detainedOn: CalendarDate, entryDate: CalendarDate? = nil, entryManner: String? = nil,
                court: String? = nil, nextHearing: CalendarDate? = nil, custodyStatus: CustodyStatus = .detained,
                priorBondCents: Int? = nil, counsel: String? = nil, sponsor: Sponsor = Sponsor(),
                continuouslyPresentSince: CalendarDate? = nil, pregnant: Bool = false, postpartumSince: CalendarDate? = nil,
                nursing: Bool = false, conditions: [String] = [], seriousMentalDisorder: Bool = false, disability: Bool = false,
                criminal: [CriminalRecordEntry] = [], arriving: Bool = false, finalOrder: Bool = false,
                evidence: [EvidenceDocument] = [], medicalNotes: String? = nil, notes: String? = nil) {
        self.name = name
        self.aNumber = aNumber
        self.birthDate = birthDate
        self.citizenship = citizenship
        self.languages = languages
        self.facility = facility
        self.detainedOn = detainedOn
        self.entryDate = entryDate
        self.entryManner = entryManner
        self.court = court
        self.nextHearing = nextHearing
        self.custodyStatus = custodyStatus
        self.priorBondCents = priorBondCents
        self.counsel = counsel
        self.sponsor = sponsor
        self.continuouslyPresentSince = continuouslyPresentSince
        self.pregnant = pregnant
        self.postpartumSince = postpartumSince
        self.nursing = nursing
        self.conditions = conditions
        self.seriousMentalDisorder = seriousMentalDisorder
        self.disability = disability
        self.criminal = criminal
        self.arriving = arriving
        self.finalOrder = finalOrder
        self.evidence = evidence
        self.medicalNotes = medicalNotes
        self.notes = notes
    }

    /// Whole years of age on `date`.
    public func age(on date: CalendarDate) -> Int {
        var years = date.year - birthDate.year
        if (date.month, date.day) < (birthDate.month, birthDate.day) { years -= 1 }
        return years
    }

    /// Days in custody from `detainedOn` to `date` (0 when not yet).
    public func daysDetained(asOf date: CalendarDate) -> Int {
        max(0, detainedOn.days(until: date))
    }
}
