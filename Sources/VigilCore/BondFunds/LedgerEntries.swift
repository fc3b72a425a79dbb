/// The postings each operation makes, decided in one place so the command line, the web and
/// the demo book money the same way.
public enum LedgerEntries {
    /// Money in: a donation or a grant to the fund's cash.
    public static func income(_ kind: LedgerEntryKind, amount: Cents, on date: CalendarDate, memo: String) throws(LedgerRefusal) -> [LedgerPosting] {
        guard kind == .donation || kind == .grant else { throw .notIncome(kind) }
        guard amount > .zero else { throw .notPositive(amount) }
        let accounts = kind.accounts
        return [LedgerPosting(date: date, debit: accounts.debit, credit: accounts.credit, amount: amount, kind: kind, memo: memo)]
    }

    /// What a bond step moves: posting sends cash to ICE; a refund brings the principal (and
    /// any interest) back; a breach writes the principal off. Other steps move no money.
    public static func postings(for step: BondStep, bondID: Int, postedAmount: Cents?) -> [LedgerPosting] {
        func posting(_ kind: LedgerEntryKind, _ amount: Cents, _ memo: String) -> LedgerPosting {
            LedgerPosting(date: step.date, debit: kind.accounts.debit, credit: kind.accounts.credit, amount: amount, kind: kind,
                          memo: memo, bondID: bondID)
        }
        switch (step.stage, step.detail) {
        case (.posted, .posted(let p)):
            return [posting(.bondPosted, p.amount, "Bond \(bondID) posted (I-305 \(p.i305Receipt))")]
        case (.refunded, .refunded(let principal, let interest)):
            var out = [posting(.refundPrincipal, principal, "Bond \(bondID) principal refunded")]
            if interest > .zero { out.append(posting(.refundInterest, interest, "Bond \(bondID) interest")) }
            return out
        case (.breached, _):
            guard let postedAmount, postedAmount > .zero else { return [] }
            return [posting(.breachLoss, postedAmount, "Bond \(bondID) breached (I-323): principal lost")]
        default:
            return []
        }
    }
}

/// Why money could not be booked.
public enum LedgerRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    case notIncome(LedgerEntryKind)
    case notPositive(Cents)

    public var description: String {
        switch self {
        case .notIncome(let kind): "“\(kind.rawValue)” is not money in: record donations and grants here; bonds move money through their steps."
        case .notPositive(let amount): "An entry of \(amount) moves no money: give an amount above zero."
        }
    }
}
