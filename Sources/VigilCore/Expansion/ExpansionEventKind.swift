/// What changed at a facility between one ICE release and the release before it.
public enum ExpansionEventKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Holding people now; absent or empty in the previous release, and never holding people before.
    case new
    /// Holding people now; absent or empty in the previous release, but holding people in some earlier one.
    case reopened
    /// Average daily population up by at least 25% and at least 50 people since the previous release.
    case surge
    /// The guaranteed minimum (beds ICE pays for, used or not) differs from the previous release's.
    case guaranteedMinimumChange = "guaranteed-minimum-change"

    public var label: String {
        switch self {
        case .new: "New facility"
        case .reopened: "Reopened facility"
        case .surge: "Population surge"
        case .guaranteedMinimumChange: "Guaranteed minimum changed"
        }
    }
}
