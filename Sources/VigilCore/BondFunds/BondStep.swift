/// One dated, evidenced step in a bond's life, as a member records it.
public struct BondStep: Sendable, Hashable {
    /// What only some steps carry.
    public enum Detail: Sendable, Hashable {
        case none
        /// Requested: the bond ICE set, which the fund is asked to pay.
        case requested(amount: Cents)
        case posted(BondPosting)
        /// Refunded: the principal back, and the interest ICE paid on it.
        case refunded(principal: Cents, interest: Cents)
    }

    public var stage: BondStage
    public var date: CalendarDate
    /// What the step rests on: the form received, its number, who said so.
    public var evidence: String
    public var detail: Detail

    public init(stage: BondStage, date: CalendarDate, evidence: String, detail: Detail = .none) {
        self.stage = stage
        self.date = date
        self.evidence = evidence
        self.detail = detail
    }
}

/// What posting a bond records: the amount paid, the forms' receipt numbers, who is obligor
/// and how the money went.
public struct BondPosting: Sendable, Hashable {
    public var amount: Cents
    /// Form I-352, the bond contract.
    public var i352Receipt: String
    /// Form I-305, the receipt ICE gives for the money; the refund is claimed on it.
    public var i305Receipt: String
    public var obligorID: Int
    public var paymentMethod: PaymentMethod

    public init(amount: Cents, i352Receipt: String, i305Receipt: String, obligorID: Int, paymentMethod: PaymentMethod) {
        self.amount = amount
        self.i352Receipt = i352Receipt
        self.i305Receipt = i305Receipt
        self.obligorID = obligorID
        self.paymentMethod = paymentMethod
    }
}

/// How a bond was paid. CeBONDS takes electronic payment; ICE offices took cashier's checks
/// and money orders before it.
public enum PaymentMethod: String, Sendable, Hashable, CaseIterable, Codable {
    case ach
    case cashiersCheck = "cashiers-check"
    case moneyOrder = "money-order"

    public var label: String {
        switch self {
        case .ach: "ACH (CeBONDS)"
        case .cashiersCheck: "Cashier's check"
        case .moneyOrder: "Money order"
        }
    }
}
