/// A fund's books as tables, for its own downloads (private: memos may name cases' bonds).
public enum LedgerTables {
    public static func postings(_ postings: [LedgerPosting]) -> DataTable {
        var table = DataTable(columns: ["date", "kind", "debit", "credit", "amount_cents", "amount", "bond", "memo"])
        for p in postings {
            table.append([.text(p.date.iso), .text(p.kind.rawValue), .text(p.debit.rawValue), .text(p.credit.rawValue),
                          .integer(p.amount.value), .text(p.amount.withCents), TableValue(p.bondID), .text(p.memo)])
        }
        return table
    }

    public static func balances(_ balances: LedgerBalances) -> DataTable {
        var table = DataTable(columns: ["account", "balance_cents", "balance"])
        for account in LedgerAccount.allCases {
            let value = balances.balance(account)
            table.append([.text(account.rawValue), .integer(value.value), .text(value.withCents)])
        }
        return table
    }
}
