/// Where the person stands with ICE custody now.
public enum CustodyStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case detained
    case paroled
    /// Released on bond, recognizance or another order.
    case released
    case removed

    public var label: String {
        switch self {
        case .detained: "Detained"
        case .paroled: "Paroled"
        case .released: "Released"
        case .removed: "Removed"
        }
    }
}
