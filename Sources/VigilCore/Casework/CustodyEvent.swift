/// One step in a person's custody: the history a case keeps, so it follows them from
/// facility to facility.
public struct CustodyEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case detained
        case transferred
        case bondSet = "bond-set"
        case paroled
        case released
        case removed

        public var label: String {
            switch self {
            case .detained: "Detained"
            case .transferred: "Transferred"
            case .bondSet: "Bond set"
            case .paroled: "Paroled"
            case .released: "Released"
            case .removed: "Removed"
            }
        }

        /// Detention and transfer name the facility the person is taken to.
        public var needsFacility: Bool { self == .detained || self == .transferred }
        public var needsAmount: Bool { self == .bondSet }

        /// The custody status after this event; nil when it does not change it (a bond set is not yet paid).
        public var resultingStatus: CustodyStatus? {
            switch self {
            case .detained, .transferred: .detained
            case .bondSet: nil
            case .paroled: .paroled
            case .released: .released
            case .removed: .removed
            }
        }
    }

    public var kind: Kind
    public var date: CalendarDate
    /// The facility the person was taken to (detained, transferred), as the registry names it.
    public var facility: String?
    /// The bond amount in cents (bond set).
    public var amountCents: Int?
    public var note: String?

    public init(kind: Kind, date: CalendarDate, facility: String? = nil, amountCents: Int? = nil, note: String? = nil) {
        self.kind = kind
        self.date = date
        self.facility = facility
        self.amountCents = amountCents
        self.note = note
    }
}
