/// What changed at a facility between one ICE release and the release before it.
public enum ExpansionEventKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Holding people now; absent or empty in the previous release, and in no release before that.
    case new
    /// Holding people now; absent or empty in the previous release, but listed in one before it:
    /// holding people then, or listed empty (ICE's FY2021 full list names every authorized
    /// facility, empty ones too, which is how Delaney Hall is known to have existed before 2025).
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
