/// Where a bond stands. The order is ICE's: a fund approves a request, posts the bond (I-352,
/// receipt I-305), and then either the case ends and ICE cancels the bond (I-391) and refunds
/// principal and interest once claimed, or ICE declares a breach (I-323) and keeps the principal.
public enum BondStage: String, Sendable, Hashable, CaseIterable, Codable {
    case requested
    case approved
    case posted
    case cancelled
    case refundClaimed = "refund-claimed"
    case refunded
    case breached

    public var label: String {
        switch self {
        case .requested: "Requested"
        case .approved: "Approved"
        case .posted: "Posted"
        case .cancelled: "Cancelled (I-391)"
        case .refundClaimed: "Refund claimed"
        case .refunded: "Refunded"
        case .breached: "Breached (I-323)"
        }
    }

    /// The stage in running text: lower case, form numbers as written.
    public var name: String {
        switch self {
        case .requested: "requested"
        case .approved: "approved"
        case .posted: "posted"
        case .cancelled: "cancelled (I-391)"
        case .refundClaimed: "refund claimed"
        case .refunded: "refunded"
        case .breached: "breached (I-323)"
        }
    }

    /// The stages that may follow this one.
    public var next: [BondStage] {
        switch self {
        case .requested: [.approved]
        case .approved: [.posted]
        case .posted: [.cancelled, .breached]
        case .cancelled: [.refundClaimed]
        case .refundClaimed: [.refunded]
        case .refunded, .breached: []
        }
    }

    /// Money is with ICE from posting until the bond is refunded or lost.
    public var isOutstanding: Bool { self == .posted || self == .cancelled || self == .refundClaimed }
}
