/// Who may see an incident. Internal incidents are for signed-in people only: they never
/// reach an anonymous reader's page, download or API response.
public enum IncidentVisibility: String, Sendable, Hashable, Codable, CaseIterable {
    case `public`
    case `internal`

    /// What a new incident gets when nobody chose: internal, so that nothing is published by accident.
    public static let safeDefault: IncidentVisibility = .internal

    public var label: String {
        switch self {
        case .public: "Public"
        case .internal: "Internal"
        }
    }
}
