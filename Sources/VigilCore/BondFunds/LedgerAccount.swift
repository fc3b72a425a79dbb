/// The accounts of a fund's double-entry books. Assets and expenses grow with debits; income
/// grows with credits.
public enum LedgerAccount: String, Sendable, Hashable, CaseIterable, Codable {
    /// Money the fund holds and can post.
    case cash
    /// Money with ICE in posted bonds, until refunded or lost.
    case outstandingBonds = "outstanding-bonds"
    case donations
    case grants
    /// Interest ICE pays with a refunded principal.
    case interest
    /// Principal ICE kept after a breach (I-323).
    case breachLosses = "breach-losses"

    public var label: String {
        switch self {
        case .cash: "Cash"
        case .outstandingBonds: "Outstanding bonds"
        case .donations: "Donations"
        case .grants: "Grants"
        case .interest: "Interest"
        case .breachLosses: "Breach losses"
        }
    }

    /// True where a debit increases the balance (assets, expenses).
    public var isDebitNormal: Bool {
        switch self {
        case .cash, .outstandingBonds, .breachLosses: true
        case .donations, .grants, .interest: false
        }
    }
}
