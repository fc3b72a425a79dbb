import VigilCore

/// `GET /api/v1/release-work`: people released and bonds posted through the organizations
/// using Vigil, per month and facility, with totals. A suppressed cell has null figures and
/// says why; no person-level field exists in this shape.
struct APIReleaseWork: Codable, Sendable, Hashable {
    /// Counts in this range are hidden (primary suppression).
    var suppressedCounts: APICountRange
    var cells: [APIReleaseWorkCell]

    enum CodingKeys: String, CodingKey { case suppressedCounts = "suppressed_counts", cells }

    init(_ work: ReleaseWork, facilityNames: [String: String]) {
        suppressedCounts = APICountRange(from: SmallCellSuppression.hidden.lowerBound, to: SmallCellSuppression.hidden.upperBound)
        cells = work.cells.map { APIReleaseWorkCell($0, facilityName: $0.facility.map { facilityNames[$0] ?? $0 }) }
    }
}

struct APICountRange: Codable, Sendable, Hashable {
    var from: Int
    var to: Int
}

/// One cell: a month at a facility, or a total when `month` or `facility_key` is null.
struct APIReleaseWorkCell: Codable, Sendable, Hashable {
    var month: String?
    var facilityKey: String?
    var facilityName: String?
    var peopleReleased: Int?
    var bondsPosted: Int?
    var medianBondCents: Int?
    /// `shown`, `primary` (its own count is small) or `secondary` (hidden so a small cell cannot be worked out).
    var suppression: String

    enum CodingKeys: String, CodingKey {
        case month, facilityKey = "facility_key", facilityName = "facility_name", peopleReleased = "people_released"
        case bondsPosted = "bonds_posted", medianBondCents = "median_bond_cents", suppression
    }

    init(_ cell: ReleaseWork.Cell, facilityName: String?) {
        month = cell.month; facilityKey = cell.facility; self.facilityName = facilityName
        peopleReleased = cell.peopleReleased; bondsPosted = cell.bondsPosted; medianBondCents = cell.medianBond?.value
        suppression = switch cell.mark {
        case .shown: "shown"
        case .primary: "primary"
        case .secondary: "secondary"
        }
    }

    // Nulls are written, so every cell has every key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(month, forKey: .month)
        try container.encode(facilityKey, forKey: .facilityKey)
        try container.encode(facilityName, forKey: .facilityName)
        try container.encode(peopleReleased, forKey: .peopleReleased)
        try container.encode(bondsPosted, forKey: .bondsPosted)
        try container.encode(medianBondCents, forKey: .medianBondCents)
        try container.encode(suppression, forKey: .suppression)
    }
}
