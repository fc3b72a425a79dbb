/// How far an incident has been established, weakest first. Raw values are stable slugs.
public enum IncidentStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Reported (by a detained person, a family, an advocate) and not yet confirmed elsewhere.
    case alleged
    /// Confirmed by a second, independent source.
    case corroborated
    /// Found by an official body: an inspection, an oversight office, a court.
    case officialFinding = "official-finding"

    public var label: String {
        switch self {
        case .alleged: "Alleged"
        case .corroborated: "Corroborated"
        case .officialFinding: "Official finding"
        }
    }

    public static func < (a: IncidentStatus, b: IncidentStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
