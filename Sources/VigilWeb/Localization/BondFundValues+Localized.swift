import VigilCore

// A bond fund's stages, obligor kinds, payment methods and ledger accounts as a page names them, in
// its language. Their English `label` stays in the fund's CSV/JSON report, the command line and logs.

extension BondStage {
    var localizedLabel: String { t("bond_funds.stage." + keySegment(rawValue)) }
}

extension ObligorKind {
    var localizedLabel: String { t("bond_funds.obligor_kind." + keySegment(rawValue)) }
}

extension PaymentMethod {
    var localizedLabel: String { t("bond_funds.payment." + keySegment(rawValue)) }
}

extension LedgerAccount {
    var localizedLabel: String { t("bond_funds.ledger." + keySegment(rawValue)) }
}
