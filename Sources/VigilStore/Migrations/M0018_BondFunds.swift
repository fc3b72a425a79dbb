import SQLKit

/// Bond funds: an organization (kind `bond-fund`) with obligors, bonds on its cases, and a
/// double-entry ledger.
/// - `bond_obligors` / `bond_obligor_documents`: who is named on Form I-352, and the documents checked.
/// - `bonds`: one bond per row, on a case of the fund's organization, with its current stage and,
///   once posted, its amount, date, receipts, obligor and payment method.
/// - `bond_events`: every step (a `BondStage`), note and hearing, dated, with its evidence.
/// - `ledger_postings`: the books. One row is one movement of one amount from a credit account to
///   a debit account, so every row balances by construction; the database refuses a row with
///   an amount of zero or less, the same account on both sides, or an unknown account. Amounts
///   are integer cents (BIGINT) on both engines, never floating point.
struct M0018_BondFunds: StatementMigration {
    let id = "0018_bond_funds"

    static let accounts = "('cash', 'outstanding-bonds', 'donations', 'grants', 'interest', 'breach-losses')"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        return [
            """
            CREATE TABLE bond_obligors (
                id \(pk),
                organization_id \(ref) NOT NULL REFERENCES organizations (id),
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('citizen', 'permanent-resident', 'nonprofit', 'law-firm')),
                contact TEXT NOT NULL,
                synthetic INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX bond_obligors_organization ON bond_obligors (organization_id)",
            """
            CREATE TABLE bond_obligor_documents (
                id \(pk),
                obligor_id \(ref) NOT NULL REFERENCES bond_obligors (id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                verified_on TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE bonds (
                id \(pk),
                organization_id \(ref) NOT NULL REFERENCES organizations (id),
                case_id \(ref) NOT NULL REFERENCES cases (id),
                stage TEXT NOT NULL,
                requested_cents BIGINT CHECK (requested_cents > 0),
                posted_cents BIGINT CHECK (posted_cents > 0),
                posted_on TEXT,
                i352_receipt TEXT,
                i305_receipt TEXT,
                obligor_id \(ref) REFERENCES bond_obligors (id),
                payment_method TEXT,
                synthetic INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX bonds_organization ON bonds (organization_id)",
            "CREATE INDEX bonds_case ON bonds (case_id)",
            """
            CREATE TABLE bond_events (
                id \(pk),
                bond_id \(ref) NOT NULL REFERENCES bonds (id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                occurred_on TEXT NOT NULL,
                evidence TEXT NOT NULL,
                amount_cents BIGINT,
                interest_cents BIGINT,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX bond_events_bond ON bond_events (bond_id)",
            """
            CREATE TABLE ledger_postings (
                id \(pk),
                organization_id \(ref) NOT NULL REFERENCES organizations (id),
                posted_on TEXT NOT NULL,
                debit_account TEXT NOT NULL CHECK (debit_account IN \(Self.accounts)),
                credit_account TEXT NOT NULL CHECK (credit_account IN \(Self.accounts)),
                amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
                kind TEXT NOT NULL,
                memo TEXT NOT NULL,
                bond_id \(ref) REFERENCES bonds (id),
                synthetic INTEGER NOT NULL DEFAULT 0,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                CHECK (debit_account <> credit_account)
            )
            """,
            "CREATE INDEX ledger_postings_organization ON ledger_postings (organization_id, posted_on)",
        ]
    }
}
