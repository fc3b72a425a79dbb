/// What a signed-in person may do. Roles are ordered: each includes everything below it.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// May sign in and read what editors see; changes nothing.
    case viewer
    /// May add and review data (facility reviews, incidents).
    case editor
    /// May also manage accounts.
    case admin

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .editor: 1
        case .admin: 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    /// True when this role may do what `required` may.
    public func includes(_ required: Role) -> Bool { self >= required }
}
