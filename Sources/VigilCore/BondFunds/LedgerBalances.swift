/// Every account's balance from a list of postings, up to a day.
public struct LedgerBalances: Sendable, Hashable {
    /// Debits minus credits per account: positive for assets and expenses, negative for income.
    public private(set) var net: [LedgerAccount: Cents] = [:]

    public init(_ postings: [LedgerPosting], through day: CalendarDate? = nil) {
        for posting in postings where day == nil || posting.date <= day! {
            net[posting.debit, default: .zero] += posting.amount
            net[posting.credit, default: .zero] -= posting.amount
        }
    }

    /// The balance as the account is read: assets and expenses as debits, income as credits.
    public func balance(_ account: LedgerAccount) -> Cents {
        let value = net[account] ?? .zero
        return account.isDebitNormal ? value : -value
    }

    /// The fund's money on hand.
    public var cash: Cents { balance(.cash) }
    /// Money with ICE in bonds not yet refunded or lost.
    public var outstanding: Cents { balance(.outstandingBonds) }

    /// Zero in double-entry books: every debit has its credit.
    public var trialBalance: Cents { net.values.reduce(.zero, +) }
}
