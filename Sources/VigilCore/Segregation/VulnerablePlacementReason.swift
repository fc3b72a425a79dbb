/// Why a person from a vulnerable or special population was placed in segregation, as ICE's
/// "Vulnerable & Special Population" sheet groups placements.
///
/// ICE has renamed reasons over time ("Medical/Mental Health" became "Medical Mental"), so
/// the sheet's text is folded into these cases; the text as written is kept beside it.
public enum VulnerablePlacementReason: Hashable, Sendable, Comparable {
    case disciplinary
    case facilitySecurityThreat
    case medicalMentalHealth
    case pendingInvestigationOfDisciplinaryViolation
    case protectiveCustody
    /// Used in FY2022 and then folded by ICE into other reasons (the sheet's footnote says so).
    case hungerStrikeSuicideWatch
    /// The sheet's "Grand Total" row: every reason together.
    case total
    /// A reason this version of Vigil does not know, as written.
    case other(String)

    /// Reads the sheet's text: `Medical/Mental Health`, `Medical Mental`, `Grand Total`, ...
    public init(asWritten text: String) {
        let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if words.contains("total") {
            self = .total
        } else if words.contains("disciplinary") && (words.contains("pending") || words.contains("investigation")) {
            self = .pendingInvestigationOfDisciplinaryViolation
        } else if words.contains("disciplinary") {
            self = .disciplinary
        } else if words.contains("security") {
            self = .facilitySecurityThreat
        } else if words.contains("hunger") || words.contains("suicide") {
            self = .hungerStrikeSuicideWatch
        } else if words.contains("medical") || words.contains("mental") {
            self = .medicalMentalHealth
        } else if words.contains("protective") {
            self = .protectiveCustody
        } else {
            self = .other(text)
        }
    }

    /// The stored code: `disciplinary`, `medical_mental_health`, ..., `total`, `other`.
    public var code: String {
        switch self {
        case .disciplinary: "disciplinary"
        case .facilitySecurityThreat: "facility_security_threat"
        case .medicalMentalHealth: "medical_mental_health"
        case .pendingInvestigationOfDisciplinaryViolation: "pending_investigation_of_disciplinary_violation"
        case .protectiveCustody: "protective_custody"
        case .hungerStrikeSuicideWatch: "hunger_strike_suicide_watch"
        case .total: "total"
        case .other: "other"
        }
    }

    /// The reason back from its stored code and the text as written (which `other` keeps).
    public init(code: String, asWritten: String) {
        switch code {
        case "disciplinary": self = .disciplinary
        case "facility_security_threat": self = .facilitySecurityThreat
        case "medical_mental_health": self = .medicalMentalHealth
        case "pending_investigation_of_disciplinary_violation": self = .pendingInvestigationOfDisciplinaryViolation
        case "protective_custody": self = .protectiveCustody
        case "hunger_strike_suicide_watch": self = .hungerStrikeSuicideWatch
        case "total": self = .total
        default: self = .other(asWritten)
        }
    }

    /// How pages label it, whatever the year's wording.
    public var label: String {
        switch self {
        case .disciplinary: "Disciplinary"
        case .facilitySecurityThreat: "Facility security threat"
        case .medicalMentalHealth: "Medical or mental health"
        case .pendingInvestigationOfDisciplinaryViolation: "Pending investigation of a disciplinary violation"
        case .protectiveCustody: "Protective custody"
        case .hungerStrikeSuicideWatch: "Hunger strike or suicide watch"
        case .total: "All reasons (Grand Total)"
        case .other(let text): text
        }
    }

    /// Display order: the named reasons as ICE lists them, unknown ones, then the total.
    var rank: Int {
        switch self {
        case .disciplinary: 0
        case .facilitySecurityThreat: 1
        case .medicalMentalHealth: 2
        case .pendingInvestigationOfDisciplinaryViolation: 3
        case .protectiveCustody: 4
        case .hungerStrikeSuicideWatch: 5
        case .other: 6
        case .total: 7
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        a.rank != b.rank ? a.rank < b.rank : a.label < b.label
    }
}
