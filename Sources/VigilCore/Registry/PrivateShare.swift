/// The share of average daily population held in privately operated facilities, for one
/// release and one area (the nation, an AOR, a state, or a facility type).
public struct PrivateShare: Hashable, Sendable, Codable {
    public enum AreaKind: String, Sendable, Hashable, Codable, CaseIterable {
        case national, aor, state, type
    }

    public var asOfDate: CalendarDate
    public var areaKind: AreaKind
    /// `United States`, an AOR code, a state, or a facility type.
    public var area: String
    public var privateADP: Double
    public var publicADP: Double
    public var unknownADP: Double
    public var privateFacilities: Int
    public var publicFacilities: Int
    public var unknownFacilities: Int
    /// Private and public ADP by the method that decided each row's operator: they add up to
    /// `privateADP` and `publicADP`.
    public var privateADPByMethod: [OperatorEvidenceMethod: Double] = [:]
    public var publicADPByMethod: [OperatorEvidenceMethod: Double] = [:]

    /// ADP whose operator `method` decided, private and public together.
    public func adp(decidedBy method: OperatorEvidenceMethod) -> Double {
        (privateADPByMethod[method] ?? 0) + (publicADPByMethod[method] ?? 0)
    }

    public var totalADP: Double { privateADP + publicADP + unknownADP }
    /// Private ADP over all ADP (unknown included in the denominator), nil when there is none.
    public var privateShare: Double? { totalADP > 0 ? privateADP / totalADP : nil }
    /// Private ADP over ADP whose operator is known: the upper reading when unknowns are excluded.
    public var privateShareOfKnown: Double? { privateADP + publicADP > 0 ? privateADP / (privateADP + publicADP) : nil }

    /// One facility row of a release, classified.
    public struct Input: Hashable, Sendable {
        public var adp: Double
        public var kind: OperatorKind
        public var areaOfResponsibility: String?
        public var state: String?
        public var type: String?
        /// The method that decided `kind`; nil when it is unknown.
        public var method: OperatorEvidenceMethod?

        public init(adp: Double, kind: OperatorKind, areaOfResponsibility: String?, state: String?, type: String?,
                    method: OperatorEvidenceMethod? = nil) {
            self.adp = adp
            self.kind = kind
            self.method = method
            self.areaOfResponsibility = areaOfResponsibility
            self.state = state
            self.type = type
        }
    }

    public static let nationalArea = "United States"

    /// Sums one release's rows nationally and by AOR, state and type (areas sorted by name).
    public static func compute(asOf date: CalendarDate, _ rows: [Input]) -> [PrivateShare] {
        var shares: [AreaKind: [String: PrivateShare]] = [:]
        func add(_ kind: AreaKind, _ area: String?, _ row: Input) {
            let name = (area?.isEmpty == false ? area! : "(not stated)")
            var share = shares[kind]?[name] ?? PrivateShare(asOfDate: date, areaKind: kind, area: name, privateADP: 0, publicADP: 0,
                                                            unknownADP: 0, privateFacilities: 0, publicFacilities: 0, unknownFacilities: 0)
            switch row.kind {
            case .private:
                share.privateADP += row.adp; share.privateFacilities += 1
                if let method = row.method { share.privateADPByMethod[method, default: 0] += row.adp }
            case .public:
                share.publicADP += row.adp; share.publicFacilities += 1
                if let method = row.method { share.publicADPByMethod[method, default: 0] += row.adp }
            case .unknown: share.unknownADP += row.adp; share.unknownFacilities += 1
            }
            shares[kind, default: [:]][name] = share
        }
        for row in rows {
            add(.national, nationalArea, row)
            add(.aor, row.areaOfResponsibility, row)
            add(.state, row.state, row)
            add(.type, row.type, row)
        }
        return AreaKind.allCases.flatMap { kind in (shares[kind] ?? [:]).values.sorted { $0.area < $1.area } }
    }
}
