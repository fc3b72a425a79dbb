/// What kind of condition an incident documents. The raw values are stable slugs: they are
/// stored, exported, accepted in CSV files and used in addresses, so they never change.
public enum IncidentCategory: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case physicalAbuse = "physical-abuse"
    case inadequateFoodOrWater = "inadequate-food-or-water"
    case negligentOrAbusiveMedicalCare = "negligent-or-abusive-medical-care"
    case unsanitaryConditions = "unsanitary-conditions"
    case failedPlumbing = "failed-plumbing"
    case useOfForce = "use-of-force"
    case solitaryConfinement = "solitary-confinement"
    case sexualAbuse = "sexual-abuse"
    case retaliation
    case denialOfAccessToCounsel = "denial-of-access-to-counsel"
    case languageAccess = "language-access"
    case death

    /// As a reader sees it: "Negligent or abusive medical care".
    public var label: String {
        switch self {
        case .physicalAbuse: "Physical abuse"
        case .inadequateFoodOrWater: "Inadequate food or water"
        case .negligentOrAbusiveMedicalCare: "Negligent or abusive medical care"
        case .unsanitaryConditions: "Unsanitary conditions"
        case .failedPlumbing: "Failed plumbing"
        case .useOfForce: "Use of force"
        case .solitaryConfinement: "Solitary confinement"
        case .sexualAbuse: "Sexual abuse"
        case .retaliation: "Retaliation"
        case .denialOfAccessToCounsel: "Denial of access to counsel"
        case .languageAccess: "Language access"
        case .death: "Death"
        }
    }

    /// Declaration order, so that tables list categories the same way everywhere.
    public static func < (a: IncidentCategory, b: IncidentCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
