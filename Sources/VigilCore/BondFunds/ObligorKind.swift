/// Who may be named obligor on Form I-352 and post a bond through CeBONDS.
public enum ObligorKind: String, Sendable, Hashable, CaseIterable, Codable {
    case citizen
    case permanentResident = "permanent-resident"
    case nonprofit
    case lawFirm = "law-firm"

    public var label: String {
        switch self {
        case .citizen: "U.S. citizen"
        case .permanentResident: "Permanent resident"
        case .nonprofit: "Nonprofit"
        case .lawFirm: "Law firm"
        }
    }
}
