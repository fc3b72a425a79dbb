/// One movement of money: `amount` leaves `credit` and arrives in `debit`, on a day.
///
/// Each posting is balanced by construction (one amount, two different accounts), which is
/// why the books store postings rather than lines: the database checks `amount_cents > 0` and
/// `debit_account <> credit_account` on every row, and no row can leave the books out of balance.
public struct LedgerPosting: Sendable, Hashable {
    public var date: CalendarDate
    public var debit: LedgerAccount
    public var credit: LedgerAccount
    public var amount: Cents
    public var kind: LedgerEntryKind
    public var memo: String
    public var bondID: Int?

    public init(date: CalendarDate, debit: LedgerAccount, credit: LedgerAccount, amount: Cents, kind: LedgerEntryKind,
                memo: String, bondID: Int? = nil) {
        self.date = date
        self.debit = debit
        self.credit = credit
        self.amount = amount
        self.kind = kind
        self.memo = memo
        self.bondID = bondID
    }
}

/// What a posting records, for reports and for the reader of the books.
public enum LedgerEntryKind: String, Sendable, Hashable, CaseIterable, Codable {
    case donation
    case grant
    case bondPosted = "bond-posted"
    case refundPrincipal = "refund-principal"
    case refundInterest = "refund-interest"
    case breachLoss = "breach-loss"

    /// The two accounts this kind moves money between: (debit, credit).
    public var accounts: (debit: LedgerAccount, credit: LedgerAccount) {
        switch self {
        case .donation: (.cash, .donations)
        case .grant: (.cash, .grants)
        case .bondPosted: (.outstandingBonds, .cash)
        case .refundPrincipal: (.cash, .outstandingBonds)
        case .refundInterest: (.cash, .interest)
        case .breachLoss: (.breachLosses, .outstandingBonds)
        }
    }
}
