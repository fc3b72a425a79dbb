/// A chronic health condition on the Fraihat v. ICE risk-factor list (subclass 1), by the
/// names the criteria file gives them.
///
/// The screener's input names conditions as the criteria file does (`diabetes`, `high blood
/// pressure`); the examples the file gives in brackets (`asthma`, `lupus`, `past heart
/// attack`) are accepted too and count as the condition they illustrate.
public enum FraihatCondition: String, Sendable, Hashable, CaseIterable {
    case cardiovascularDisease = "cardiovascular disease"
    case highBloodPressure = "high blood pressure"
    case chronicRespiratoryDisease = "chronic respiratory disease"
    case diabetes
    case cancer
    case liverDisease = "liver disease"
    case kidneyDisease = "kidney disease"
    case autoimmuneDisease = "autoimmune disease"
    case severePsychiatricIllness = "severe psychiatric illness"
    case historyOfTransplantation = "history of transplantation"
    case hivAids = "HIV/AIDS"

    /// The examples the criteria file lists under each condition.
    public var examples: [String] {
        switch self {
        case .cardiovascularDisease: ["congestive heart failure", "past heart attack", "cardiac surgery"]
        case .chronicRespiratoryDisease: ["asthma", "COPD", "chronic bronchitis", "emphysema", "other pulmonary disease"]
        case .autoimmuneDisease: ["psoriasis", "rheumatoid arthritis", "lupus"]
        default: []
        }
    }

    /// Every name the input accepts: the conditions, then their examples.
    public static var acceptedNames: [String] { allCases.map(\.rawValue) + allCases.flatMap(\.examples) }

    /// The condition a name means (case and surrounding spaces ignored), or nil when the
    /// criteria file does not list it.
    public init?(named name: String) {
        let folded = Self.fold(name)
        guard let match = Self.allCases.first(where: { condition in
            Self.fold(condition.rawValue) == folded || condition.examples.contains { Self.fold($0) == folded }
        }) else { return nil }
        self = match
    }

    private static func fold(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
